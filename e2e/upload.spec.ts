import { expect, test } from '@playwright/test';
import { CLIPS, clipPath, CoachApp, CoachReview, coverage, softwareOnly, expectNoLeaks, ffprobeFrameCount, ffprobeFrameTimesMs, hasSharedVideos, makeVideoFixtures, SKIP_MESSAGE, watchPage } from './app';

test.skip(!hasSharedVideos, SKIP_MESSAGE);

test('a real squat clip: keypoints on every frame, skeleton drawn, nothing leaves the origin', async ({ page }) => {
  const watch = watchPage(page);
  const app = new CoachApp(page);
  await app.open();
  const file = clipPath(CLIPS.squat);
  const s = await app.upload(file);
  expect(s.error).toBeNull();
  expect(s.status).toBe('done');
  // The chosen backend is shown; without a hardware GPU it must be WASM.
  await expect(page.getByTestId('backend')).toHaveAttribute('data-backend', (await softwareOnly(page)) ? 'wasm' : /^(wasm|webgl|webgpu)$/);
  const r = await app.result();
  expect(r.format).toBe('coach-analysis/1');
  expect(r.video).toMatchObject({ width: 720, height: 1280, frameCount: ffprobeFrameCount(file) });
  expect(r.video.fps).toBeCloseTo(29.97, 1);
  const times = ffprobeFrameTimesMs(file);
  r.frames.forEach((f, i) => { expect(f.i).toBe(i); expect(Math.abs(f.tMs - times[i])).toBeLessThan(1); });
  const c = coverage(r);
  expect(c.withPerson).toBeGreaterThanOrEqual(0.9);
  expect(c.meanScore).toBeGreaterThan(0.3);

  // Scrub to a middle frame: the overlay must show the skeleton.
  const mid = Math.floor(r.frames.length / 2);
  await page.getByTestId('scrub').fill(String(mid));
  await expect.poll(() => app.state().then((st) => st.currentFrame)).toBe(mid);
  await expect.poll(() => app.overlayInkPixels()).toBeGreaterThan(500);

  // Box CSV export (3DAT style).
  const csv = (await new CoachReview(page).download('csv-boxes')).body.toString();
  expect(csv.split('\n')[0]).toBe('frame,t_ms,person,x_px,y_px,w_px,h_px,score');
  expect(csv.trim().split('\n')).toHaveLength(r.frames.length + 1);
  expectNoLeaks(watch);
});

test('WebM goes through the <video> fallback and still gets every frame with its time', async ({ page }) => {
  const watch = watchPage(page);
  const app = new CoachApp(page);
  await app.open();
  const { webm } = makeVideoFixtures();
  const s = await app.upload(webm);
  expect(s.error).toBeNull();
  const r = await app.result();
  const times = ffprobeFrameTimesMs(webm);
  // Best effort on this path: every frame, or an honest count of the ones the player skipped.
  const skipped = Number((r.warnings ?? []).join(' ').match(/(\d+) frames were skipped/)?.[1] ?? 0);
  expect(r.frames.length + skipped).toBe(times.length);
  expect(skipped).toBeLessThanOrEqual(times.length * 0.05);
  r.frames.forEach((f) => expect(Math.min(...times.map((t) => Math.abs(f.tMs - t)))).toBeLessThan(2));
  expect(coverage(r).withPerson).toBeGreaterThanOrEqual(0.9);
  expectNoLeaks(watch);
});
