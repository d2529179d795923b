/**
 * Pose error metrics as in VideoPose3D `common/loss.py`: MPJPE, P-MPJPE (similarity Procrustes
 * alignment per frame) and N-MPJPE (scale-only alignment). Rigid alignment uses Horn's quaternion
 * method (Horn 1987, "Closed-form solution of absolute orientation using unit quaternions").
 * Poses are 17 × 3 float arrays in metres.
 */
const J = 17;

/** Largest eigenvector of a symmetric 4×4 matrix (cyclic Jacobi rotations). */
function topEigenvector(a: number[][]): number[] {
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

function centre(p: ArrayLike<number>, o: number): { c: number[]; x: number[] } {
  const c = [0, 0, 0];
  for (let j = 0; j < J; j++) for (let k = 0; k < 3; k++) c[k] += p[o + j * 3 + k] / J;
  const x = new Array(J * 3);
  for (let j = 0; j < J; j++) for (let k = 0; k < 3; k++) x[j * 3 + k] = p[o + j * 3 + k] - c[k];
  return { c, x };
}

const jointDists = (a: ArrayLike<number>, b: ArrayLike<number>) =>
  Array.from({ length: J }, (_, j) => Math.hypot(a[j * 3] - b[j * 3], a[j * 3 + 1] - b[j * 3 + 1], a[j * 3 + 2] - b[j * 3 + 2]));

/** P-MPJPE of one frame: `pred` aligned to `gt` by rotation, uniform scale and translation. */
export function pmpjpeFrame(pred: ArrayLike<number>, gt: ArrayLike<number>, o = 0): number {
  const e = pmpjpeJoints(pred, gt, o);
  return e.reduce((s, v) => s + v, 0) / J;
}

/** Per-joint errors (17, metres) of one frame after the similarity Procrustes alignment of `pmpjpeFrame`. */
export function pmpjpeJoints(pred: ArrayLike<number>, gt: ArrayLike<number>, o = 0): number[] {
  const P = centre(pred, o).x;
  const Q = centre(gt, o).x;
  const S = [[0, 0, 0], [0, 0, 0], [0, 0, 0]];
  let pp = 0;
  for (let j = 0; j < J; j++) for (let a = 0; a < 3; a++) { pp += P[j * 3 + a] ** 2; for (let b = 0; b < 3; b++) S[a][b] += P[j * 3 + a] * Q[j * 3 + b]; }
  const [[xx, xy, xz], [yx, yy, yz], [zx, zy, zz]] = S;
  const [w, x, y, z] = topEigenvector([
    [xx + yy + zz, yz - zy, zx - xz, xy - yx],
    [yz - zy, xx - yy - zz, xy + yx, zx + xz],
    [zx - xz, xy + yx, -xx + yy - zz, yz + zy],
    [xy - yx, zx + xz, yz + zy, -xx - yy + zz],
  ]);
  const R = [
    [1 - 2 * (y * y + z * z), 2 * (x * y - w * z), 2 * (x * z + w * y)],
    [2 * (x * y + w * z), 1 - 2 * (x * x + z * z), 2 * (y * z - w * x)],
    [2 * (x * z - w * y), 2 * (y * z + w * x), 1 - 2 * (x * x + y * y)],
  ];
  const RP = new Array(J * 3);
  let dotRQ = 0;
  for (let j = 0; j < J; j++) for (let a = 0; a < 3; a++) {
    RP[j * 3 + a] = R[a][0] * P[j * 3] + R[a][1] * P[j * 3 + 1] + R[a][2] * P[j * 3 + 2];
    dotRQ += RP[j * 3 + a] * Q[j * 3 + a];
  }
  const s = pp > 0 ? dotRQ / pp : 1;
  return jointDists(RP.map((v) => v * s), Q);
}

/** MPJPE of one frame (both poses already root-relative). */
export function mpjpeFrame(pred: ArrayLike<number>, gt: ArrayLike<number>, o = 0): number {
  let s = 0;
  for (let j = 0; j < J; j++) { const i = o + j * 3; s += Math.hypot(pred[i] - gt[i], pred[i + 1] - gt[i + 1], pred[i + 2] - gt[i + 2]); }
  return s / J;
}

/** N-MPJPE of one frame: `pred` scaled by the least-squares factor onto `gt`. */
export function nmpjpeFrame(pred: ArrayLike<number>, gt: ArrayLike<number>, o = 0): number {
  let pg = 0, pp = 0;
  for (let i = o; i < o + J * 3; i++) { pg += pred[i] * gt[i]; pp += pred[i] * pred[i]; }
  const s = pp > 0 ? pg / pp : 1;
  let e = 0;
  for (let j = 0; j < J; j++) { const i = o + j * 3; e += Math.hypot(s * pred[i] - gt[i], s * pred[i + 1] - gt[i + 1], s * pred[i + 2] - gt[i + 2]); }
  return e / J;
}
