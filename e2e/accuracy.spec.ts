/**
 * Keypoint accuracy on video (issue 14 item 6): the Accuracy tab and `npm run eval:keypoints -- --truth`.
 * We have no hand-labelled keypoint video, so the reference is honest model-vs-model: MoveNet Thunder
 * (the more accurate MoveNet) run by the app on a shared clip, loaded as a `coach-analysis/1` result;
 * the app's default Lightning is scored against it. These numbers are agreement, not accuracy, and
 * the app says so. The app's numbers must equal the CLI's on the same result and truth.
 */
import AxeBuilder from '@axe-core/playwright';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { CLIPS, clipPath, CoachApp, hasSharedVideos, repoRoot, SKIP_MESSAGE } from './app';
import type { CoachResult } from '../src/core/result';

test.skip(!hasSharedVideos, SKIP_MESSAGE);

const clip = clipPath(CLIPS.squat);
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'coach-accuracy-'));
/** Screenshots for people (not part of the test), when KPEVAL_SHOTS names a folder. */
const shots = process.env.KPEVAL_SHOTS;

const cli = (...args: string[]) => spawnSync(process.execPath, [path.join(repoRoot, 'node_modules/tsx/dist/cli.mjs'), 'tools/eval/keypoints.ts', ...args], { cwd: repoRoot, encoding: 'utf8', timeout: 60_000 });

let reference: string | null = null;
/** Thunder's result on the clip (2D + 3D), written once per worker as the reference "truth". */
async function thunderReference(app: CoachApp): Promise<string> {
  if (reference) return reference;
  const { result } = await app.runBytes(clip, { backend: 'wasm', model: 'movenet-thunder', lift3d: true });
  expect(result.model).toBe('movenet-thunder');
  reference = path.join(dir, 'thunder-reference.json');
  fs.writeFileSync(reference, JSON.stringify(result));
  return reference;
}

/** axe-core on the open Accuracy tab: no serious or critical violations (as e2e/a11y.spec.ts for the other panels). */
async function expectAccessible(page: Page): Promise<void> {
  const r = await new AxeBuilder({ page }).include('[data-testid="accuracy"]').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
  expect(r.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.help}`)).toEqual([]);
}

/** Coloured pixels in the heatmap canvas by colour (a rough count of what is drawn). */
const canvasColours = (page: Page) => page.getByTestId('heatmap-canvas').evaluate((c: HTMLCanvasElement) => {
  const d = c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data;
  const seen = new Set<number>();
  let ink = 0;
  for (let i = 0; i < d.length; i += 4) if (d[i + 3] > 0) { ink++; seen.add((d[i] << 16) | (d[i + 1] << 8) | d[i + 2]); }
  return { ink, colours: seen.size, area: c.width * c.height };
});

async function uploadAndLoadTruth(page: Page): Promise<{ app: CoachApp; truth: string }> {
  const app = new CoachApp(page);
  await app.open('backend=wasm&model=lightning');
  const truth = await thunderReference(app);
  const s = await app.upload(clip);
  expect(s.error).toBeNull();
  await page.getByTestId('tab-accuracy').click();
  await page.getByTestId('truth-input').setInputFiles(truth);
  await expect(page.getByTestId('heatmap-canvas')).toBeVisible();
  return { app, truth };
}

test('Accuracy tab: Lightning vs a Thunder reference — numbers equal the CLI, heatmap drawn, a click seeks, a bad file is refused', async ({ page }) => {
  test.setTimeout(300_000);
  const { app, truth } = await uploadAndLoadTruth(page);
  await expect(page.getByTestId('acc-source')).toContainText('agreement between two models, not accuracy');

  // The CLI on the same analysis (the app's own result JSON) and the same truth gives the same numbers.
  const resultFile = path.join(dir, 'lightning.json');
  const result: CoachResult = await app.result();
  fs.writeFileSync(resultFile, JSON.stringify(result));
  const r = cli('--truth', truth, '--result', resultFile, '--json');
  expect(r.status, r.stderr).toBe(0);
  const out = JSON.parse(r.stdout) as { reference: string; frames: number; framesCompared: number; missingFrames: number; pckh05: number; pck02: number; meanErrPx: number; mpjpeMm: number; pck3d150: number; pampjpeMm: number; perJoint: Record<string, { meanPx: number | null }> };
  expect(out.reference).toMatch(/^model movenet-thunder \(agreement/);
  expect(out.frames).toBe(175);
  expect(out.framesCompared).toBeGreaterThan(150);
  // Two MoveNets on one clear clip agree closely, but not perfectly (errors of a few px).
  expect(out.pck02).toBeGreaterThan(0.7);
  expect(out.meanErrPx).toBeGreaterThan(0.5);
  expect(out.mpjpeMm).toBeGreaterThan(1);
  const pct = (v: number) => `${(100 * v).toFixed(1)} %`;
  await expect(page.getByTestId('acc-pckh05')).toHaveText(pct(out.pckh05));
  await expect(page.getByTestId('acc-pck02')).toHaveText(pct(out.pck02));
  await expect(page.getByTestId('acc-meanpx')).toHaveText(`${out.meanErrPx.toFixed(1)} px`);
  await expect(page.getByTestId('acc-mpjpe')).toHaveText(`${out.mpjpeMm.toFixed(1)} mm`);
  expect(out.pampjpeMm).toBeGreaterThan(0);
  expect(out.pampjpeMm).toBeLessThan(out.mpjpeMm); // the shape alone is closer than shape + rotation + size
  await expect(page.getByTestId('acc-pampjpe')).toHaveText(`${out.pampjpeMm.toFixed(1)} mm`);
  await expect(page.getByTestId('acc-pck3d')).toHaveText(pct(out.pck3d150));
  await expect(page.getByTestId('acc-missing')).toHaveText(String(out.missingFrames));

  const canvas = page.getByTestId('heatmap-canvas');
  await expect(canvas).toHaveAttribute('data-cols', '175');
  const drawn = await canvasColours(page);
  expect(drawn.ink).toBeGreaterThan(0.9 * drawn.area);
  expect(drawn.colours, 'a range of error colours, not one flat fill').toBeGreaterThan(10);
  if (shots) await page.screenshot({ path: path.join(shots, 'accuracy-desktop.png'), fullPage: true });
  await expectAccessible(page);

  // Clicking a cell in column 120 (left shoulder row) shows frame 120 or the worst frame of that column (one frame each here).
  const b = (await canvas.boundingBox())!;
  const cellW = b.width / 175;
  await page.locator('.heatmap-scroll').evaluate((el, x) => { el.scrollLeft = x; }, 100 * cellW);
  await canvas.click({ position: { x: 120.5 * cellW, y: 5.5 * (b.height / 17) } });
  await expect.poll(() => app.state().then((s) => s.currentFrame)).toBe(120);
  await expect(page.getByTestId('heatmap-picked')).toHaveText(/^left shoulder, frame 120 \(4\.0\d s\): (\d+\.\d px|not found|no truth)$/);

  await test.step('3D heatmap (mm) on request', async () => {
    await page.getByTestId('acc-dim-3d').click();
    await expect(page.getByText('≥ 300 mm')).toBeVisible();
    expect((await canvasColours(page)).colours).toBeGreaterThan(5);
  });

  await test.step('a bad truth file: a clear message, the previous scores stay', async () => {
    const bad = path.join(dir, 'bad.json');
    fs.writeFileSync(bad, JSON.stringify({ format: 'coach-truth/1', frames: [{ frame: 0, keypoints2d: [[1, 2]] }] }));
    await page.getByTestId('truth-input').setInputFiles(bad);
    await expect(page.getByTestId('accuracy-error')).toContainText('Could not use bad.json: frames[0].keypoints2d must be 17 points');
    await expect(page.getByTestId('acc-pck02')).toHaveText(pct(out.pck02));
  });
});

test('eval:keypoints --truth: the result against itself is perfect; a bad truth file exits 2', async () => {
  test.skip(!reference, 'needs the Thunder reference from the test above');
  const self = cli('--truth', reference!, '--result', reference!, '--json');
  expect(self.status, self.stderr).toBe(0);
  const s = JSON.parse(self.stdout) as { pckh05: number; pck02: number; meanErrPx: number; mpjpeMm: number; pck3d150: number; pampjpeMm: number };
  expect(s).toMatchObject({ pckh05: 1, pck02: 1, meanErrPx: 0, mpjpeMm: 0, pck3d150: 1, pampjpeMm: 0 });
  const bad = path.join(dir, 'bad.csv');
  fs.writeFileSync(bad, 'frame,joint,x_px,y_px\n0,elbow,1,2\n');
  const r = cli('--truth', bad, '--result', reference!);
  expect(r.status).toBe(2);
  expect(r.stderr).toMatch(/^error: .*bad\.csv: CSV line 2: "elbow" is not a COCO-17 joint/);
});

test.describe('phone (390×844, touch)', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  test('Accuracy tab on a phone: labels readable, the heatmap scrolls sideways, a tap seeks', async ({ page }) => {
    test.setTimeout(300_000);
    const { app } = await uploadAndLoadTruth(page);
    const scroll = page.locator('.heatmap-scroll');
    const sizes = await scroll.evaluate((el) => ({ sw: el.scrollWidth, cw: el.clientWidth, page: document.documentElement.scrollWidth }));
    expect(sizes.sw, 'the heatmap is wider than the phone and scrolls').toBeGreaterThan(sizes.cw);
    expect(sizes.page, 'the page itself does not scroll sideways').toBeLessThanOrEqual(390);
    const label = page.locator('.heatmap-labels li').first();
    expect(parseFloat(await label.evaluate((el) => getComputedStyle(el).fontSize))).toBeGreaterThanOrEqual(12);
    await page.getByTestId('heatmap').scrollIntoViewIfNeeded();
    await expect(label).toBeInViewport();
    if (shots) await page.screenshot({ path: path.join(shots, 'accuracy-phone.png') });
    await expectAccessible(page);
    await scroll.evaluate((el) => { el.scrollLeft = 300; });
    await expect(label).toBeInViewport(); // joint names stay while the cells scroll
    const canvas = page.getByTestId('heatmap-canvas');
    const b = (await canvas.boundingBox())!;
    const sb = (await scroll.boundingBox())!;
    // Tap the first visible column (the columns are 6 px wide on touch).
    const col = Math.ceil((sb.x - b.x) / 6) + 2;
    await page.touchscreen.tap(b.x + (col + 0.5) * 6, b.y + 10);
    await expect.poll(() => app.state().then((s) => s.currentFrame)).toBe(col);
    if (shots) await page.screenshot({ path: path.join(shots, 'accuracy-phone-scrolled.png') });
  });
});
