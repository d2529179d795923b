/**
 * Clip-level gravity from per-frame up vectors (the lifter's gravity head): pure math shared by the
 * 3D stage (result.lifter.gravity) and the analyzers' ground frame. Axes: the lifter's camera axes
 * (x right, y image up, z towards the viewer); angles in degrees.
 */
import { degrees } from './angle';
import type { LifterGravity } from './result';

/**
 * Inverse-variance weighted mean direction (weights 1/σ², the maximum-likelihood mean of isotropic
 * Gaussian errors on the tangent plane) of the frames with `keep[f]` (default all) and finite
 * values. σ of the clip = the median per-frame σ: the frames share one camera and one person, so
 * their errors are correlated and averaging does not shrink the error like 1/√n. Null when no frame
 * qualifies.
 */
export function combineUp(up: ArrayLike<number>, sigmaDeg: ArrayLike<number>, keep?: readonly boolean[]): LifterGravity | null {
  const n = sigmaDeg.length;
  let x = 0, y = 0, z = 0, count = 0;
  const sig: number[] = [];
  for (let f = 0; f < n; f++) {
    if (keep && !keep[f]) continue;
    const s = sigmaDeg[f];
    const u = [up[f * 3], up[f * 3 + 1], up[f * 3 + 2]];
    if (!(s > 0) || !u.every(Number.isFinite)) continue;
    const w = 1 / (s * s);
    x += w * u[0]; y += w * u[1]; z += w * u[2];
    sig.push(s);
    count++;
  }
  const len = Math.hypot(x, y, z);
  if (!count || len < 1e-12) return null;
  sig.sort((a, b) => a - b);
  const med = sig.length % 2 ? sig[(sig.length - 1) / 2] : (sig[sig.length / 2 - 1] + sig[sig.length / 2]) / 2;
  const u: [number, number, number] = [x / len, y / len, z / len];
  return { up: u, sigmaDeg: med, ...pitchRoll(u), frames: count };
}

/**
 * Camera pitch and roll from the world up in camera axes: pitch = asin(up·z) (positive: the camera
 * looks down, since its forward axis is −z), roll = atan2(up·x, up·y) (positive: world up leans to
 * image right).
 */
export function pitchRoll(up: readonly number[]): { pitchDeg: number; rollDeg: number } {
  return { pitchDeg: degrees(Math.asin(Math.max(-1, Math.min(1, up[2])))), rollDeg: degrees(Math.atan2(up[0], up[1])) };
}
