/**
 * Rotation helpers for BVH: row-major Mat3 (src/core/geometry.ts), Euler angles in the BVH channel
 * order Z, X, Y (R = Rz·Rx·Ry, decomposition as three.js `Euler.setFromRotationMatrix` 'ZXY'), degrees.
 */
import { degrees, radians } from '../core/angle';
import { mulMat, rotationBetween, rotX, rotY, rotZ, type Mat3 } from '../core/geometry';
import { cross, norm, normalize, rejectFrom, type Vec3 } from '../core/vec3';

/** [z, x, y] degrees with R = Rz(z)·Rx(x)·Ry(y). */
export function eulerZXYDeg(m: Mat3): [number, number, number] {
  const m32 = Math.min(1, Math.max(-1, m[7]));
  const x = Math.asin(m32);
  if (Math.abs(m32) < 0.9999999) return [degrees(Math.atan2(-m[1], m[4])), degrees(x), degrees(Math.atan2(-m[6], m[8]))];
  return [degrees(Math.atan2(m[3], m[0])), degrees(x), 0];
}

/** Inverse of eulerZXYDeg. */
export const matFromZXYDeg = (z: number, x: number, y: number): Mat3 =>
  mulMat(mulMat(rotZ(radians(z)), rotX(radians(x))), rotY(radians(y)));

/** Rotation about a BVH channel axis ('X' | 'Y' | 'Z') by `deg` degrees. */
export function axisRotationDeg(axis: string, deg: number): Mat3 {
  const r = radians(deg);
  if (axis === 'X') return rotX(r);
  if (axis === 'Y') return rotY(r);
  if (axis === 'Z') return rotZ(r);
  throw new Error(`unknown BVH rotation axis ${axis}`);
}

/** Matrix whose columns are the orthonormal frame (a, b⊥a, a×b). Null when degenerate. */
function frame(a: Vec3, b: Vec3): Mat3 | null {
  const e1 = normalize(a);
  const b2 = rejectFrom(b, e1);
  if (norm(e1) < 0.5 || norm(b2) < 1e-6) return null;
  const e2 = normalize(b2);
  const e3 = cross(e1, e2);
  return [e1[0], e2[0], e3[0], e1[1], e2[1], e3[1], e1[2], e2[2], e3[2]];
}

const transposeOf = (m: Mat3): Mat3 => [m[0], m[3], m[6], m[1], m[4], m[7], m[2], m[5], m[8]];

/**
 * Rotation taking `restA` exactly onto `obsA` and `restB` as close as possible onto `obsB`
 * (two-vector frame alignment, as TRIAD attitude determination); falls back to the swing of A.
 */
export function alignTwoDirections(restA: Vec3, restB: Vec3, obsA: Vec3, obsB: Vec3): Mat3 {
  const fr = frame(restA, restB);
  const fo = frame(obsA, obsB);
  if (!fr || !fo) return rotationBetween(restA, obsA);
  return mulMat(fo, transposeOf(fr));
}

/** Shift `deg` by whole turns to be nearest `prev` (keeps Euler curves continuous for animation tools). */
export function unwrapDeg(deg: number, prev: number): number {
  return deg + 360 * Math.round((prev - deg) / 360);
}
