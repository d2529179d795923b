import { expect, test } from '@playwright/test';
import { chromiumArgs, swiftshaderWebgpuArgs } from '../scripts/lib/browser';
import { CLIPS, clipPath, CoachApp, hasSharedVideos, keypointDiff, SKIP_MESSAGE } from './app';
import type { CoachResult } from '../src/core/result';

test.skip(!hasSharedVideos, SKIP_MESSAGE);
// A separate browser with SwiftShader's WebGPU adapter (no GPU on CI machines).
test.use({ launchOptions: { executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: [...chromiumArgs, ...swiftshaderWebgpuArgs] } });

const perFrame = (r: CoachResult) => (r.timingsMs.detect2d / r.frames.length).toFixed(1);

test.describe('SwiftShader WebGPU (correctness only; it is slow)', () => {
  test('a software adapter is never auto-picked, but ?backend=webgpu works and agrees with wasm (2D and the 3D lifter)', async ({ page }) => {
    const app = new CoachApp(page);
    await app.open();
    const adapter = await page.evaluate(async () => {
      const a = await (navigator as unknown as { gpu?: { requestAdapter(): Promise<{ info?: { architecture?: string; vendor?: string } } | null> } }).gpu?.requestAdapter();
      return a ? `${a.info?.vendor} ${a.info?.architecture}` : null;
    });
    test.skip(adapter === null, 'no WebGPU adapter in this Chromium, even with SwiftShader flags');
    const auto = await app.runBytes(clipPath(CLIPS.deadlift), { maxFrames: 2, lift3d: true });
    expect(auto.result.backend).toBe('wasm');
    expect(auto.result.lifter?.executionProvider).toBe('wasm');
    // SwiftShader compiles the WebGPU kernels on the CPU: model loading can outlast the 25 s watchdog on a busy machine.
    const gpu = await app.runBytes(clipPath(CLIPS.deadlift), { backend: 'webgpu', maxFrames: 2, lift3d: true, stallTimeoutS: 180 });
    expect(gpu.result.backend).toBe('webgpu');
    // the lifter follows the detector onto WebGPU (onnxruntime-web's WebGPU EP in the worker)
    expect(gpu.result.warnings ?? []).toEqual([]);
    expect(gpu.result.lifter?.executionProvider).toBe('webgpu');
    const a3 = auto.result.frames[0].persons[0].pose3d!;
    const g3 = gpu.result.frames[0].persons[0].pose3d!;
    const d3 = a3.reduce((s, p, j) => s + Math.hypot(p[0] - g3[j][0], p[1] - g3[j][1], p[2] - g3[j][2]), 0) / 17;
    console.log(`3D lifter wasm vs webgpu (2D inputs differ by the detectors' diff): mean joint diff ${(d3 * 1000).toFixed(1)} mm`);
    expect(d3).toBeLessThan(0.03);
    const d = keypointDiff(auto.result, gpu.result, 2, 0.3);
    console.log(`WebGPU adapter '${adapter}': detect2d ${perFrame(gpu.result)} ms/frame (wasm ${perFrame(auto.result)}); mean diff ${d.mean.toFixed(2)} px`);
    expect(d.mean).toBeLessThan(2);
  });
});
