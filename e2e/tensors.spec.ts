import { expect, test } from '@playwright/test';
import { CLIPS, clipPath, CoachApp, hasSharedVideos, SKIP_MESSAGE } from './app';

test.skip(!hasSharedVideos, SKIP_MESSAGE);

for (const backend of ['wasm', 'webgl'] as const) {
  test(`tfjs tensor count does not grow across frames (${backend})`, async ({ page }) => {
    const app = new CoachApp(page);
    await app.open();
    // SwiftShader WebGL is slow here: fewer frames, same check.
    const n = backend === 'webgl' ? 12 : 30;
    const { tensorCounts, result } = await app.runBytes(clipPath(CLIPS.deadlift), { backend, maxFrames: n });
    expect(result.backend).toBe(backend);
    expect(tensorCounts).toHaveLength(n);
    // After the first frame everything per-frame must be disposed: the count is flat.
    expect(new Set(tensorCounts.slice(1)).size).toBe(1);
    expect(tensorCounts[tensorCounts.length - 1]).toBe(tensorCounts[0]);
    const again = await app.runBytes(clipPath(CLIPS.deadlift), { backend, maxFrames: 4 });
    expect(again.tensorCounts[3]).toBe(tensorCounts[n - 1]);
  });
}
