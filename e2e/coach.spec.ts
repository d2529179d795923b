/**
 * The coach review experience end to end on real clips: upload → 3D view (pixel statistics) → one
 * timeline for video and 3D (markers, keys) → hints and charts → every export parsed → reference
 * comparison with the ghost → the session survives a reload. Screenshots go to docs/screen-*.png.
 */
import { expect, test } from '@playwright/test';
import { parseBvh } from '../src/export/bvhParse';
import { clipPath, CoachApp, CoachReview, expectNoLeaks, hasSharedVideos, pngStats, docShot, SKIP_MESSAGE, watchPage } from './app';

test.skip(!hasSharedVideos, SKIP_MESSAGE);

const MAIN = clipPath('squat_45_gymtracker_bodyweight.mp4'); // several reps, 14.5 s, 640×360
const REF = clipPath('squat_front_liftcheck.mp4'); // one deep rep, 5.8 s

test('review: 3D in lockstep with the video, hints, charts, exports, comparison, session across reload', async ({ page }) => {
  test.setTimeout(240_000);
  await page.setViewportSize({ width: 1280, height: 900 });
  const watch = watchPage(page);
  const app = new CoachApp(page);
  const review = new CoachReview(page);
  await app.open('exercise=squat');
  await page.screenshot(docShot('upload'));

  await page.getByTestId('upload').setInputFiles(MAIN);
  await expect.poll(() => app.state().then((x) => x.progress?.framesDone ?? 0), { timeout: 120_000 }).toBeGreaterThan(120);
  await expect(page.getByTestId('progress-thumb')).toBeVisible();
  await page.screenshot(docShot('progress'));
  await page.waitForFunction(() => window.__coach!.state().status !== 'running', null, { timeout: 200_000, polling: 250 });
  const s = await app.state();
  expect(s.error).toBeNull();
  expect(s.status).toBe('done');
  const a = await page.evaluate(() => window.__coach!.analysis());
  expect(a, 'analysis on screen').not.toBeNull();
  expect(a!.exercise).toBe('squat'); // ?exercise=squat reached analyze()
  expect(a!.exerciseSource).toBe('user');
  expect(a!.repCount).toBeGreaterThanOrEqual(2);
  const r = await app.result();
  expect(r.frames.filter((f) => f.persons[0]?.pose3d).length).toBeGreaterThan(r.frames.length * 0.8);
  // gravity from the lifter: per-frame up + σ, the clip's up, and the analyzers' ground frame uses it when confident
  const g = r.lifter?.gravity;
  expect(g, 'result.lifter.gravity').toBeTruthy();
  expect(Math.hypot(...g!.up)).toBeCloseTo(1, 3);
  expect(r.frames.find((f) => f.persons[0]?.up)?.persons[0].upSigmaDeg).toBeGreaterThan(0);
  expect(a!.ground.source).toBe(g!.sigmaDeg <= 12 ? 'lifter' : 'posture');

  await test.step('the 3D view shows a skeleton (pixel statistics)', async () => {
    await review.expectFrame(0);
    const st = await pngStats(page, await review.viewerShot());
    expect(st.white / st.total).toBeGreaterThan(0.003);
    expect(st.bboxH).toBeGreaterThan(0.25 * st.height);
    await expect(page.getByText('Orange: the reference')).toHaveCount(0); // no reference yet: no caption for it
  });

  await test.step('a rep marker moves video, overlay and 3D to the same frame; keys step one frame', async () => {
    const marker = page.getByRole('button', { name: /^Rep 2 at/ });
    const frame = Number(await marker.getAttribute('data-frame'));
    expect(frame).toBeGreaterThan(0);
    await marker.click();
    await review.expectFrame(frame);
    await expect(page.getByTestId('timeline-readout')).toContainText(`frame ${frame} /`);
    await page.keyboard.press('ArrowRight');
    await review.expectFrame(frame + 1);
    await expect.poll(() => app.overlayInkPixels()).toBeGreaterThan(200);
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot(docShot('review'));
  });

  await test.step('hints and charts', async () => {
    await review.tab('coach');
    await expect(page.getByRole('heading', { name: 'Form hints' })).toBeVisible();
    // One card per fault kind (issue 13), its reps listed on the card.
    await expect(page.getByTestId('coach-hints').locator('li.coach-hint')).toHaveCount(new Set(a!.mistakes.map((m) => m.kind)).size);
    await expect(page.getByRole('heading', { name: `${a!.repCount} reps` })).toBeVisible();
    const showMe = page.getByRole('button', { name: /^Show me: / });
    if (await showMe.count()) {
      await showMe.first().click();
      const v = (await page.getByTestId('video').boundingBox())!;
      expect(v.y).toBeGreaterThanOrEqual(0);
      expect(v.y + v.height).toBeLessThanOrEqual(900);
      await page.screenshot(docShot('hint'));
    }
    await review.tab('charts');
    await expect(page.locator('.uplot canvas')).toHaveCount(3);
  });

  await test.step('exercise override re-runs analyze() on the existing 3D', async () => {
    await review.tab('coach');
    await page.getByLabel('Analyse as').selectOption('auto');
    await expect.poll(() => page.evaluate(() => window.__coach!.analysis()?.exerciseSource)).toBe('detected');
    await page.getByLabel('Analyse as').selectOption('squat');
    await expect.poll(() => page.evaluate(() => window.__coach!.analysis()?.exerciseSource)).toBe('user');
  });

  await test.step('every export downloads and parses', async () => {
    const json = JSON.parse((await review.download('json')).body.toString());
    expect(json.format).toBe('coach-analysis/1');
    expect(json.frames).toHaveLength(r.frames.length);
    expect(json.analysis.repCount).toBe(a!.repCount);
    const kp = (await review.download('csv-keypoints')).body.toString().trim().split('\n');
    expect(kp[0]).toMatch(/^frame,t_ms,person,nose_x_px,/);
    expect(kp[0]).toContain('pelvis_x_m');
    expect(kp.length - 1).toBe(r.frames.filter((f) => f.persons.length > 0).length);
    const reps = (await review.download('csv-reps')).body.toString().trim().split('\n');
    expect(reps[0]).toMatch(/^rep,start_s,/);
    expect(reps.length - 1).toBe(a!.repCount);
    const hints = (await review.download('csv-mistakes')).body.toString().trim().split('\n');
    expect(hints[0]).toBe('kind,rep,start_s,end_s,severity,confidence,evidence,message');
    expect(hints.length - 1).toBe(await page.evaluate(() => window.__coach!.analysis()!.mistakes.length));
    const bvh = parseBvh((await review.download('bvh')).body.toString());
    expect(bvh.motion).toHaveLength(r.frames.length);
    expect(bvh.joints.length).toBeGreaterThanOrEqual(17);
    const png = (await review.download('png')).body;
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect((await pngStats(page, png)).white).toBeGreaterThan(100);
    const boxes = (await review.download('csv-boxes')).body.toString().trim().split('\n');
    expect(boxes[0]).toBe('frame,t_ms,person,x_px,y_px,w_px,h_px,score');
  });

  await test.step('reference comparison: score, ghost skeleton, worst moments jumpable', async () => {
    await review.tab('compare');
    await page.getByLabel('Reference video').setInputFiles(REF);
    await expect.poll(() => page.evaluate(() => window.__coach!.comparisonScore()), { timeout: 120_000 }).not.toBeNull();
    const score = await page.evaluate(() => window.__coach!.comparisonScore()!);
    expect(score).toBeGreaterThanOrEqual(0);
    expect(score).toBeLessThanOrEqual(100);
    const repMarker = Number(await page.getByRole('button', { name: /^Rep 1 lowering at/ }).getAttribute('data-frame'));
    await page.evaluate((f) => window.__coach!.seekFrame(f), repMarker + 3);
    await review.expectFrame(repMarker + 3);
    await expect.poll(async () => (await pngStats(page, await review.viewerShot())).orange).toBeGreaterThan(50);
    // Both videos side by side, the reference time-warped to the same phase of the rep (issue 13).
    const mine = (await page.getByTestId('video').boundingBox())!;
    const theirs = (await page.getByTestId('reference-video').boundingBox())!;
    expect(Math.abs(mine.y - theirs.y)).toBeLessThan(2);
    expect(theirs.x).toBeGreaterThan(mine.x + mine.width - 1);
    const rf = await page.evaluate(() => window.__coach!.referenceFrame());
    expect(rf.matched).toBeGreaterThanOrEqual(0);
    await expect.poll(() => page.evaluate(() => window.__coach!.referenceFrame().shown)).toBe(rf.matched);
    await expect(page.getByText('Orange: the reference')).toBeVisible();
    const worst = page.getByRole('button', { name: /^Show me \d/ });
    if (await worst.count()) {
      await worst.first().click();
      await expect.poll(() => review.frames().then((f) => f.store)).not.toBe(repMarker + 3);
    }
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot(docShot('comparison'));
  });

  await test.step('a reference that is not a video says why and keeps the comparison that was there', async () => {
    const score = await page.evaluate(() => window.__coach!.comparisonScore());
    await page.getByLabel('Reference video', { exact: true }).setInputFiles({ name: 'notes.mp4', mimeType: 'video/mp4', buffer: Buffer.from('this is not a video, just text') });
    await expect(page.getByTestId('compare-error')).toContainText('is kept', { timeout: 60_000 });
    expect(await page.evaluate(() => window.__coach!.comparisonScore())).toBe(score);
    // The kept reference video still plays from its (not revoked) URL.
    await expect.poll(() => page.getByTestId('reference-video').evaluate((v: HTMLVideoElement) => v.readyState)).toBeGreaterThanOrEqual(1);
  });

  await test.step('the session survives a reload (real IndexedDB)', async () => {
    const before = await page.evaluate(() => window.__coach!.sessions());
    expect(before.currentId).not.toBeNull();
    await page.reload();
    await page.waitForFunction(() => window.__coach !== undefined);
    await page.getByTestId('nav-sessions').click();
    await expect.poll(() => page.evaluate(() => window.__coach!.sessions().list.map((x) => x.status))).toEqual(['complete']);
    await page.screenshot(docShot('sessions'));
    await page.getByRole('button', { name: /^Open / }).first().click();
    await expect.poll(() => page.evaluate(() => window.__coach!.analysis()?.repCount ?? -1)).toBe(a!.repCount);
    expect((await app.result()).frames).toHaveLength(r.frames.length);
    // The video was not stored (no opt-in): the 3D view and the timeline replay without it.
    await expect(page.getByTestId('session-note')).toContainText('video was not stored');
    await review.expectFrame(0, false);
    await page.keyboard.press('ArrowRight');
    await review.expectFrame(1, false);
  });
  expectNoLeaks(watch);
});
