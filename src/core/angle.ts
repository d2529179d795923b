/**
 * Angle units and the angles the analyzers measure. Radians are what `Math` and `core/geometry`
 * use; degrees are what thresholds, results and the UI use (fields named `…Deg`).
 */
import { angleBetween, type Vec3 } from './vec3';

const DEG_PER_RAD = 180 / Math.PI;

/** Radians → degrees. */
export const degrees = (rad: number): number => rad * DEG_PER_RAD;

/** Degrees → radians. */
export const radians = (deg: number): number => deg / DEG_PER_RAD;

/** Angle between two vectors of the same frame, degrees 0..180 (0 when either is zero). */
export const angleBetweenDeg = (a: Vec3, b: Vec3): number => degrees(angleBetween(a, b));

/**
 * Signed angle of `v` above the plane whose normal is `up`, degrees −90..90 (90 = along `up`,
 * 0 = in the plane, e.g. the floor when `up` is the vertical). `v` and `up` must be in the same
 * frame (e.g. the ground frame, +y up, or the lifter's camera axes with a learnt `up`); neither needs
 * unit length. NaN when either is (near) zero.
 */
export function elevationDeg(v: Readonly<Vec3>, up: Readonly<Vec3>): number {
  const n = Math.hypot(v[0], v[1], v[2]) * Math.hypot(up[0], up[1], up[2]);
  const dot = v[0] * up[0] + v[1] * up[1] + v[2] * up[2];
  return n > 1e-9 ? degrees(Math.asin(Math.max(-1, Math.min(1, dot / n)))) : NaN;
}
