/**
 * Dynamic time warping (Sakoe & Chiba 1978) with a band constraint: aligns two sequences of
 * feature vectors, used per movement phase (MobiDev flow, step 5a: slow down / speed up the
 * reference to the user — but non-uniformly, within each phase).
 */

export interface DtwResult {
  /** Matched index pairs [i in a, j in b], monotone, from [0,0] to [n-1,m-1]. */
  path: [number, number][];
  /** Total cost along the path. */
  cost: number;
}

/** DTW between `a` (n vectors) and `b` (m vectors) with Euclidean cost; `band` as a fraction of max(n,m). */
export function dtw(a: number[][], b: number[][], band = 0.3): DtwResult {
  const n = a.length, m = b.length;
  if (!n || !m) throw new Error('dtw needs two non-empty sequences');
  const w = Math.max(Math.abs(n - m), Math.ceil(band * Math.max(n, m)), 1);
  const D = new Float64Array((n + 1) * (m + 1)).fill(Infinity);
  const at = (i: number, j: number) => i * (m + 1) + j;
  D[0] = 0;
  const cost = (i: number, j: number) => {
    let s = 0;
    for (let k = 0; k < a[i].length; k++) s += (a[i][k] - b[j][k]) ** 2;
    return Math.sqrt(s);
  };
  for (let i = 1; i <= n; i++) {
    const jc = Math.round((i * m) / n);
    for (let j = Math.max(1, jc - w); j <= Math.min(m, jc + w); j++) {
      D[at(i, j)] = cost(i - 1, j - 1) + Math.min(D[at(i - 1, j)], D[at(i, j - 1)], D[at(i - 1, j - 1)]);
    }
  }
  const path: [number, number][] = [];
  let i = n, j = m;
  while (i > 0 && j > 0) {
    path.push([i - 1, j - 1]);
    const diag = D[at(i - 1, j - 1)], up = D[at(i - 1, j)], left = D[at(i, j - 1)];
    if (diag <= up && diag <= left) { i--; j--; } else if (up <= left) i--; else j--;
  }
  return { path: path.reverse(), cost: D[at(n, m)] };
}

/** For each index of `a`, the first matched index of `b` along the path. */
export function mapping(path: [number, number][], n: number): number[] {
  const out = new Array<number>(n).fill(-1);
  for (const [i, j] of path) if (out[i] < 0) out[i] = j;
  return out;
}
