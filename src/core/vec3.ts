/**
 * Small pure 3-vector helpers on plain tuples (units are the caller's: metres for poses).
 * Poses are flat arrays `frames × joints × 3`; `jointAt` reads one joint without allocating views.
 */

export type Vec3 = [number, number, number];

export const vec3 = (x = 0, y = 0, z = 0): Vec3 => [x, y, z];
export const add = (a: Vec3, b: Vec3): Vec3 => [a[0] + b[0], a[1] + b[1], a[2] + b[2]];
export const sub = (a: Vec3, b: Vec3): Vec3 => [a[0] - b[0], a[1] - b[1], a[2] - b[2]];
export const scale = (a: Vec3, s: number): Vec3 => [a[0] * s, a[1] * s, a[2] * s];
export const dot = (a: Vec3, b: Vec3): number => a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
export const cross = (a: Vec3, b: Vec3): Vec3 => [
  a[1] * b[2] - a[2] * b[1],
  a[2] * b[0] - a[0] * b[2],
  a[0] * b[1] - a[1] * b[0],
];
export const norm = (a: Vec3): number => Math.hypot(a[0], a[1], a[2]);
export const dist = (a: Vec3, b: Vec3): number => Math.hypot(a[0] - b[0], a[1] - b[1], a[2] - b[2]);
export const lerp = (a: Vec3, b: Vec3, t: number): Vec3 => [
  a[0] + (b[0] - a[0]) * t,
  a[1] + (b[1] - a[1]) * t,
  a[2] + (b[2] - a[2]) * t,
];
export const mid = (a: Vec3, b: Vec3): Vec3 => lerp(a, b, 0.5);

/** Unit vector along `a`; the zero vector stays zero (callers check `norm` when it matters). */
export function normalize(a: Vec3): Vec3 {
  const n = norm(a);
  return n > 1e-12 ? [a[0] / n, a[1] / n, a[2] / n] : [0, 0, 0];
}

/** Component of `a` orthogonal to the unit vector `n` (projection onto the plane with normal n). */
export const rejectFrom = (a: Vec3, n: Vec3): Vec3 => sub(a, scale(n, dot(a, n)));

/** Angle between two vectors in radians, 0..π (0 when either is zero). */
export function angleBetween(a: Vec3, b: Vec3): number {
  const na = norm(a);
  const nb = norm(b);
  if (na < 1e-12 || nb < 1e-12) return 0;
  return Math.acos(Math.max(-1, Math.min(1, dot(a, b) / (na * nb))));
}

/** Interior angle at joint `b` of the chain a–b–c, radians (π = straight). */
export const angleAt = (a: Vec3, b: Vec3, c: Vec3): number => angleBetween(sub(a, b), sub(c, b));

/** Joint `j` of frame `f` from a flat `frames × joints × 3` array. */
export function jointAt(pose: ArrayLike<number>, f: number, j: number, joints = 17): Vec3 {
  const o = (f * joints + j) * 3;
  return [pose[o], pose[o + 1], pose[o + 2]];
}
