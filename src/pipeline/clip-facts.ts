/** Clip facts of a session from its frame times (pure). */
import { roundTo, type VideoMeta } from '../core/result';

/** Mean fps from presentation times (ms): (n - 1) / (t_last - t_first). 0 for fewer than two frames. */
export function meanFps(tMs: ArrayLike<number>): number {
  const n = tMs.length;
  if (n < 2) return 0;
  const span = tMs[n - 1] - tMs[0];
  return span > 0 ? ((n - 1) * 1000) / span : 0;
}

/** The result's `video` block: display size, mean fps, frame count, duration (container's, else from the frames). */
export function clipFacts(file: string, width: number, height: number, containerDurationS: number, tMs: ArrayLike<number>): VideoMeta {
  const fps = meanFps(tMs);
  const n = tMs.length;
  const durationS = Number.isFinite(containerDurationS) && containerDurationS > 0
    ? containerDurationS
    : n ? (tMs[n - 1] + (fps > 0 ? 1000 / fps : 0)) / 1000 : 0;
  return { file, width, height, fps: roundTo(fps, 3), frameCount: n, durationS: roundTo(durationS, 3) };
}
