/** Pure 1-D signal helpers used by the analyzers (NaN marks a missing sample). */
import { median, movingMedian } from '../core/stats';

export { median, movingMedian, percentile } from '../core/stats';

/** Median absolute deviation scaled to σ for Gaussian data. */
export function robustSigma(values: ArrayLike<number>): number {
  const m = median(values);
  return 1.4826 * median(Array.from(values, (x) => Math.abs(x - m)));
}

/** Fills NaN gaps by linear interpolation (edges copy the nearest finite value). */
export function fillGaps(x: ArrayLike<number>): Float64Array {
  const out = Float64Array.from(x);
  const idx: number[] = [];
  out.forEach((v, i) => { if (Number.isFinite(v)) idx.push(i); });
  if (!idx.length) return out;
  for (let i = 0; i < out.length; i++) {
    if (Number.isFinite(out[i])) continue;
    let k = 0;
    while (k < idx.length && idx[k] < i) k++;
    if (k === 0) out[i] = out[idx[0]];
    else if (k === idx.length) out[i] = out[idx[idx.length - 1]];
    else {
      const a = idx[k - 1], b = idx[k];
      out[i] = out[a] + ((out[b] - out[a]) * (i - a)) / (b - a);
    }
  }
  return out;
}

/** Centred moving average over `2h+1` samples (shrinks at the edges; ignores NaN). */
export function movingAverage(x: ArrayLike<number>, h: number): Float64Array {
  const out = new Float64Array(x.length);
  for (let i = 0; i < x.length; i++) {
    let s = 0, n = 0;
    for (let j = Math.max(0, i - h); j <= Math.min(x.length - 1, i + h); j++) if (Number.isFinite(x[j])) { s += x[j]; n++; }
    out[i] = n ? s / n : NaN;
  }
  return out;
}

/** Spike-robust smoothing: moving median then moving average (window halves in samples). */
export function smooth(x: ArrayLike<number>, h: number): Float64Array {
  if (h < 1) return fillGaps(x);
  return movingAverage(movingMedian(fillGaps(x), h), h);
}

/** Central-difference derivative per second, using frame times in seconds. */
export function derivative(x: ArrayLike<number>, tS: ArrayLike<number>): Float64Array {
  const n = x.length;
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const a = Math.max(0, i - 1), b = Math.min(n - 1, i + 1);
    const dt = tS[b] - tS[a];
    out[i] = dt > 0 ? (x[b] - x[a]) / dt : 0;
  }
  return out;
}

/** Circular median of angles (rad): the sample minimising the summed angular distance. */
export function circularMedian(angles: ArrayLike<number>): number {
  const v = Array.from(angles).filter(Number.isFinite);
  if (!v.length) return NaN;
  const step = Math.max(1, Math.floor(v.length / 200));
  let best = v[0], bestCost = Infinity;
  for (let i = 0; i < v.length; i += step) {
    let cost = 0;
    for (let j = 0; j < v.length; j += step) cost += Math.abs(Math.atan2(Math.sin(v[j] - v[i]), Math.cos(v[j] - v[i])));
    if (cost < bestCost) { bestCost = cost; best = v[i]; }
  }
  return best;
}
