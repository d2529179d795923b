/**
 * Forward lean (squat), judged as coaches do: the trunk against the shin. A squat is balanced when
 * the trunk stays about parallel to the shins (Myer et al. 2014, "The back squat: a proposed
 * assessment of functional deficits and technical factors", Strength Cond J 36:4–27), so a deep
 * squat with long femurs may lean far and still be fine; the fault is a trunk leaning well past
 * the shin angle (the chest dropping). Evidence: the 2D trunk (hip → shoulder midpoints) and shin
 * (ankle → knee) inclinations from the image vertical, levelled by the ground frame's roll and with
 * the forward component un-foreshortened by the camera yaw, averaged with the lifter's 3D trunk and
 * shin angles (MobiDev's spine-to-floor angle) when both are available.
 */
import { J } from '../body';
import { K, mid, nearSide, sagittalInclinationDeg, type Image2D } from '../image2d';
import { jointConfidence } from '../view';
import { lowHalf, mistakesFrom, repMask, type FaultContext } from './context';
import { elevationDeg } from '../../core/angle';
import { jointAt, sub } from '../../core/vec3';
import { GROUND_UP } from '../ground';
import type { Mistake } from '../types';

const TRUNK2D = [K.left_hip, K.right_hip, K.left_shoulder, K.right_shoulder];
const SPINE3D = [J.pelvis, J.left_hip, J.right_hip, J.thorax, J.left_shoulder, J.right_shoulder];

export interface LeanFrame { trunkDeg: number; shinDeg: number; from: '2d' | '3d' | '2d+3d' }

/** 2D trunk and shin inclinations from vertical (deg), or null. */
export function lean2d(img: Image2D, f: number, yawDeg: number, minScore: number): { trunkDeg: number; shinDeg: number } | null {
  if (!img.confident(f, TRUNK2D, minScore)) return null;
  const p = (j: number) => img.at(f, j);
  const trunk = sagittalInclinationDeg(mid(p(K.left_hip), p(K.right_hip)), mid(p(K.left_shoulder), p(K.right_shoulder)), yawDeg);
  const side = nearSide(img, f, [[K.left_knee, K.right_knee], [K.left_ankle, K.right_ankle]]);
  const [kn, an] = side === 0 ? [K.left_knee, K.left_ankle] : [K.right_knee, K.right_ankle];
  if (trunk === null || !img.confident(f, [kn, an], minScore)) return null;
  const shin = sagittalInclinationDeg(p(an), p(kn), yawDeg);
  return shin === null ? null : { trunkDeg: trunk, shinDeg: shin };
}

/** 3D trunk and shin inclinations from the ground frame's vertical (deg). */
export function lean3d(g: Float32Array, f: number): { trunkDeg: number; shinDeg: number } {
  const shin = (k: number, a: number) => 90 - elevationDeg(sub(jointAt(g, f, k), jointAt(g, f, a)), GROUND_UP);
  return { trunkDeg: 90 - elevationDeg(sub(jointAt(g, f, J.thorax), jointAt(g, f, J.pelvis)), GROUND_UP), shinDeg: (shin(J.left_knee, J.left_ankle) + shin(J.right_knee, J.right_ankle)) / 2 };
}

export function leanFrame(c: FaultContext, f: number): LeanFrame | null {
  const d3 = c.usable[f] ? lean3d(c.g, f) : null;
  const d2 = c.img ? lean2d(c.img, f, c.yaw[f], c.t.minJointScore) : null;
  if (d2 && d3) return { trunkDeg: (d2.trunkDeg + d3.trunkDeg) / 2, shinDeg: (d2.shinDeg + d3.shinDeg) / 2, from: '2d+3d' };
  if (d2) return { ...d2, from: '2d' };
  if (d3 && !c.img) return { ...d3, from: '3d' };
  return null;
}

export function forwardLeanMistakes(c: FaultContext, viewConf: (yawDeg: number) => number): Mistake[] {
  const { t } = c;
  const low = repMask(c, (r) => lowHalf(c, r));
  const n = c.tS.length;
  const frames: (LeanFrame | null)[] = new Array(n).fill(null);
  const bad = new Float64Array(n).fill(-Infinity);
  const flags = new Array<boolean>(n).fill(false);
  for (let f = c.from; f <= c.to; f++) {
    if (!low[f] || !c.usable[f]) continue;
    const l = (frames[f] = leanFrame(c, f));
    if (!l) continue;
    const excess = l.trunkDeg - l.shinDeg;
    bad[f] = excess - t.leanExcessDeg;
    flags[f] = excess > t.leanExcessDeg && l.trunkDeg > t.leanMinTrunkDeg;
  }
  const ev = frames.find((x) => x)?.from ?? '3d';
  return mistakesFrom(c, 'forward_lean', flags, bad, {
    evidence: ev,
    score: (f) => bad[f] / t.leanSevereExtraDeg,
    confidence: (f) => viewConf(c.yaw[f]) * jointConfidence(c.scores, f, SPINE3D),
    message: (f, where) => {
      const l = frames[f]!;
      return `The torso leans ${Math.round(l.trunkDeg)}° from vertical ${where}, ${Math.round(l.trunkDeg - l.shinDeg)}° more than the shins (${Math.round(l.shinDeg)}°); keep the chest up so the back stays about parallel to the shins.`;
    },
  });
}
