import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { CLIPS, clipPath, CoachApp, hasSharedVideos, keypointDiff, SKIP_MESSAGE, softwareOnly } from './app';
import type { CoachResult } from '../src/core/result';

test.skip(!hasSharedVideos, SKIP_MESSAGE);

const perFrame = (r: CoachResult) => (r.timingsMs.detect2d / r.frames.length).toFixed(1);

test.describe('default browser (no GPU): auto picks WASM; ?backend=webgl overrides', () => {
  test('auto → wasm, and webgl agrees with wasm', async ({ page }) => {
    const app = new CoachApp(page);
    await app.open();
    const auto = await app.runBytes(clipPath(CLIPS.deadlift), { maxFrames: 2 });
    if (await softwareOnly(page)) expect(auto.result.backend).toBe('wasm');
    const wasm = await app.runBytes(clipPath(CLIPS.deadlift), { backend: 'wasm', maxFrames: 30 });
    expect(wasm.result.backend).toBe('wasm');
    await app.open('backend=webgl');
    await page.getByTestId('upload').setInputFiles(clipPath(CLIPS.deadlift));
    await expect(page.getByTestId('backend')).toHaveAttribute('data-backend', 'webgl', { timeout: 60_000 });
    await page.getByTestId('cancel').click();
    await expect.poll(() => app.state().then((s) => s.status)).toBe('cancelled');
    const webgl = await app.runBytes(clipPath(CLIPS.deadlift), { backend: 'webgl', maxFrames: 12 });
    expect(webgl.result.backend).toBe('webgl');
    const d = keypointDiff(wasm.result, webgl.result, 12, 0.3);
    console.log(`detect2d ms/frame: wasm ${perFrame(wasm.result)}, webgl(SwiftShader) ${perFrame(webgl.result)}; wasm↔webgl on confident joints: mean ${d.mean.toFixed(2)} px, max ${d.max.toFixed(2)} px`);
    expect(d.n).toBeGreaterThan(12 * 8);
    // Frame 0 uses the same crop on both backends; later crops follow each backend's own keypoints.
    const first = keypointDiff(wasm.result, webgl.result, 1, 0.3);
    console.log(`frame 0: mean ${first.mean.toFixed(2)} px`);
    expect(first.mean).toBeLessThan(1);
    expect(d.mean).toBeLessThan(4);
  });
});

test.describe('live detector in its worker (issue 15)', () => {
  test('MoveNet in the worker finds the same keypoints as on the page', async ({ page }) => {
    const app = new CoachApp(page);
    await app.open();
    const dir = mkdtempSync(path.join(os.tmpdir(), 'coach-worker-'));
    try {
      // Three frames of a real clip, as PNG stills (ffmpeg), through both detectors on WASM.
      for (const i of [10, 60, 100]) {
        const png = path.join(dir, `f${i}.png`);
        execFileSync('ffmpeg', ['-v', 'error', '-y', '-i', clipPath(CLIPS.deadlift), '-vf', `select=eq(n\\,${i})`, '-frames:v', '1', png]);
        const bytes = [...readFileSync(png)];
        const [onPage, inWorker] = await page.evaluate(async (b) => {
          const buf = new Uint8Array(b).buffer;
          return [await window.__coach!.detectImage(buf.slice(0), { backend: 'wasm' }), await window.__coach!.detectImage(buf.slice(0), { backend: 'wasm', inWorker: true })];
        }, bytes);
        expect(onPage.length).toBe(1);
        expect(inWorker.length).toBe(1);
        const d = onPage[0].keypoints2d.map((k, j) => Math.hypot(k[0] - inWorker[0].keypoints2d[j][0], k[1] - inWorker[0].keypoints2d[j][1]));
        const confident = d.filter((_, j) => onPage[0].keypoints2d[j][2] > 0.3);
        console.log(`frame ${i}: page ↔ worker keypoints, confident joints: mean ${(confident.reduce((a, b) => a + b, 0) / confident.length).toFixed(2)} px, max ${Math.max(...confident).toFixed(2)} px`);
        expect(confident.length).toBeGreaterThan(8);
        // Same model, same crop region; the worker reads the pixels through VideoFrame.copyTo and the page
        // through a canvas, whose resampling differs slightly (the offline paths differ as much: docs/benchmarks.md).
        const sorted = [...confident].sort((a, b) => a - b);
        expect(sorted[Math.floor(sorted.length / 2)]).toBeLessThan(1.5);
        expect(confident.reduce((a, b) => a + b, 0) / confident.length).toBeLessThan(2.5);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
