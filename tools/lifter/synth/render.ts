/**
 * Renders a parametric exercise on a corpus skeleton through the mocap FK (src/mocap), plants
 * the feet on the floor, places the arms by IK, and returns a MocapClip-like record.
 */
import type { AmcMotion } from '../../../src/mocap/amc';
import type { AsfSkeleton } from '../../../src/mocap/asf';
import type { MocapClip } from '../../../src/mocap/clip';
import { forwardKinematics, type FkResult } from '../../../src/mocap/fk';
import { toCoco3d, toH36m } from '../../../src/mocap/joints';
import { armTarget, twoLinkIk, type BodyFrame } from './arms';
import { exerciseFrames, type ExerciseKind, type MotionFrame } from './motions';
import { poseChannels } from './pose';
import type { Rng } from '../../../src/core/rng';

type V = [number, number, number];
const ANKLE_HEIGHT_M = 0.09;

function toMotion(skel: AsfSkeleton, frames: MotionFrame[]): AmcMotion {
  const per = frames.map((f) => poseChannels(skel, f.pose));
  const channels = new Map<string, Float64Array>();
  const dofCount = new Map<string, number>();
  for (const bone of per[0].keys()) {
    const n = per[0].get(bone)!.length;
    const arr = new Float64Array(frames.length * n);
    per.forEach((ch, i) => arr.set(ch.get(bone)!, i * n));
    channels.set(bone, arr);
    dofCount.set(bone, n);
  }
  return { frameCount: frames.length, channels, dofCount };
}

const getP = (fk: FkResult, f: number, bone: string): V => {
  const o = (f * fk.names.length + fk.names.indexOf(bone)) * 3;
  return [fk.positions[o], fk.positions[o + 1], fk.positions[o + 2]];
};
const setP = (fk: FkResult, f: number, bone: string, v: V) => fk.positions.set(v, (f * fk.names.length + fk.names.indexOf(bone)) * 3);

/** Shifts each frame so the planted ankle(s) stay at the first frame's floor spot. */
function plantFeet(fk: FkResult, frames: MotionFrame[]): void {
  const nb = fk.names.length;
  const anchor = (f: number): V => {
    const l = getP(fk, f, 'ltibia');
    if (frames[f].plant === 'left') return l;
    const r = getP(fk, f, 'rtibia');
    return [(l[0] + r[0]) / 2, (l[1] + r[1]) / 2, (l[2] + r[2]) / 2];
  };
  const a0 = anchor(0);
  for (let f = 0; f < fk.frameCount; f++) {
    const a = anchor(f);
    const lowest = Math.min(getP(fk, f, 'ltibia')[1], getP(fk, f, 'rtibia')[1]) - a[1];
    const d: V = [a0[0] - a[0], ANKLE_HEIGHT_M - a[1] - Math.min(lowest, 0), a0[2] - a[2]];
    for (let j = 0; j < nb; j++) for (let k = 0; k < 3; k++) fk.positions[(f * nb + j) * 3 + k] += d[k];
  }
}

function placeArms(fk: FkResult, skel: AsfSkeleton, frames: MotionFrame[]): void {
  const len = (b: string) => (skel.bones.find((x) => x.name === b)?.length ?? 0) * skel.metresPerUnit;
  const thorax = fk.names.indexOf('thorax');
  for (let f = 0; f < fk.frameCount; f++) {
    const m = frames[f];
    const h = (m.pose.heading * Math.PI) / 180;
    const root = getP(fk, f, 'root');
    const th = getP(fk, f, 'thorax');
    const upRaw: V = [th[0] - root[0], th[1] - root[1], th[2] - root[2]];
    const n = Math.hypot(...upRaw);
    const up: V = [upRaw[0] / n, upRaw[1] / n, upRaw[2] / n];
    const r = fk.rotations.subarray((f * fk.names.length + thorax) * 9);
    const trunkFwd: V = [r[2], r[5], r[8]];
    for (const [s, sign] of [['l', 1], ['r', -1]] as const) {
      const outward: V = [sign * Math.cos(h), 0, -sign * Math.sin(h)];
      const fwd: V = m.arms === 'backbar' ? trunkFwd : [Math.sin(h), 0, Math.cos(h)];
      const body: BodyFrame = { shoulder: getP(fk, f, `${s}clavicle`), hip: getP(fk, f, `${s}hipjoint`), up, forward: fwd, outward };
      const upper = len(`${s}humerus`);
      const fore = len(`${s}radius`);
      const { target, pole } = armTarget(m.arms, body, upper + fore, m.armSpread, m.armReach);
      const { elbow, wrist } = twoLinkIk(body.shoulder, target, upper, fore, pole);
      setP(fk, f, `${s}humerus`, elbow);
      setP(fk, f, `${s}radius`, wrist);
    }
  }
}

/** One parametric set on `skel` at 120 fps (the corpus rate). */
export function renderExercise(kind: ExerciseKind, skel: AsfSkeleton, subject: string, r: Rng, name: string): MocapClip {
  const frames = exerciseFrames(kind, r, 120);
  const fk = forwardKinematics(skel, toMotion(skel, frames));
  plantFeet(fk, frames);
  placeArms(fk, skel, frames);
  const h36m = toH36m(fk);
  return { name, subject, fps: 120, frameCount: frames.length, h36m, coco3d: toCoco3d(fk, h36m) };
}
