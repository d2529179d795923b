/**
 * Small 3×3 rotation helpers for Acclaim forward kinematics. Matrices are row-major
 * `Float64Array(9)`, acting on column vectors (`v' = M·v`). Angles in degrees unless named `Rad`.
 */
import { radians } from '../core/angle';

export type Mat3 = Float64Array;
export type Vec3 = [number, number, number];

export const identity3 = (): Mat3 => new Float64Array([1, 0, 0, 0, 1, 0, 0, 0, 1]);

/** Rotation about one axis ('x' | 'y' | 'z') by `rad` radians. */
export function axisRotation(axis: string, rad: number): Mat3 {
  const c = Math.cos(rad);
  const s = Math.sin(rad);
  switch (axis) {
    case 'x': return new Float64Array([1, 0, 0, 0, c, -s, 0, s, c]);
    case 'y': return new Float64Array([c, 0, s, 0, 1, 0, -s, 0, c]);
    case 'z': return new Float64Array([c, -s, 0, s, c, 0, 0, 0, 1]);
    default: throw new Error(`unknown rotation axis '${axis}' (expected x, y or z)`);
  }
}

/** a·b. */
export function mul3(a: Mat3, b: Mat3, out: Mat3 = new Float64Array(9)): Mat3 {
  for (let r = 0; r < 3; r++) {
    for (let c = 0; c < 3; c++) {
      out[r * 3 + c] = a[r * 3] * b[c] + a[r * 3 + 1] * b[3 + c] + a[r * 3 + 2] * b[6 + c];
    }
  }
  return out;
}

export function transpose3(a: Mat3): Mat3 {
  return new Float64Array([a[0], a[3], a[6], a[1], a[4], a[7], a[2], a[5], a[8]]);
}

/** M·v. */
export function apply3(m: Mat3, v: ArrayLike<number>): Vec3 {
  return [
    m[0] * v[0] + m[1] * v[1] + m[2] * v[2],
    m[3] * v[0] + m[4] * v[1] + m[5] * v[2],
    m[6] * v[0] + m[7] * v[1] + m[8] * v[2],
  ];
}

/**
 * Euler rotation for an Acclaim order string such as 'XYZ': the first axis is applied first,
 * so 'XYZ' gives `Rz·Ry·Rx` (README formula). `deg` holds the angles in the order's axes.
 */
export function eulerDeg(order: string, deg: ArrayLike<number>): Mat3 {
  let m = identity3();
  for (let i = 0; i < order.length; i++) {
    const r = axisRotation(order[i].toLowerCase(), radians(deg[i]));
    m = mul3(r, m);
  }
  return m;
}
