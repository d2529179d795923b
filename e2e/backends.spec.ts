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
