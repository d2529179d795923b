/**
 * Pose error metrics as in VideoPose3D `common/loss.py`: MPJPE, P-MPJPE (similarity Procrustes
 * alignment per frame) and N-MPJPE (scale-only alignment). Rigid alignment uses Horn's quaternion
 * method (Horn 1987, "Closed-form solution of absolute orientation using unit quaternions").
 * Poses are 17 × 3 float arrays in metres.
 */
import { rotationFromCovariance } from '../../../src/core/rigid';

const J = 17;

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
  const R = rotationFromCovariance(S);
  const RP = new Array(J * 3);
  let dotRQ = 0;
  for (let j = 0; j < J; j++) for (let a = 0; a < 3; a++) {
    RP[j * 3 + a] = R[a * 3] * P[j * 3] + R[a * 3 + 1] * P[j * 3 + 1] + R[a * 3 + 2] * P[j * 3 + 2];
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
