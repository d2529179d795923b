/** Per-frame body measurements on flat `frames × 17 × 3` H36M poses (metres). */
import { degrees } from '../core/angle';
import { H36M } from '../core/skeleton';
import { angleAt, dist, jointAt, type Vec3 } from '../core/vec3';
import { median } from './signal';

export const J = H36M;

/** Interior knee angles (deg, 180 = straight) of frame f: [left, right]. */
export function kneeAnglesDeg(p: ArrayLike<number>, f: number): [number, number] {
  const a = (h: number, k: number, an: number) =>
    degrees(angleAt(jointAt(p, f, h), jointAt(p, f, k), jointAt(p, f, an)));
  return [a(J.left_hip, J.left_knee, J.left_ankle), a(J.right_hip, J.right_knee, J.right_ankle)];
}

/** Interior hip angle (deg) between the trunk (hip→thorax) and the thigh (hip→knee), mean of sides. */
export function hipAngleDeg(p: ArrayLike<number>, f: number): number {
  const th = jointAt(p, f, J.thorax);
  const a = (h: number, k: number) => degrees(angleAt(th, jointAt(p, f, h), jointAt(p, f, k)));
  return (a(J.left_hip, J.left_knee) + a(J.right_hip, J.right_knee)) / 2;
}

/** Interior elbow angles (deg): [left, right]. */
export function elbowAnglesDeg(p: ArrayLike<number>, f: number): [number, number] {
  const a = (s: number, e: number, w: number) =>
    degrees(angleAt(jointAt(p, f, s), jointAt(p, f, e), jointAt(p, f, w)));
  return [a(J.left_shoulder, J.left_elbow, J.left_wrist), a(J.right_shoulder, J.right_elbow, J.right_wrist)];
}

const boneSum = (p: ArrayLike<number>, f: number, chain: number[]) => {
  let s = 0;
  for (let i = 1; i < chain.length; i++) s += dist(jointAt(p, f, chain[i - 1]), jointAt(p, f, chain[i]));
  return s;
};

export interface BodySize {
  /** Hip→knee→ankle bone length, mean of both legs, metres (median over frames). */
  legLength: number;
  /** Left hip to right hip, metres. */
  hipWidth: number;
  /** Ankle→knee→hip→pelvis→spine→thorax→neck→head bone chain, metres (≈ standing height). */
  height: number;
}

/** Pose-independent body size from bone lengths (medians over the finite frames). */
export function bodySize(p: ArrayLike<number>, frames: number): BodySize {
  const leg: number[] = [], hip: number[] = [], hgt: number[] = [];
  for (let f = 0; f < frames; f++) {
    const l = (boneSum(p, f, [J.left_hip, J.left_knee, J.left_ankle]) + boneSum(p, f, [J.right_hip, J.right_knee, J.right_ankle])) / 2;
    if (!Number.isFinite(l)) continue;
    leg.push(l);
    hip.push(dist(jointAt(p, f, J.left_hip), jointAt(p, f, J.right_hip)));
    hgt.push(l + boneSum(p, f, [J.pelvis, J.spine, J.thorax, J.neck, J.head]));
  }
  if (!leg.length) throw new Error('no finite 3D pose in the sequence: nothing to analyse');
  return { legLength: median(leg), hipWidth: median(hip), height: median(hgt) };
}

/** Midpoint of two joints. */
export function midJoint(p: ArrayLike<number>, f: number, a: number, b: number): Vec3 {
  const u = jointAt(p, f, a), v = jointAt(p, f, b);
  return [(u[0] + v[0]) / 2, (u[1] + v[1]) / 2, (u[2] + v[2]) / 2];
}
