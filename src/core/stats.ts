/** Order statistics of 1-D samples, shared by the analyzers and the lifter's post-processing. Pure; NaN marks a missing sample. */

/** Linear-interpolated percentile (0..100) of the finite values (NaN when none). */
export function percentile(values: ArrayLike<number>, p: number): number {
  const v = Array.from(values).filter(Number.isFinite).sort((a, b) => a - b);
  if (!v.length) return NaN;
  const pos = (Math.min(100, Math.max(0, p)) / 100) * (v.length - 1);
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return v[lo] + (v[hi] - v[lo]) * (pos - lo);
}

/** Median of the finite values (NaN when none). */
export function median(values: ArrayLike<number>): number {
  return percentile(values, 50);
}

/** Centred moving percentile (0..100) over `2h+1` samples (ignores NaN; NaN where the whole window is). */
export function movingPercentile(x: ArrayLike<number>, h: number, p: number): Float64Array {
  const out = new Float64Array(x.length);
  for (let i = 0; i < x.length; i++) {
    const w: number[] = [];
    for (let j = Math.max(0, i - h); j <= Math.min(x.length - 1, i + h); j++) if (Number.isFinite(x[j])) w.push(x[j]);
    out[i] = w.length ? percentile(w, p) : NaN;
  }
  return out;
}

/** Centred moving median over `2h+1` samples (ignores NaN; removes single-frame spikes). */
export function movingMedian(x: ArrayLike<number>, h: number): Float64Array {
  return movingPercentile(x, h, 50);
}
