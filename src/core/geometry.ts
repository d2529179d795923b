/**
 * Pure rotation helpers: 3×3 matrices as row-major tuples, rotations that map one direction onto
 * another (Rodrigues), rotations about the coordinate axes and Euler angles. Matrices act on column
 * vectors (`v' = M·v`). Angles in radians unless the name says `Deg`.
 */
import { radians } from './angle';
import { cross, dot, norm, normalize, type Vec3 } from './vec3';

/** Row-major 3×3 matrix. */
export type Mat3 = [number, number, number, number, number, number, number, number, number];

export const IDENTITY: Mat3 = [1, 0, 0, 0, 1, 0, 0, 0, 1];

export function mulMat(a: Mat3, b: Mat3): Mat3 {
  const r = new Array(9).fill(0) as Mat3;
  for (let i = 0; i < 3; i++)
    for (let j = 0; j < 3; j++)
      r[i * 3 + j] = a[i * 3] * b[j] + a[i * 3 + 1] * b[3 + j] + a[i * 3 + 2] * b[6 + j];
  return r;
}

export const transpose = (m: Mat3): Mat3 => [m[0], m[3], m[6], m[1], m[4], m[7], m[2], m[5], m[8]];

export const applyMat = (m: Mat3, v: Vec3): Vec3 => [
  m[0] * v[0] + m[1] * v[1] + m[2] * v[2],
  m[3] * v[0] + m[4] * v[1] + m[5] * v[2],
  m[6] * v[0] + m[7] * v[1] + m[8] * v[2],
];

/** Rotation by `angle` (rad, right-handed) about the unit `axis` (Rodrigues' formula). */
export function axisAngle(axis: Vec3, angle: number): Mat3 {
  const [x, y, z] = normalize(axis);
  const c = Math.cos(angle);
  const s = Math.sin(angle);
  const t = 1 - c;
  return [
    t * x * x + c, t * x * y - s * z, t * x * z + s * y,
    t * x * y + s * z, t * y * y + c, t * y * z - s * x,
    t * x * z - s * y, t * y * z + s * x, t * z * z + c,
  ];
}

/** Rotation about +y by `angle` rad (right-handed: +z turns towards +x). */
export const rotY = (angle: number): Mat3 => axisAngle([0, 1, 0], angle);
export const rotX = (angle: number): Mat3 => axisAngle([1, 0, 0], angle);
export const rotZ = (angle: number): Mat3 => axisAngle([0, 0, 1], angle);

const AXIS_ROTATION: Readonly<Record<string, (angle: number) => Mat3>> = { x: rotX, y: rotY, z: rotZ };

/**
 * Euler rotation for an axis-order string such as 'XYZ' (Acclaim ASF/AMC): the first axis is applied
 * first, so 'XYZ' gives `Rz·Ry·Rx` (CMU mocap README formula). `deg` holds the angles in degrees, in
 * the order's axes.
 */
export function eulerDeg(order: string, deg: ArrayLike<number>): Mat3 {
  let m: Mat3 = [...IDENTITY];
  for (let i = 0; i < order.length; i++) {
    const axis = order[i].toLowerCase();
    const rot = AXIS_ROTATION[axis];
    if (!rot) throw new Error(`unknown rotation axis '${axis}' (expected x, y or z)`);
    m = mulMat(rot(radians(deg[i])), m);
  }
  return m;
}

/** Smallest rotation that maps direction `from` onto direction `to`. */
export function rotationBetween(from: Vec3, to: Vec3): Mat3 {
  const a = normalize(from);
  const b = normalize(to);
  const axis = cross(a, b);
  const s = norm(axis);
  const c = dot(a, b);
  if (s < 1e-9) {
    if (c > 0) return [...IDENTITY];
    // Opposite: rotate π about any axis orthogonal to a.
    const ortho = Math.abs(a[0]) < 0.9 ? cross(a, [1, 0, 0]) : cross(a, [0, 1, 0]);
    return axisAngle(ortho, Math.PI);
  }
  return axisAngle(axis, Math.atan2(s, c));
}

/** Applies `m` to every joint of a flat `… × 3` array, returning a new Float32Array. */
export function transformPoints(points: ArrayLike<number>, m: Mat3): Float32Array {
  const out = new Float32Array(points.length);
  for (let o = 0; o < points.length; o += 3) {
    const x = points[o], y = points[o + 1], z = points[o + 2];
    out[o] = m[0] * x + m[1] * y + m[2] * z;
    out[o + 1] = m[3] * x + m[4] * y + m[5] * z;
    out[o + 2] = m[6] * x + m[7] * y + m[8] * z;
  }
  return out;
}

/** Wraps an angle in radians into (−π, π]. */
export function wrapAngle(a: number): number {
  let r = a % (2 * Math.PI);
  if (r <= -Math.PI) r += 2 * Math.PI;
  if (r > Math.PI) r -= 2 * Math.PI;
  return r;
}
