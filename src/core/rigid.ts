/**
 * Best rotation between two weighted point sets, by Horn's quaternion method (Horn 1987, "Closed-form
 * solution of absolute orientation using unit quaternions", J. Opt. Soc. Am. A 4(4)). Pure; points
 * are flat xyz arrays in any one unit; the rotation is a row-major `Mat3` acting on column vectors.
 */
import type { Mat3 } from './geometry';

/** Largest eigenvector of a symmetric 4×4 matrix (cyclic Jacobi rotations; `a` is overwritten). */
export function topEigenvector4(a: number[][]): number[] {
  const v = [[1, 0, 0, 0], [0, 1, 0, 0], [0, 0, 1, 0], [0, 0, 0, 1]];
  for (let sweep = 0; sweep < 30; sweep++) {
    let off = 0;
    for (let p = 0; p < 4; p++) for (let q = p + 1; q < 4; q++) off += a[p][q] * a[p][q];
    if (off < 1e-22) break;
    for (let p = 0; p < 4; p++) {
      for (let q = p + 1; q < 4; q++) {
        if (Math.abs(a[p][q]) < 1e-300) continue;
        const theta = (a[q][q] - a[p][p]) / (2 * a[p][q]);
        const t = Math.sign(theta || 1) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
        const c = 1 / Math.sqrt(t * t + 1);
        const s = t * c;
        for (let k = 0; k < 4; k++) { const akp = a[k][p], akq = a[k][q]; a[k][p] = c * akp - s * akq; a[k][q] = s * akp + c * akq; }
        for (let k = 0; k < 4; k++) { const apk = a[p][k], aqk = a[q][k]; a[p][k] = c * apk - s * aqk; a[q][k] = s * apk + c * aqk; }
        for (let k = 0; k < 4; k++) { const vkp = v[k][p], vkq = v[k][q]; v[k][p] = c * vkp - s * vkq; v[k][q] = s * vkp + c * vkq; }
      }
    }
  }
  let best = 0;
  for (let i = 1; i < 4; i++) if (a[i][i] > a[best][best]) best = i;
  return [v[0][best], v[1][best], v[2][best], v[3][best]];
}

/**
 * The rotation R minimising Σ wᵢ |R·pᵢ − qᵢ|² from the 3×3 cross-covariance `S[a][b] = Σ wᵢ pᵢ[a] qᵢ[b]`
 * of points already centred (or sharing a fixed origin, as root-relative poses do).
 */
export function rotationFromCovariance(S: readonly (readonly number[])[]): Mat3 {
  const [[xx, xy, xz], [yx, yy, yz], [zx, zy, zz]] = S;
  const [w, x, y, z] = topEigenvector4([
    [xx + yy + zz, yz - zy, zx - xz, xy - yx],
    [yz - zy, xx - yy - zz, xy + yx, zx + xz],
    [zx - xz, xy + yx, -xx + yy - zz, yz + zy],
    [xy - yx, zx + xz, yz + zy, -xx - yy + zz],
  ]);
  return [
    1 - 2 * (y * y + z * z), 2 * (x * y - w * z), 2 * (x * z + w * y),
    2 * (x * y + w * z), 1 - 2 * (x * x + z * z), 2 * (y * z - w * x),
    2 * (x * z - w * y), 2 * (y * z + w * x), 1 - 2 * (x * x + y * y),
  ];
}

/**
 * The rotation about the origin taking points `p` onto `q` (no translation, no scale), each pair
 * weighted by `w` (pairs with weight 0 or a non-finite coordinate are skipped). `p`, `q`: n × 3.
 */
export function weightedRotation(p: ArrayLike<number>, q: ArrayLike<number>, w: ArrayLike<number>): Mat3 {
  const S = [[0, 0, 0], [0, 0, 0], [0, 0, 0]];
  for (let i = 0; i < w.length; i++) {
    const wi = w[i];
    if (!(wi > 0)) continue;
    const o = i * 3;
    if (!Number.isFinite(p[o] + p[o + 1] + p[o + 2] + q[o] + q[o + 1] + q[o + 2])) continue;
    for (let a = 0; a < 3; a++) for (let b = 0; b < 3; b++) S[a][b] += wi * p[o + a] * q[o + b];
  }
  return rotationFromCovariance(S);
}

/**
 * Per-point distances after the similarity (rotation, uniform scale, translation) alignment of `pred`
 * onto `gt` over the points present in both — the P-MPJPE / PA-MPJPE protocol (VideoPose3D
 * `common/loss.py p_mpjpe`). Points are n × 3 (null = missing); NaN for a point missing in either,
 * and all NaN when fewer than 3 points are shared.
 */
export function similarityAlignedErrors(pred: readonly (readonly number[] | null)[], gt: readonly (readonly number[] | null)[]): number[] {
  const both = pred.map((p, j) => !!p && !!gt[j]);
  const n = both.filter(Boolean).length;
  if (n < 3) return pred.map(() => NaN);
  const mean = (xs: readonly (readonly number[] | null)[]) => [0, 1, 2].map((k) => xs.reduce((s, x, j) => s + (both[j] ? x![k] : 0), 0) / n);
  const cp = mean(pred), cg = mean(gt);
  const P = new Float64Array(pred.length * 3), Q = new Float64Array(pred.length * 3), w = new Float64Array(pred.length);
  let pp = 0;
  pred.forEach((p, j) => {
    if (!both[j]) return;
    w[j] = 1;
    for (let k = 0; k < 3; k++) { P[j * 3 + k] = p![k] - cp[k]; Q[j * 3 + k] = gt[j]![k] - cg[k]; pp += P[j * 3 + k] ** 2; }
  });
  const R = weightedRotation(P, Q, w);
  let dot = 0;
  const RP = new Float64Array(P.length);
  for (let j = 0; j < pred.length; j++) {
    if (!both[j]) continue;
    for (let a = 0; a < 3; a++) { RP[j * 3 + a] = R[a * 3] * P[j * 3] + R[a * 3 + 1] * P[j * 3 + 1] + R[a * 3 + 2] * P[j * 3 + 2]; dot += RP[j * 3 + a] * Q[j * 3 + a]; }
  }
  const s = pp > 0 ? dot / pp : 1;
  return pred.map((_, j) => (both[j] ? Math.hypot(s * RP[j * 3] - Q[j * 3], s * RP[j * 3 + 1] - Q[j * 3 + 1], s * RP[j * 3 + 2] - Q[j * 3 + 2]) : NaN));
}
