/** Nearest frame to a presentation time (binary search over ascending frame times, ms). */
export function frameAtTime(tMs: ArrayLike<number>, t: number): number {
  const n = tMs.length;
  if (n === 0) return -1;
  let lo = 0;
  let hi = n - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tMs[mid] < t) lo = mid + 1;
    else hi = mid;
  }
  if (lo > 0 && Math.abs(tMs[lo - 1] - t) <= Math.abs(tMs[lo] - t)) return lo - 1;
  return lo;
}
