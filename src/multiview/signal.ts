/**
 * Time series helpers for aligning two videos: resampling onto a uniform grid and normalised
 * cross-correlation over a range of lags. Pure functions; times in seconds.
 */

/** A series sampled at (possibly irregular) times: `t[i]` seconds, `v[i]` value (NaN = no sample). */
export interface Series {
  t: readonly number[];
  v: readonly number[];
}

/**
 * Linear resampling of `s` onto t = t0 + k·dt, k = 0..n−1 (NaN where a gap of missing samples
 * is longer than `maxGapS`, or outside the series).
 */
export function resample(s: Series, dt: number, maxGapS = 0.25): { t0: number; dt: number; v: Float64Array } {
  const pts = s.t.map((t, i) => [t, s.v[i]] as const).filter(([, v]) => Number.isFinite(v));
  if (pts.length < 2) return { t0: 0, dt, v: new Float64Array(0) };
  const t0 = pts[0][0];
  const n = Math.floor((pts[pts.length - 1][0] - t0) / dt) + 1;
  const v = new Float64Array(n);
  let j = 0;
  for (let k = 0; k < n; k++) {
    const t = t0 + k * dt;
    while (j < pts.length - 2 && pts[j + 1][0] < t) j++;
    const [ta, va] = pts[j];
    const [tb, vb] = pts[j + 1];
    v[k] = tb - ta > maxGapS ? NaN : tb === ta ? va : va + ((vb - va) * (t - ta)) / (tb - ta);
  }
  return { t0, dt, v };
}

/**
 * Normalised cross-correlation of `a` and `b` at integer lag L (b[k + L] against a[k]), over the
 * overlap where both are finite; null when fewer than `minOverlap` samples overlap.
 */
export function nccAt(a: Float64Array, b: Float64Array, lag: number, minOverlap: number): number | null {
  let n = 0, sa = 0, sb = 0, saa = 0, sbb = 0, sab = 0;
  const k0 = Math.max(0, -lag);
  const k1 = Math.min(a.length, b.length - lag);
  for (let k = k0; k < k1; k++) {
    const x = a[k], y = b[k + lag];
    if (!Number.isFinite(x) || !Number.isFinite(y)) continue;
    n++; sa += x; sb += y; saa += x * x; sbb += y * y; sab += x * y;
  }
  if (n < minOverlap) return null;
  const va = saa - (sa * sa) / n;
  const vb = sbb - (sb * sb) / n;
  if (va <= 1e-12 || vb <= 1e-12) return null;
  return (sab - (sa * sb) / n) / Math.sqrt(va * vb);
}

/** Samples where both `a[k]` and `b[k + lag]` are finite. */
function overlapAt(a: Float64Array, b: Float64Array, lag: number): number {
  let n = 0;
  for (let k = Math.max(0, -lag); k < Math.min(a.length, b.length - lag); k++) if (Number.isFinite(a[k]) && Number.isFinite(b[k + lag])) n++;
  return n;
}

/**
 * Best lag of `b` against `a` in samples (sub-sample by a parabola through the peak), its NCC and the
 * runner-up's rank score. Lags are ranked by NCC × √(overlap / shorter series): NCC alone is normalised over
 * the overlap, so a short overlap holding one matching spike would tie with the full alignment.
 */
export function bestLag(a: Float64Array, b: Float64Array, maxLag: number, minOverlap: number): { lag: number; ncc: number; score: number; second: number } | null {
  const scores = new Map<number, number>();
  const raw = new Map<number, number>();
  const shorter = Math.max(1, Math.min(a.length, b.length));
  for (let L = -maxLag; L <= maxLag; L++) {
    const c = nccAt(a, b, L, minOverlap);
    if (c === null) continue;
    raw.set(L, c);
    scores.set(L, c * Math.sqrt(Math.min(1, overlapAt(a, b, L) / shorter)));
  }
  if (scores.size === 0) return null;
  let best = -Infinity, at = 0;
  for (const [L, c] of scores) if (c > best) { best = c; at = L; }
  const cm = scores.get(at - 1), cp = scores.get(at + 1);
  let frac = 0;
  if (cm !== undefined && cp !== undefined) {
    const den = cm - 2 * best + cp;
    if (den < 0) frac = Math.max(-0.5, Math.min(0.5, (0.5 * (cm - cp)) / den));
  }
  // Runner-up: the best score outside the peak's own lobe (walk down both shoulders to the first valley).
  let lo = at, hi = at;
  while (scores.has(lo - 1) && scores.get(lo - 1)! <= scores.get(lo)!) lo--;
  while (scores.has(hi + 1) && scores.get(hi + 1)! <= scores.get(hi)!) hi++;
  let second = -1;
  for (const [L, c] of scores) if ((L < lo || L > hi) && c > second) second = c;
  return { lag: at + frac, ncc: raw.get(at)!, score: best, second };
}
