/**
 * Several people in view: MoveNet MultiPose on a real two-person video (two shared clips side by
 * side: a lifter squatting on the left, another standing still on the right), the identity tracker
 * and the athlete choice (src/multiview/people.ts).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { clipPath, CoachApp, CoachReview, docShot, expectNoLeaks, hasSharedVideos, repoRoot, SKIP_MESSAGE, watchPage } from './app';
import type { CoachResult } from '../src/core/result';
import type { Frame2D } from '../src/core/types';
import { chooseAthlete, medianBox, trackPeople } from '../src/multiview/people';

test.skip(!hasSharedVideos, SKIP_MESSAGE);

let twoPeople: { file: string; width: number } | undefined;

/** Left: a back-squat set; right: another lifter's first frame held (a person standing by). 6 s, 30 fps; its width in px. Made once per worker. */
function twoPeopleClip(): { file: string; width: number } {
  twoPeople ??= makeTwoPeopleClip();
  return twoPeople;
}

function makeTwoPeopleClip(): { file: string; width: number } {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'coach-people-')), 'two-people.mp4');
  execFileSync('ffmpeg', ['-v', 'error', '-y',
    '-t', '6', '-i', clipPath('squat_front_liftcheck.mp4'), '-i', clipPath('squat_front_rcht_clean.mp4'),
    '-filter_complex', '[0:v]scale=-2:640,setsar=1,fps=30[a];[1:v]trim=end_frame=1,loop=loop=-1:size=1,scale=-2:640,setsar=1,fps=30[b];[a][b]hstack=inputs=2:shortest=1[v]',
    '-map', '[v]', '-t', '6', '-c:v', 'libx264', '-pix_fmt', 'yuv420p', file]);
  return { file, width: Number(String(execFileSync('ffprobe', ['-v', 'error', '-select_streams', 'v:0', '-show_entries', 'stream=width', '-of', 'csv=p=0', file])).trim()) };
}

/** The app in people mode with the two-person clip analysed: the page watcher, the review and the result. */
async function analyseTwoPeople(page: Page) {
  const watch = watchPage(page);
  const app = new CoachApp(page);
  await app.open('backend=wasm&people=all');
  const s = await app.upload(twoPeopleClip().file, 420_000);
  expect(s.error).toBeNull();
  return { watch, app, review: new CoachReview(page), r: await app.result() };
}

test('two people side by side: two stable identities, and the squatter is the athlete', async ({ page }) => {
  test.setTimeout(300_000);
  const { file, width } = twoPeopleClip();

  const app = new CoachApp(page);
  await app.open('backend=wasm');
  const b64 = fs.readFileSync(file).toString('base64');
  const frames = await page.evaluate(async (b64) => {
    const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
    return window.__coach!.detectPeople(bytes.buffer, 'two-people.mp4', { backend: 'wasm' });
  }, b64) as Frame2D[];
  expect(frames.length).toBeGreaterThan(170);
  expect(frames.filter((f) => f.persons.length >= 2).length / frames.length).toBeGreaterThan(0.9);

  const tracks = trackPeople(frames);
  const main = tracks.filter((t) => t.frames.length >= frames.length / 2);
  expect(main).toHaveLength(2);
  // Identity switches: a track whose person jumps to the other half of the picture.
  const side = (p: { box: readonly number[] }) => p.box[0] + p.box[2] / 2 < width / 2;
  let switches = 0;
  for (const t of main) for (let k = 1; k < t.persons.length; k++) if (side(t.persons[k]) !== side(t.persons[k - 1])) switches++;
  expect(switches).toBeLessThanOrEqual(frames.length / 100);
  const athlete = tracks.find((t) => t.id === chooseAthlete(tracks, frames.length))!;
  expect(side({ box: medianBox(athlete) })).toBe(true); // the squatter, on the left
});

test('CLI --people all: each person analysed, the squatter chosen as the athlete', () => {
  test.setTimeout(300_000);
  const { file, width } = twoPeopleClip();
  const out = path.join(path.dirname(file), 'all.json');
  const cli = spawnSync(process.execPath, [path.join(repoRoot, 'node_modules/tsx/dist/cli.mjs'), 'scripts/analyze.ts', file, '--people', 'all', '--backend', 'wasm', '--out', out], {
    cwd: repoRoot, encoding: 'utf8', timeout: 280_000,
  });
  expect(cli.status, cli.stderr).toBe(0);
  const r = JSON.parse(fs.readFileSync(out, 'utf8')) as CoachResult;
  expect(r.model).toBe('movenet-multipose');
  expect(r.people?.length).toBeGreaterThanOrEqual(2);
  const [athlete, ...others] = r.people!;
  expect(athlete.id).toBe(r.athleteId);
  expect(athlete.box[0] + athlete.box[2] / 2).toBeLessThan(width / 2); // the squatter, on the left
  expect(others.some((p) => p.box[0] + p.box[2] / 2 > width / 2)).toBe(true); // the person standing by
  // Each person has their own analysis, as for one person: the squatter's reps, none for the one standing.
  const reps = (p: { analysis: Record<string, unknown> | null }) => (p.analysis as { repCount?: number } | null)?.repCount ?? 0;
  expect(reps(athlete)).toBeGreaterThanOrEqual(1);
  expect(athlete.analysis).toEqual(r.analysis);
  const standing = others.find((p) => p.box[0] + p.box[2] / 2 > width / 2)!;
  expect(standing.analysis).not.toBeNull();
  expect(reps(standing)).toBe(0);
  // Frames carry the athlete only (the result as for one person).
  expect(r.frames.filter((f) => f.persons[0]?.id === r.athleteId).length).toBe(athlete.framesSeen);
});

/** Where screenshots of the people-mode 3D view go: COACH_SHOTS_DIR when set, else docs/ with COACH_SCREENSHOTS. */
const shot = (name: string) => (process.env.COACH_SHOTS_DIR ? { path: path.join(process.env.COACH_SHOTS_DIR, `${name}.png`) } : docShot(name));

test('CLI --people all: the same person at half the size stands twice as far (rootM)', () => {
  test.setTimeout(300_000);
  // Left: a squat set at 640 px tall; right: the same video at 320 px, centred in an equal panel — the
  // same person seen through the same lens from twice the distance.
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'coach-roots-')), 'twin.mp4');
  execFileSync('ffmpeg', ['-v', 'error', '-y', '-t', '6', '-i', clipPath('squat_front_rcht_clean.mp4'),
    '-filter_complex', '[0:v]scale=-2:640,setsar=1,fps=30,split[a][b0];[b0]scale=-2:320,pad=360:640:(ow-iw)/2:(oh-ih)/2,setsar=1[b];[a][b]hstack=inputs=2:shortest=1[v]',
    '-map', '[v]', '-t', '6', '-c:v', 'libx264', '-pix_fmt', 'yuv420p', file]);
  const out = path.join(path.dirname(file), 'twin.json');
  const cli = spawnSync(process.execPath, [path.join(repoRoot, 'node_modules/tsx/dist/cli.mjs'), 'scripts/analyze.ts', file, '--people', 'all', '--backend', 'wasm', '--out', out], {
    cwd: repoRoot, encoding: 'utf8', timeout: 280_000,
  });
  expect(cli.status, cli.stderr).toBe(0);
  const r = JSON.parse(fs.readFileSync(out, 'utf8')) as CoachResult;
  const near = r.people!.find((p) => p.box[0] + p.box[2] / 2 < 360)!;
  const far = r.people!.filter((p) => p.box[0] + p.box[2] / 2 > 360);
  expect(near.rootM).toBeDefined();
  expect(near.rootM![2]).toBeLessThan(-1); // in front of the camera (z towards the viewer)
  expect(far.length).toBeGreaterThanOrEqual(1);
  for (const p of far) {
    // The tracker may split the small, intermittently detected figure; every piece stands ~2× as far, to the right.
    expect(p.rootM![2] / near.rootM![2]).toBeGreaterThan(1.6);
    expect(p.rootM![2] / near.rootM![2]).toBeLessThan(2.4);
    expect(p.rootM![0]).toBeGreaterThan(near.rootM![0]);
  }
});

test('3D view with several people: everyone drawn where they stand, the athlete framed (laptop and phone)', async ({ page }) => {
  test.setTimeout(480_000);
  await page.setViewportSize({ width: 1280, height: 800 });
  const { watch, review, r } = await analyseTwoPeople(page);
  const athlete = r.people!.find((p) => p.id === r.athleteId)!;
  const standing = r.people!.find((p) => p.id !== r.athleteId)!;
  // Both placed in camera space: the one standing by is to the athlete's right (image right).
  expect(athlete.rootM![2]).toBeLessThan(-1);
  expect(standing.rootM![2]).toBeLessThan(-1);
  expect(standing.rootM![0]).toBeGreaterThan(athlete.rootM![0]);

  const mid = 90;
  await page.evaluate((f) => window.__coach!.seekFrame(f), mid);
  await review.expectFrame(mid);
  const placed = await page.evaluate(() => window.__coach!.othersRoots());
  expect(placed.map((o) => o.id)).toEqual(r.people!.filter((p) => p.id !== r.athleteId).map((p) => p.id));
  const [x, y, z] = placed.find((o) => o.id === standing.id)!.root;
  // In the athlete's ground frame (x = the athlete's left = image right when facing the camera), feet on the floor.
  expect(x).toBeGreaterThan(0.5);
  expect(y).toBeGreaterThan(0.5);
  expect(y).toBeLessThan(1.3);
  expect(Math.hypot(x, z)).toBeLessThan(6);
  // The video view: the athlete centred as in single-person mode, the other person drawn to the right.
  await page.getByTestId('preset-camera').click();
  const centreX = async () => {
    const js = (await page.evaluate(() => window.__coach!.viewerJoints())).filter((j): j is [number, number] => j !== null);
    return js.reduce((a, j) => a + j[0], 0) / js.length;
  };
  await expect.poll(async () => (await page.evaluate(() => window.__coach!.viewerOthers())).length).toBe(1);
  expect(Math.abs(await centreX())).toBeLessThan(0.3);
  const [other] = await page.evaluate(() => window.__coach!.viewerOthers());
  expect(other[0]).toBeGreaterThan(await centreX());
  await expect(page.getByTestId('viewer3d').locator('..')).toContainText('Grey: the other people');
  await page.getByTestId('viewer3d').locator('..').screenshot(shot('people-3d'));

  await page.setViewportSize({ width: 390, height: 844 });
  await page.getByTestId('toggle-3d').click();
  await review.expectFrame(mid);
  await page.getByTestId('preset-camera').click();
  await expect.poll(async () => (await page.evaluate(() => window.__coach!.viewerOthers())).length).toBe(1);
  // On a narrow phone view the preset backs off until the other person is in view, still centred on the athlete.
  const [onPhone] = await page.evaluate(() => window.__coach!.viewerOthers());
  expect(Math.abs(onPhone[0])).toBeLessThan(0.95);
  expect(Math.abs(await centreX())).toBeLessThan(0.3);
  await page.getByTestId('viewer3d').scrollIntoViewIfNeeded();
  await page.getByTestId('viewer3d').locator('..').screenshot(shot('people-3d-phone'));
  expect(await page.evaluate(() => document.scrollingElement!.scrollWidth)).toBeLessThanOrEqual(390);
  expectNoLeaks(watch);
});

/** Serious or critical axe findings on the page (none expected). */
async function axeSerious(page: Page): Promise<string[]> {
  const r = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
  return r.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.html.slice(0, 100)).join(' | ')}`);
}

/** Mean x of the 2D overlay's drawn pixels as a share of its width (0 = left edge, 1 = right edge). */
const overlayCentreX = (page: Page) => page.getByTestId('overlay').evaluate((c: HTMLCanvasElement) => {
  const d = c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data;
  let sx = 0, n = 0;
  for (let i = 3; i < d.length; i += 4) if (d[i] > 0) { sx += ((i - 3) / 4) % c.width; n++; }
  return n ? sx / n / c.width : NaN;
});

test.describe('review with several people (phone, touch)', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  test('tap the person standing by: their analysis everywhere (no reps); back with the chooser; click on a laptop', async ({ page }) => {
    test.setTimeout(480_000);
    const { width } = twoPeopleClip();
    const { watch, review, r } = await analyseTwoPeople(page);
    const centre = (b: readonly number[]) => (b[0] + b[2] / 2) / width;
    const athlete = r.people!.find((p) => p.id === r.athleteId)!;
    const standing = r.people!.find((p) => centre(p.box) > 0.5)!;
    expect(centre(athlete.box)).toBeLessThan(0.5);
    const athleteReps = (athlete.analysis as { repCount: number }).repCount;
    expect(athleteReps).toBeGreaterThanOrEqual(1);

    const reps = () => page.evaluate(() => window.__coach!.analysis()?.repCount ?? null);
    const shownId = () => page.evaluate(() => window.__coach!.result()?.athleteId ?? null);
    // The 3D view's joints relative to their centre, scaled to a unit RMS radius (the camera re-frames and,
    // in people mode, backs off to keep the others in view on a switch; the body's shape is what counts).
    const joints = () => page.evaluate(() => {
      const js = window.__coach!.viewerJoints().filter((j): j is [number, number] => j !== null);
      const [mx, my] = [0, 1].map((k) => js.reduce((a, j) => a + j[k], 0) / Math.max(1, js.length));
      const rms = Math.sqrt(js.reduce((a, [x, y]) => a + (x - mx) ** 2 + (y - my) ** 2, 0) / Math.max(1, js.length)) || 1;
      return js.map(([x, y]) => [(x - mx) / rms, (y - my) / rms]);
    });
    /** Mean distance between two joint sets (units of the body's RMS radius on screen). */
    const shapeDiff = (a: number[][], b: number[][]) => (a.length === b.length ? a.reduce((t, j, k) => t + Math.hypot(j[0] - b[k][0], j[1] - b[k][1]), 0) / a.length : Infinity);
    const chooser = page.getByTestId('people-chooser');
    const repsHeading = page.getByRole('heading', { level: 2, name: /reps?$/ });
    await expect(chooser).toBeVisible();
    await expect(page.getByTestId(`choose-person-${athlete.id}`)).toHaveAttribute('aria-pressed', 'true');
    await expect(repsHeading).toHaveText(`${athleteReps} ${athleteReps === 1 ? 'rep' : 'reps'}`);
    // The bottom of the first rep (the athlete squats, the other person stands), with the 3D view open.
    const bottomS = (athlete.analysis as { reps: { bottomS: number }[] }).reps[0].bottomS;
    const mid = r.frames.findIndex((f) => f.tMs >= bottomS * 1000);
    await page.getByTestId('toggle-3d').click();
    await page.evaluate((f) => window.__coach!.seekFrame(f), mid);
    await review.expectFrame(mid);
    await expect(page.getByTestId(`person-box-${athlete.id}`)).toHaveAttribute('data-chosen', 'true');
    const athleteJoints = await joints();
    expect(await overlayCentreX(page)).toBeLessThan(0.5);

    await test.step('tap the person standing by: reps, 2D overlay and 3D view are theirs, the playhead stays', async () => {
      await page.getByTestId(`person-box-${standing.id}`).tap();
      await expect.poll(shownId).toBe(standing.id);
      expect(await reps()).toBe(0);
      await expect(repsHeading).toHaveText('0 reps');
      await expect(page.getByTestId('no-reps')).toBeVisible();
      await expect(page.getByTestId(`choose-person-${standing.id}`)).toHaveAttribute('aria-pressed', 'true');
      await expect(page.getByTestId(`person-box-${standing.id}`)).toHaveAttribute('data-chosen', 'true');
      await review.expectFrame(mid);
      await expect.poll(() => overlayCentreX(page)).toBeGreaterThan(0.5);
      await expect.poll(async () => shapeDiff(await joints(), athleteJoints)).toBeGreaterThan(0.15);
      await page.screenshot(docShot('people-phone'));
      // Nothing runs off a phone screen.
      expect(await page.evaluate(() => document.scrollingElement!.scrollWidth)).toBeLessThanOrEqual(390);
      const c = (await chooser.boundingBox())!;
      expect(c.x + c.width).toBeLessThanOrEqual(390);
      expect(await axeSerious(page)).toEqual([]);
    });

    await test.step('back with the keyboard, on the chooser under the video', async () => {
      await page.getByTestId(`choose-person-${athlete.id}`).focus();
      await page.keyboard.press('Enter');
      await expect.poll(shownId).toBe(athlete.id);
      expect(await reps()).toBe(athleteReps);
      await expect(repsHeading).toHaveText(`${athleteReps} ${athleteReps === 1 ? 'rep' : 'reps'}`);
      await expect.poll(async () => shapeDiff(await joints(), athleteJoints)).toBeLessThan(0.05);
      expect(await overlayCentreX(page)).toBeLessThan(0.5);
    });

    await test.step('laptop size: a click on the person switches too, and the layout holds', async () => {
      await page.setViewportSize({ width: 1280, height: 800 });
      await page.getByTestId(`person-box-${standing.id}`).click();
      await expect.poll(shownId).toBe(standing.id);
      expect(await reps()).toBe(0);
      expect(await page.evaluate(() => document.scrollingElement!.scrollWidth)).toBeLessThanOrEqual(1280);
      await page.screenshot(docShot('people'));
      expect(await axeSerious(page)).toEqual([]);
    });
    expectNoLeaks(watch);
  });
});
