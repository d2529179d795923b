/**
 * Issue 17, "a 10-minute clip (memory bounded: keep keypoints, not frames)", through the app: a
 * 10-minute clip (the shared squat set looped, made with ffmpeg in test setup, never committed) goes
 * through the real upload input with 3D; the page's JS heap, sampled every second (CDP
 * `Runtime.getHeapUsage` and `performance.memory`, which also counts array buffers), stays bounded
 * and the reps are counted. 8 frames/s (4,800 frames) keeps the run near 5 minutes on the 2-core
 * build machine (30 frames/s would take ~19 min); it is also the lowest rate at which this set's fast
 * reps (1.6 s each) are still recognised (at 5–6 frames/s the analysis finds no squat). The duration
 * stays 10 minutes.
 */
import { expect, test, type Page } from '@playwright/test';
import { longClip } from '../scripts/lib/file-fixtures';
import { CoachApp, expectNoLeaks, hasSharedVideos, SKIP_MESSAGE, watchPage } from './app';

test.use({ serviceWorkers: 'block' });
test.skip(!hasSharedVideos, SKIP_MESSAGE);

const FPS = 8;
const SECONDS = 600;
/** Peak JS heap of the page (MB) a 10-minute analysis may reach (the pipeline alone: ~120 MB, docs/benchmarks.md). */
const MAX_HEAP_MB = 250;
const MB = 1024 * 1024;

/** Peak JS heap (MB) of `page` while `work` runs, sampled every second: V8's used heap (CDP) and `performance.memory`. */
async function heapPeakWhile<T>(page: Page, work: Promise<T>): Promise<[T, { cdpMb: number; pageMb: number; samples: number }]> {
  const cdp = await page.context().newCDPSession(page);
  const peak = { cdpMb: 0, pageMb: 0, samples: 0 };
  let done = false;
  const sampler = (async () => {
    while (!done) {
      try {
        const { usedSize } = await cdp.send('Runtime.getHeapUsage');
        const used = await page.evaluate(() => (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory?.usedJSHeapSize ?? 0);
        peak.cdpMb = Math.max(peak.cdpMb, usedSize / MB);
        peak.pageMb = Math.max(peak.pageMb, used / MB);
        peak.samples++;
      } catch { /* page busy; the next sample counts */ }
      await new Promise((r) => setTimeout(r, 1000));
    }
  })();
  try {
    return [await work, peak];
  } finally {
    done = true;
    await sampler;
    await cdp.detach().catch(() => undefined);
  }
}

test(`a 10-minute clip (${FPS} fps, 426×240) through the app: heap peak < ${MAX_HEAP_MB} MB, reps counted`, async ({ page }) => {
  test.setTimeout(1_800_000); // ~5.5 min on a quiet machine (16 frames/s); 13.3 min measured here under load 11–15
  const t0 = Date.now();
  const file = longClip(FPS, SECONDS);
  console.log(`long clip ready in ${((Date.now() - t0) / 1000).toFixed(1)} s: ${file}`);
  const watch = watchPage(page);
  const app = new CoachApp(page);
  await app.open('backend=wasm&lift=1');
  const t1 = Date.now();
  const [s, heap] = await heapPeakWhile(page, app.upload(file, 1_700_000));
  const seconds = (Date.now() - t1) / 1000;
  expect(s.status, s.error ?? '').toBe('done');
  const r = await app.result();
  const a = r.analysis as { exercise?: string; repCount?: number } | undefined;
  const withPerson = r.frames.filter((f) => f.persons.length > 0).length;
  const with3d = r.frames.filter((f) => f.persons[0]?.pose3d).length;
  console.log(`10-minute clip: ${r.frames.length} frames in ${seconds.toFixed(1)} s (${(r.frames.length / seconds).toFixed(1)} frames/s), `
    + `person in ${withPerson}, 3D in ${with3d}, ${a?.exercise} ${a?.repCount} reps, JS heap peak ${heap.cdpMb.toFixed(1)} MB (CDP), ${heap.pageMb.toFixed(1)} MB (performance.memory), ${heap.samples} samples; warnings: ${(r.warnings ?? []).join(' / ')}`);
  expect(r.video.durationS).toBeGreaterThan(SECONDS - 1);
  expect(r.frames.length).toBeGreaterThanOrEqual(SECONDS * FPS - 2);
  expect(with3d).toBeGreaterThan(r.frames.length * 0.8);
  expect(heap.samples).toBeGreaterThan(60);
  expect(Math.max(heap.cdpMb, heap.pageMb)).toBeLessThan(MAX_HEAP_MB);
  // 8 reps per 14.5 s loop ⇒ ~330 squats in 10 minutes; at least 70 % of them counted.
  expect(a?.exercise).toBe('squat');
  expect(a?.repCount ?? 0).toBeGreaterThan(0.7 * 8 * (SECONDS / 14.47));
  await expect(page.getByRole('heading', { name: `${a!.repCount} reps` })).toBeVisible();
  expectNoLeaks(watch);
});
