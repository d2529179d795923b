/**
 * Ground frame: estimates "up" from the pose sequence itself (the lifter's camera frame is only
 * roughly y-up when the phone is pitched or rolled) and expresses poses in a floor-aligned,
 * body-facing frame: Y up, Z = the body's median facing direction, X = the person's left,
 * origin at the pelvis. Method (ours, after MobiDev's "rotate the skeleton to align it with a
 * plane"): in standing frames (knees and hips near their most extended) the mid-ankle→thorax/head
 * axis is vertical once made perpendicular to the hips/shoulders line (removes roll) and tilted
 * back by the calibrated standing lean; the component-wise median over those frames is "up".
 */
import { angleBetweenDeg, radians } from '../core/angle';
import { applyMat, axisAngle, mulMat, rotationBetween, rotY, transformPoints, type Mat3 } from '../core/geometry';
import { angleBetween, cross, jointAt, normalize, rejectFrom, sub, type Vec3 } from '../core/vec3';
import { hipAngleDeg, J, kneeAnglesDeg, midJoint } from './body';
import { gravityAlignedRotation, lifterGroundInfo } from './ground-lifter';
import { median, percentile } from './signal';
import type { Thresholds } from './thresholds';
import type { GroundInfo, PoseSequence } from './types';

/**
 * Frames whose pose is complete and whose leg/trunk joints are, on average, scored reliably (the
 * mean, not the minimum: in side views the far ankle is often occluded, and the temporal lifter
 * still places it sensibly).
 */
export function usableFrames(pose: Float32Array, frames: number, scores: Float32Array | undefined, minScore: number): boolean[] {
  const key = [J.pelvis, J.left_hip, J.right_hip, J.left_knee, J.right_knee, J.left_ankle, J.right_ankle, J.thorax];
  return Array.from({ length: frames }, (_, f) => {
    for (let k = 0; k < 51; k++) if (!Number.isFinite(pose[f * 51 + k])) return false;
    return !scores || key.reduce((s, j) => s + scores[f * 17 + j], 0) / key.length >= minScore;
  });
}

const medianVec = (vs: Vec3[]): Vec3 => normalize([median(vs.map((v) => v[0])), median(vs.map((v) => v[1])), median(vs.map((v) => v[2]))]);

/**
 * Standing frames: knees and hips within 8° of the clip's most extended (90th percentile) and at
 * least 140°/145° (mocap-derived joints read ~150–160° when standing, not 180°).
 */
function standingFrames(p: Float32Array, usable: boolean[]): number[] {
  const idx = usable.flatMap((u, f) => (u ? [f] : []));
  const knee = idx.map((f) => Math.min(...kneeAnglesDeg(p, f)));
  const hip = idx.map((f) => hipAngleDeg(p, f));
  const k0 = Math.max(140, percentile(knee, 90) - 8);
  const h0 = Math.max(145, percentile(hip, 90) - 8);
  return idx.filter((_, i) => knee[i] >= k0 && hip[i] >= h0);
}

/** Body axis of a standing frame: mean direction from mid-ankle to thorax and to head. */
function bodyAxis(p: Float32Array, f: number): Vec3 {
  const a = midJoint(p, f, J.left_ankle, J.right_ankle);
  const t = normalize(sub(jointAt(p, f, J.thorax), a));
  const h = normalize(sub(jointAt(p, f, J.head), a));
  return normalize([t[0] + h[0], t[1] + h[1], t[2] + h[2]]);
}

/** Lateral axis of a frame: mean of the hips and shoulders lines (right → left). */
function lateralAxis(p: Float32Array, f: number): Vec3 {
  const h = normalize(sub(jointAt(p, f, J.left_hip), jointAt(p, f, J.right_hip)));
  const s = normalize(sub(jointAt(p, f, J.left_shoulder), jointAt(p, f, J.right_shoulder)));
  return normalize([h[0] + s[0], h[1] + s[1], h[2] + s[2]]);
}

/** Rotation of `v` by `angle` about `axis` (curried on the angle). */
const axisAngleFor = (angle: number) => (axis: Vec3, v: Vec3): Vec3 => applyMat(axisAngle(axis, angle), v);

/** Robust up-vector estimate in the input frame (see the file comment). */
export function estimateUp(p: Float32Array, usable: boolean[], t: Thresholds): GroundInfo {
  const nUsable = usable.filter(Boolean).length;
  if (!nUsable) return { up: [0, 1, 0], tiltDeg: 0, standingFrames: 0, spreadDeg: 180, unsure: true, reason: 'no usable frames; assumed the input y axis is up' };
  const idx = standingFrames(p, usable);
  let reason: string | undefined;
  if (idx.length < Math.max(3, 0.03 * nUsable)) reason = 'the person barely stands straight in the clip, so the vertical is a guess';
  const use = idx.length ? idx : usable.flatMap((u, f) => (u ? [f] : []));
  // Per frame: remove roll (the hips and shoulders lines are horizontal when standing), then tilt
  // back by the calibrated standing lean about the lateral axis (the line of gravity passes a few
  // cm in front of the ankles, so standing bodies lean slightly forward).
  const lean = axisAngleFor(radians(-t.standingLeanDeg));
  const axes = use.map((f) => {
    const a = bodyAxis(p, f);
    const lat = lateralAxis(p, f);
    const c = normalize(rejectFrom(a, lat));
    return angleBetween(a, c) < radians(20) ? lean(lat, c) : a;
  });
  const up = medianVec(axes);
  const spreadDeg = median(axes.map((a) => angleBetweenDeg(a, up)));
  const tiltDeg = angleBetweenDeg(up, [0, 1, 0]);
  if (!reason && spreadDeg > t.groundSpreadDeg) reason = `standing frames disagree on the vertical by ${spreadDeg.toFixed(0)}°`;
  if (!reason && tiltDeg > t.groundMaxTiltDeg) reason = `estimated vertical is ${tiltDeg.toFixed(0)}° from the camera's up axis`;
  return { up, tiltDeg, standingFrames: idx.length, spreadDeg, unsure: !!reason, ...(reason ? { reason } : {}), source: 'posture' };
}

/** The vertical of the ground frame (+y); `elevationDeg(v, GROUND_UP)` is v's angle above the floor. */
export const GROUND_UP: Readonly<Vec3> = [0, 1, 0];

export interface GroundFrame {
  info: GroundInfo;
  /** Input frame → ground frame rotation (row-major). */
  rotation: Mat3;
  /** frames × 17 × 3, ground frame (Y up, Z body forward, X person's left), pelvis at origin. */
  poses: Float32Array;
  /** Per-frame facing azimuth in the up-aligned frame (rad, unwrapped; NaN when unusable). */
  facing: Float64Array;
  /** Azimuth of the direction towards the camera (input +z) in the up-aligned frame (rad). */
  cameraAzimuth: number;
  usable: boolean[];
}

/** Facing azimuth (rad) of frame f in a Y-up frame: forward = left × up, from hips and shoulders. */
export function facingAzimuth(p: ArrayLike<number>, f: number): number {
  const l1 = normalize(sub(jointAt(p, f, J.left_hip), jointAt(p, f, J.right_hip)));
  const l2 = normalize(sub(jointAt(p, f, J.left_shoulder), jointAt(p, f, J.right_shoulder)));
  const lat: Vec3 = [l1[0] + l2[0], 0, l1[2] + l2[2]];
  const fwd = cross(lat, [0, 1, 0]);
  return Math.atan2(fwd[0], fwd[2]);
}

/**
 * Builds the ground frame for a whole sequence. "Up" comes from the lifter's gravity head when the
 * sequence carries it and it is confident (ground-lifter.ts), else from the standing posture.
 */
export function groundFrame(pose: Float32Array, frames: number, usable: boolean[], t: Thresholds, gravity?: PoseSequence['gravity']): GroundFrame {
  const fromLifter = gravity ? lifterGroundInfo(gravity, usable) : null;
  const info = fromLifter ?? estimateUp(pose, usable, t);
  const level = fromLifter ? gravityAlignedRotation(info.up) : rotationBetween(info.up, [0, 1, 0]);
  const leveled = transformPoints(pose, level);
  const facing = new Float64Array(frames).fill(NaN);
  let prev = NaN;
  for (let f = 0; f < frames; f++) {
    if (!usable[f]) continue;
    let a = facingAzimuth(leveled, f);
    if (Number.isFinite(prev)) a = prev + Math.atan2(Math.sin(a - prev), Math.cos(a - prev));
    facing[f] = prev = a;
  }
  const heading = median(facing);
  const rotation = mulMat(rotY(-(Number.isFinite(heading) ? heading : 0)), level);
  const poses = transformPoints(pose, rotation);
  for (let f = 0; f < frames; f++) {
    const o = f * 51;
    const [px, py, pz] = [poses[o], poses[o + 1], poses[o + 2]];
    for (let k = 0; k < 51; k += 3) { poses[o + k] -= px; poses[o + k + 1] -= py; poses[o + k + 2] -= pz; }
  }
  const cam = applyMat(level, [0, 0, 1]);
  const cameraAzimuth = Math.hypot(cam[0], cam[2]) > 1e-6 ? Math.atan2(cam[0], cam[2]) : 0;
  return { info, rotation, poses, facing, cameraAzimuth, usable };
}
