/** Resampling of joint sequences (frames × J × 3) between frame rates by linear interpolation. */

/** Number of output frames when resampling `frames` from `srcFps` to `dstFps` (same time span). */
export function resampledLength(frames: number, srcFps: number, dstFps: number): number {
  if (frames <= 0) return 0;
  return Math.floor(((frames - 1) * dstFps) / srcFps + 1e-9) + 1;
}

/** Linearly resamples `data` (frames × stride floats) from `srcFps` to `dstFps`. */
export function resample(data: Float32Array, stride: number, srcFps: number, dstFps: number): Float32Array {
  if (!(srcFps > 0 && dstFps > 0)) throw new Error(`resample: fps must be positive (got ${srcFps} → ${dstFps})`);
  const frames = data.length / stride;
  const n = resampledLength(frames, srcFps, dstFps);
  const out = new Float32Array(n * stride);
  for (let i = 0; i < n; i++) {
    const t = (i * srcFps) / dstFps;
    const a = Math.min(Math.floor(t + 1e-9), frames - 1);
    const b = Math.min(a + 1, frames - 1);
    const w = t - a < 1e-9 ? 0 : t - a;
    for (let k = 0; k < stride; k++) out[i * stride + k] = data[a * stride + k] * (1 - w) + data[b * stride + k] * w;
  }
  return out;
}
