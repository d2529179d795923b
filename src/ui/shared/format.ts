/** Pure formatting helpers for the coach UI (no React). */

/** Seconds → "m:ss.t" (tenths), e.g. 83.26 → "1:23.3"; negative and NaN clamp to 0. */
export function formatTime(seconds: number): string {
  const tenths = Math.round(Math.max(0, Number.isFinite(seconds) ? seconds : 0) * 10);
  const m = Math.floor(tenths / 600);
  const s = Math.floor((tenths % 600) / 10);
  return `${m}:${String(s).padStart(2, '0')}.${tenths % 10}`;
}

/** Seconds with a unit, e.g. 1.234 → "1.2 s"; undefined/NaN → "–". */
export function formatSeconds(s: number | undefined, digits = 1): string {
  return s === undefined || !Number.isFinite(s) ? '–' : `${s.toFixed(digits)} s`;
}

/** Metres shown as whole centimetres, e.g. 0.4567 → "46 cm". */
export function formatCm(m: number | undefined): string {
  return m === undefined || !Number.isFinite(m) ? '–' : `${Math.round(m * 100)} cm`;
}

/** Metres per second, e.g. 0.512 → "0.51 m/s". */
export function formatSpeed(mps: number | undefined): string {
  return mps === undefined || !Number.isFinite(mps) ? '–' : `${mps.toFixed(2)} m/s`;
}

/**
 * Frame index nearest to a time, clamped to [0, frameCount-1]. With `timesS` (per-frame
 * presentation times in seconds, ascending — the result JSON's `tMs / 1000`) the lookup is exact for
 * variable-frame-rate video; without it frame i is assumed at i/fps.
 */
export function frameAt(seconds: number, fps: number, frameCount: number, timesS?: ArrayLike<number>): number {
  if (frameCount <= 0) return 0;
  if (timesS && timesS.length > 0) return Math.min(frameCount - 1, nearestIndex(timesS, seconds));
  if (!(fps > 0)) return 0;
  return Math.min(frameCount - 1, Math.max(0, Math.round(seconds * fps)));
}

/** Time of a frame in seconds (from `timesS` when given, else frame/fps). */
export function timeOf(frame: number, fps: number, timesS?: ArrayLike<number>): number {
  if (timesS && timesS.length > 0) return timesS[Math.min(timesS.length - 1, Math.max(0, Math.round(frame)))];
  return fps > 0 ? frame / fps : 0;
}

/** Index of the value nearest to x in an ascending array (binary search). */
export function nearestIndex(sorted: ArrayLike<number>, x: number): number {
  let lo = 0;
  let hi = sorted.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] < x) lo = mid + 1;
    else hi = mid;
  }
  return lo > 0 && x - sorted[lo - 1] <= sorted[lo] - x ? lo - 1 : lo;
}

/** Severity number 0..1 or word → "mild" | "moderate" | "severe". */
export function severityWord(severity: number | string): 'mild' | 'moderate' | 'severe' {
  if (typeof severity === 'string') {
    const s = severity.toLowerCase();
    if (s === 'high' || s === 'severe') return 'severe';
    if (s === 'medium' || s === 'moderate') return 'moderate';
    return 'mild';
  }
  if (severity >= 0.67) return 'severe';
  if (severity >= 0.34) return 'moderate';
  return 'mild';
}
