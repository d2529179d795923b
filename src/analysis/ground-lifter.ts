/**
 * Ground frame from the lifter's gravity head (issue 12): the lifter predicts, per frame, the world
 * up direction in its camera axes and a 1-σ angular error; the clip's up is their inverse-variance
 * weighted mean (src/core/gravity.ts). The gravity-aligned frame is y = up (against gravity),
 * x = the camera's right axis projected on the floor, z = x × y (towards the camera, horizontal).
 * Used by `groundFrame` (ground.ts) instead of the standing-posture heuristic when confident.
 */
import { angleBetweenDeg } from '../core/angle';
import { combineUp } from '../core/gravity';
import { transformPoints, type Mat3 } from '../core/geometry';
import { cross, normalize, type Vec3 } from '../core/vec3';
import { median } from './signal';
import type { GroundInfo, PoseSequence } from './types';

/**
 * Largest clip σ (degrees) for which the lifter's up is trusted over the posture heuristic. The
 * head's held-out median error is a few degrees (docs/lifter.md); past ~12° the posture heuristic
 * (standing frames) is as good, so the analyzers fall back to it.
 */
export const LIFTER_UP_MAX_SIGMA_DEG = 12;

/** GroundInfo from the lifter's per-frame up vectors over the usable frames, or null (absent or unsure). */
export function lifterGroundInfo(gravity: NonNullable<PoseSequence['gravity']>, usable: readonly boolean[]): GroundInfo | null {
  const g = combineUp(gravity.up, gravity.upSigmaDeg, usable);
  if (!g || g.sigmaDeg > LIFTER_UP_MAX_SIGMA_DEG) return null;
  const up = g.up;
  const spread: number[] = [];
  for (let f = 0; f < usable.length; f++) {
    const u: Vec3 = [gravity.up[f * 3], gravity.up[f * 3 + 1], gravity.up[f * 3 + 2]];
    if (usable[f] && u.every(Number.isFinite)) spread.push(angleBetweenDeg(u, up));
  }
  return {
    up, tiltDeg: angleBetweenDeg(up, [0, 1, 0]), standingFrames: 0, spreadDeg: median(spread),
    unsure: false, source: 'lifter', sigmaDeg: g.sigmaDeg,
  };
}

/**
 * Rotation (row-major; rows are the new axes in input coordinates) from the lifter's camera axes to
 * the gravity-aligned frame: y = up, x = camera right (1, 0, 0) projected on the floor, z = x × y.
 * When the camera looks straight down or up (right axis ∥ up is impossible; right ⟂ floor only for a
 * 90° roll) it falls back to the camera's forward axis projected on the floor.
 */
export function gravityAlignedRotation(up: Vec3): Mat3 {
  const y = normalize(up);
  let x = normalize([1 - y[0] * y[0], -y[0] * y[1], -y[0] * y[2]]);
  if (Math.hypot(...x) < 0.5) x = normalize(cross(y, [0, 0, 1]));
  const z = cross(x, y);
  return [x[0], x[1], x[2], y[0], y[1], y[2], z[0], z[1], z[2]];
}

/** frames × 17 × 3 poses in the gravity-aligned frame (root-relative poses stay root-relative). */
export function gravityAlignedPoses(pose: Float32Array, up: Vec3): Float32Array {
  return transformPoints(pose, gravityAlignedRotation(up));
}
