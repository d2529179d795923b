/**
 * Shared helpers for the benchmark pages: tfjs backend set-up, timing, heap, and the `window.__bench`
 * hook the Node driver (tools/bench/bench.ts) calls through Playwright.
 */
import * as tf from '@tensorflow/tfjs';

export type Backend = 'wasm' | 'webgl' | 'webgpu';

/**
 * Select a tfjs backend the way the app does (src/pose2d/backend.ts: wasm binaries from /wasm/tfjs/,
 * its fix for threaded WASM under minification), so bare detector and peers run on the very same
 * tfjs set-up as our pipeline.
 */
export async function selectBackend(backend: Backend): Promise<{ backend: string; wasmThreads: boolean; reason: string }> {
  const { initBackend } = await import('../../../../src/pose2d/backend');
  const { reason } = await initBackend(backend);
  if (tf.getBackend() !== backend) throw new Error(`tfjs backend is ${tf.getBackend()}, wanted ${backend}`);
  return { backend: tf.getBackend(), wasmThreads: backend === 'wasm' && crossOriginIsolated, reason };
}

/** Milliseconds since an arbitrary origin (performance.now). */
export const nowMs = (): number => performance.now();

/** JS heap in MB from the non-standard `performance.memory` (Chromium), or null. */
export function heapMb(): number | null {
  const m = (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory;
  return m ? m.usedJSHeapSize / 1048576 : null;
}

/** Yield to the event loop so the page stays responsive and GC can run between runs. */
export const tick = (): Promise<void> => new Promise((r) => setTimeout(r, 0));

declare global {
  interface Window { __bench?: Record<string, (opts: never) => Promise<unknown>>; __benchReady?: boolean }
}

/** Register the page's entry points for the driver and flag readiness. */
export function expose(api: Record<string, (opts: never) => Promise<unknown>>): void {
  window.__bench = api;
  window.__benchReady = true;
}

/**
 * Per-run frames/s for `runs` passes over `frames` items after `warmup` items. A pass stops early once
 * it has run `budgetMs` (and at least `minFrames` items), so a very slow peer cannot stall the bench;
 * frames/s is then over the items actually done.
 */
export async function timeRuns(
  frames: number, warmup: number, runs: number, step: (i: number) => Promise<void>,
  budgetMs = Infinity, minFrames = 5,
): Promise<number[]> {
  for (let i = 0; i < Math.min(warmup, frames); i++) await step(i);
  const fps: number[] = [];
  for (let r = 0; r < runs; r++) {
    const t0 = nowMs();
    let done = 0;
    while (done < frames && (done < minFrames || nowMs() - t0 < budgetMs)) await step(done++);
    fps.push((done * 1000) / (nowMs() - t0));
    await tick();
  }
  return fps;
}
