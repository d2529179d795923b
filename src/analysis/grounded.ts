/**
 * The first steps every analysis of a pose sequence shares (the offline `analyze()` and the live
 * per-rep cues): gate the frames, level them into the ground frame, measure the body and the
 * per-frame signals, and the camera yaw. One code path, so a live cue and the review judge a rep
 * from the same numbers.
 */
import { bodySize, type BodySize } from './body';
import { frameSignals, type FrameSignals } from './features';
import { groundFrame, usableFrames, type GroundFrame } from './ground';
import type { Thresholds } from './thresholds';
import type { PoseSequence } from './types';
import { cameraYawDeg } from './view';

export interface Grounded {
  /** Frame times, seconds. */
  tS: Float64Array;
  /** Frames with a complete, confident 3D pose. */
  usable: boolean[];
  /** Levelled poses (Y up, Z body forward, X person's left, pelvis at origin), m. */
  g: GroundFrame;
  body: BodySize;
  /** Per-frame signals of `g.poses`; NaN on unusable frames. */
  sig: FrameSignals;
  /** Per-frame camera yaw, deg (0 front, ±90 side, 180 rear), smoothed over ~0.5 s. */
  yaw: Float64Array;
}

/** Grounds `seq`, or null when no frame has a usable 3D pose. */
export function grounded(seq: PoseSequence, t: Thresholds): Grounded | null {
  const { frames, fps, scores } = seq;
  const tS = Float64Array.from(seq.tMs, (ms) => ms / 1000);
  const usable = usableFrames(seq.pose3d, frames, scores, t.minJointScore);
  if (!usable.some(Boolean)) return null;
  const g = groundFrame(seq.pose3d, frames, usable, t, seq.gravity);
  const body = bodySize(g.poses.filter((_, i) => usable[Math.floor(i / 51)]), usable.filter(Boolean).length);
  const sig = frameSignals(g.poses, frames);
  for (let f = 0; f < frames; f++) if (!usable[f]) sig.hipHeight[f] = sig.wristHeight[f] = sig.spineDeg[f] = sig.kneeMinDeg[f] = sig.ankleGap[f] = NaN;
  return { tS, usable, g, body, sig, yaw: cameraYawDeg(g, fps) };
}
