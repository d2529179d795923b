/** Per-frame signals in the ground frame (Y up, pelvis at origin), metres and degrees. */
import { elevationDeg } from '../core/angle';
import { jointAt, sub } from '../core/vec3';
import { J, kneeAnglesDeg, midJoint } from './body';
import { GROUND_UP } from './ground';

export interface FrameSignals {
  /** Pelvis height above the lower ankle (the stance foot), m. */
  hipHeight: Float64Array;
  /** Mid-wrist height above the lower ankle (deadlift bar proxy), m. */
  wristHeight: Float64Array;
  /** Spine (pelvis→thorax) angle above the floor plane, deg (90 = upright). Ungated. */
  spineDeg: Float64Array;
  /** Smaller interior knee angle, deg (180 = straight). */
  kneeMinDeg: Float64Array;
  /** Height difference between the two ankles, m (≈ 0 with both feet on the floor). */
  ankleGap: Float64Array;
}

/**
 * Spine angle after MobiDev ("3D Human Pose Estimation Experiments and Analysis"): the pelvis→thorax
 * vector's angle with the floor plane (arccos of its cosine similarity with its floor projection).
 */
export function spineElevationDeg(g: ArrayLike<number>, f: number): number {
  return elevationDeg(sub(jointAt(g, f, J.thorax), jointAt(g, f, J.pelvis)), GROUND_UP);
}

export function frameSignals(g: Float32Array, frames: number): FrameSignals {
  const s: FrameSignals = {
    hipHeight: new Float64Array(frames),
    wristHeight: new Float64Array(frames),
    spineDeg: new Float64Array(frames),
    kneeMinDeg: new Float64Array(frames),
    ankleGap: new Float64Array(frames),
  };
  for (let f = 0; f < frames; f++) {
    const al = g[(f * 17 + J.left_ankle) * 3 + 1], ar = g[(f * 17 + J.right_ankle) * 3 + 1];
    const floor = Math.min(al, ar);
    s.ankleGap[f] = Math.abs(al - ar);
    s.hipHeight[f] = g[(f * 17 + J.pelvis) * 3 + 1] - floor;
    s.wristHeight[f] = midJoint(g, f, J.left_wrist, J.right_wrist)[1] - floor;
    s.spineDeg[f] = spineElevationDeg(g, f);
    s.kneeMinDeg[f] = Math.min(...kneeAnglesDeg(g, f));
  }
  return s;
}
