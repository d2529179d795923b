/**
 * Mocap bone ends → H36M-17 joints and COCO-17 3D keypoints (mapping from the data README).
 * H36M: pelvis = root; hips = end of l/rhipjoint; knees = end of l/rfemur; ankles = end of
 * l/rtibia; spine = end of upperback; thorax = end of thorax; neck (H36M "neck/nose") = end of
 * upperneck; head (top) = end of head; shoulders = end of l/rclavicle; elbows = end of
 * l/rhumerus; wrists = end of l/rradius.
 * COCO: nose/eyes/ears placed in the head frame; hips moved up and out (COCO annotators mark the
 * visible outer hip, which sits higher and wider than the hip joint centre).
 */
import { COCO_JOINTS, H36M_JOINTS, NUM_JOINTS, type CocoJoint, type H36mJoint } from '../core/skeleton';
import type { FkResult } from './fk';

export const H36M_FROM_BONE: Readonly<Record<H36mJoint, string>> = {
  pelvis: 'root', right_hip: 'rhipjoint', right_knee: 'rfemur', right_ankle: 'rtibia',
  left_hip: 'lhipjoint', left_knee: 'lfemur', left_ankle: 'ltibia', spine: 'upperback', thorax: 'thorax',
  neck: 'upperneck', head: 'head', left_shoulder: 'lclavicle', left_elbow: 'lhumerus', left_wrist: 'lradius',
  right_shoulder: 'rclavicle', right_elbow: 'rhumerus', right_wrist: 'rradius',
};

/** Face points relative to the head base (end of upperneck) in metres for a 0.10 m head bone:
 * [left, up, forward] in the head's rest frame (x left, y up, z forward), scaled by head length. */
export const FACE_OFFSETS: Readonly<Partial<Record<CocoJoint, readonly [number, number, number]>>> = {
  nose: [0, 0.06, 0.1],
  left_eye: [0.032, 0.09, 0.075], right_eye: [-0.032, 0.09, 0.075],
  left_ear: [0.075, 0.065, 0], right_ear: [-0.075, 0.065, 0],
};
/** COCO hip = hip centre + HIP_WIDEN·(hip − pelvis) + HIP_RAISE_M along the trunk (pelvis→spine). */
export const HIP_WIDEN = 0.25;
export const HIP_RAISE_M = 0.05;

type V = [number, number, number];
const sub = (a: V, b: V): V => [a[0] - b[0], a[1] - b[1], a[2] - b[2]];
const norm = (a: V): V => { const n = Math.hypot(a[0], a[1], a[2]) || 1; return [a[0] / n, a[1] / n, a[2] / n]; };
const dot = (a: V, b: V) => a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
const cross = (a: V, b: V): V => [a[1] * b[2] - a[2] * b[1], a[2] * b[0] - a[0] * b[2], a[0] * b[1] - a[1] * b[0]];

function boneIndex(fk: FkResult, name: string): number {
  const i = fk.names.indexOf(name);
  if (i < 0) throw new Error(`mocap skeleton has no bone '${name}' (needed for the 17-joint mapping)`);
  return i;
}

/** frames × 17 × 3 H36M joints (metres, mocap world frame). */
export function toH36m(fk: FkResult): Float32Array {
  const nb = fk.names.length;
  const src = H36M_JOINTS.map((j) => boneIndex(fk, H36M_FROM_BONE[j]));
  const out = new Float32Array(fk.frameCount * NUM_JOINTS * 3);
  for (let f = 0; f < fk.frameCount; f++) {
    for (let j = 0; j < NUM_JOINTS; j++) {
      for (let k = 0; k < 3; k++) out[(f * NUM_JOINTS + j) * 3 + k] = fk.positions[(f * nb + src[j]) * 3 + k];
    }
  }
  return out;
}

function facePoints(fk: FkResult, f: number, out: Float32Array, base: number): void {
  const nb = fk.names.length;
  const at = (i: number): V => { const o = (f * nb + i) * 3; return [fk.positions[o], fk.positions[o + 1], fk.positions[o + 2]]; };
  const headBone = boneIndex(fk, 'head');
  const neckEnd = at(boneIndex(fk, 'upperneck'));
  const axis = sub(at(headBone), neckEnd);
  const scale = Math.hypot(...axis) / 0.1;
  const up = norm(axis);
  const r = fk.rotations.subarray((f * nb + headBone) * 9, (f * nb + headBone) * 9 + 9);
  const fwdRaw: V = [r[2], r[5], r[8]];
  const fwd = norm(sub(fwdRaw, up.map((u) => u * dot(fwdRaw, up)) as V));
  const left = cross(up, fwd);
  COCO_JOINTS.forEach((name, j) => {
    const o = FACE_OFFSETS[name];
    if (!o) return;
    for (let k = 0; k < 3; k++) out[base + j * 3 + k] = neckEnd[k] + scale * (o[0] * left[k] + o[1] * up[k] + o[2] * fwd[k]);
  });
}

/** frames × 17 × 3 COCO keypoints in 3D (metres, mocap world frame), from FK and its H36M joints. */
export function toCoco3d(fk: FkResult, h36m: Float32Array): Float32Array {
  const out = new Float32Array(fk.frameCount * NUM_JOINTS * 3);
  const hj = (f: number, name: H36mJoint): V => {
    const o = (f * NUM_JOINTS + H36M_JOINTS.indexOf(name)) * 3;
    return [h36m[o], h36m[o + 1], h36m[o + 2]];
  };
  for (let f = 0; f < fk.frameCount; f++) {
    const base = f * NUM_JOINTS * 3;
    COCO_JOINTS.forEach((name, j) => {
      if ((H36M_JOINTS as readonly string[]).includes(name)) out.set(hj(f, name as H36mJoint), base + j * 3);
    });
    const pelvis = hj(f, 'pelvis');
    const trunkUp = norm(sub(hj(f, 'spine'), pelvis));
    for (const side of ['left_hip', 'right_hip'] as const) {
      const h = hj(f, side);
      const j = COCO_JOINTS.indexOf(side);
      for (let k = 0; k < 3; k++) out[base + j * 3 + k] = h[k] + HIP_WIDEN * (h[k] - pelvis[k]) + HIP_RAISE_M * trunkUp[k];
    }
    facePoints(fk, f, out, base);
  }
  return out;
}
