/** Summary statistics for benchmark runs (pure; units are whatever the samples carry, e.g. frames/s). */

export interface Summary {
  median: number;
  min: number;
  max: number;
  /** (max − min) / median: the run-to-run spread, as a fraction. */
  spread: number;
  n: number;
  runs: number[];
}

export function median(xs: readonly number[]): number {
  if (xs.length === 0) throw new Error('median of no samples');
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

export function summarize(xs: readonly number[]): Summary {
  const clean = xs.filter((x) => Number.isFinite(x));
  if (clean.length === 0) throw new Error('no finite samples');
  const med = median(clean);
  const min = Math.min(...clean);
  const max = Math.max(...clean);
  return { median: med, min, max, spread: med === 0 ? 0 : (max - min) / med, n: clean.length, runs: clean };
}

/**
 * Ratio a/b from runs taken in the same rounds: median of the per-round ratios (pairs taken close in
 * time cancel most of a shared machine's drift). Falls back to the ratio of medians when unpaired.
 */
export function pairedRatio(a: readonly number[], b: readonly number[]): number {
  if (a.length === 0 || b.length === 0) throw new Error('ratio of no samples');
  if (a.length !== b.length) return median(a) / median(b);
  return median(a.map((x, i) => x / b[i]));
}

/** Round to `digits` significant decimals for reports (keeps JSON readable). */
export function round(x: number, digits = 2): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}
