/** Nearest frame to a presentation time (binary search over ascending tMs). */
export function frameAtTime(frames: readonly { tMs: number }[], tMs: number): number {
  if (frames.length === 0) return -1;
  let lo = 0;
  let hi = frames.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (frames[mid].tMs < tMs) lo = mid + 1;
    else hi = mid;
  }
  if (lo > 0 && Math.abs(frames[lo - 1].tMs - tMs) <= Math.abs(frames[lo].tMs - tMs)) return lo - 1;
  return lo;
}
