/**
 * Streaming rep counter for live webcam use: `step(state, pose, tMs) → { state, event }`, pure (the
 * state is plain data, never mutated). Same ideas as the offline path (MobiDev's deadlift rep
 * counter: up/down phases of an extension signal; ours: a minimum range of motion as hysteresis so
 * noise makes no ghost reps, and the rep completes when the lifter returns towards the standing
 * level). The vertical is learnt on the fly from standing frames (see ./ground).
 */
import { elevationDeg, radians } from '../core/angle';
import { applyMat, axisAngle } from '../core/geometry';
import { add, dist, dot, jointAt, normalize, rejectFrom, scale, sub, type Vec3 } from '../core/vec3';
import { hipAngleDeg, J, kneeAnglesDeg, midJoint } from './body';
import { resolveThresholds, type Thresholds } from './thresholds';
import type { Exercise } from './types';

export interface RepCounterOptions { exercise?: Exercise; thresholds?: Partial<Thresholds> }

export interface RepEvent {
  /** 1-based rep number. */
  rep: number;
  /** Descent start (the last time the signal was near the top before this rep), seconds. */
  startS: number;
  bottomS: number;
  endS: number;
  /** Range of the signal in its units (squat: metres of hip travel; deadlift: degrees of spine). */
  rom: number;
}

export interface RepCounterState {
  readonly exercise: Exercise;
  readonly t: Thresholds;
  readonly up: Vec3;
  readonly upFrames: number;
  readonly legLength: number;
  readonly x: number;
  readonly lastS: number;
  readonly mode: 'start' | 'up' | 'down';
  readonly hi: number;
  readonly lo: number;
  readonly loS: number;
  /** Last time (s) the signal was within 10% of a minimum range of `hi` (≈ descent start). */
  readonly hiS: number;
  /** Value and time (s) of the last confirmed top (standing / lockout level), NaN before the first. */
  readonly topLevel: number;
  readonly topS: number;
  /** Bottom waiting for its ascent to complete (value, time), or null. */
  readonly pending: { value: number; s: number; descent: number; topS: number; feetGap: number } | null;
  /** Ankle height difference (m) at the current low point `lo`. */
  readonly loFeetGap: number;
  readonly count: number;
  /** Current movement phase for live display ('lowering' = eccentric for squats). */
  readonly phase: 'lowering' | 'rising' | 'still';
  /** Smoothed vertical speed of the signal, units/s. */
  readonly v: number;
}

export function createRepCounter(opts: RepCounterOptions = {}): RepCounterState {
  return {
    exercise: opts.exercise ?? 'squat', t: resolveThresholds(opts.thresholds), up: [0, 1, 0], upFrames: 0,
    legLength: NaN, x: NaN, lastS: NaN, mode: 'start', hi: -Infinity, hiS: 0, lo: Infinity, loS: 0, topLevel: NaN, topS: NaN, pending: null, count: 0, loFeetGap: 0,
    phase: 'still', v: 0,
  };
}

/** Running up estimate: mean of roll-corrected, lean-corrected body axes of standing frames. */
function updateUp(s: RepCounterState, p: Float32Array): { up: Vec3; upFrames: number } {
  const [kl, kr] = kneeAnglesDeg(p, 0);
  if (Math.min(kl, kr) < 145 || hipAngleDeg(p, 0) < 150) return { up: s.up, upFrames: s.upFrames };
  const a = midJoint(p, 0, J.left_ankle, J.right_ankle);
  const axis = normalize(add(normalize(sub(jointAt(p, 0, J.thorax), a)), normalize(sub(jointAt(p, 0, J.head), a))));
  const lat = normalize(add(normalize(sub(jointAt(p, 0, J.left_hip), jointAt(p, 0, J.right_hip))), normalize(sub(jointAt(p, 0, J.left_shoulder), jointAt(p, 0, J.right_shoulder)))));
  const v = applyMat(axisAngle(lat, radians(-s.t.standingLeanDeg)), normalize(rejectFrom(axis, lat)));
  const n = Math.min(s.upFrames + 1, 100);
  return { up: normalize(add(scale(s.up, (n - 1) / n), scale(v, 1 / n))), upFrames: s.upFrames + 1 };
}

function signal(ex: Exercise, p: Float32Array, up: Vec3): number {
  const pel = jointAt(p, 0, J.pelvis);
  if (ex === 'deadlift') {
    return elevationDeg(sub(jointAt(p, 0, J.thorax), pel), up);
  }
  return Math.min(dot(sub(pel, jointAt(p, 0, J.left_ankle)), up), dot(sub(pel, jointAt(p, 0, J.right_ankle)), up));
}

/** One frame: `pose` is 17×3 H36M metres (any y-up-ish frame), or null when no person was found. */
export function step(s: RepCounterState, pose: Float32Array | null, tMs: number): { state: RepCounterState; event: RepEvent | null } {
  if (!pose || pose.length < 51 || !pose.every(Number.isFinite)) return { state: s, event: null };
  const tS = tMs / 1000;
  const { up, upFrames } = updateUp(s, pose);
  const leg = (dist(jointAt(pose, 0, J.left_hip), jointAt(pose, 0, J.left_knee)) + dist(jointAt(pose, 0, J.left_knee), jointAt(pose, 0, J.left_ankle))
    + dist(jointAt(pose, 0, J.right_hip), jointAt(pose, 0, J.right_knee)) + dist(jointAt(pose, 0, J.right_knee), jointAt(pose, 0, J.right_ankle))) / 2;
  const legLength = Number.isFinite(s.legLength) ? s.legLength * 0.98 + leg * 0.02 : leg;
  const raw = signal(s.exercise, pose, up);
  const alpha = Number.isFinite(s.lastS) ? 1 - Math.exp(-(tS - s.lastS) / (s.t.smoothS / 2)) : 1;
  const x = Number.isFinite(s.x) ? s.x + alpha * (raw - s.x) : raw;
  const minRom = s.exercise === 'deadlift' ? s.t.deadliftMinRomDeg : s.t.liveSquatMinRomLeg * legLength;
  let { mode, hi, hiS, lo, loS, topLevel, pending, count, loFeetGap } = s;
  const feetGap = Math.abs(dot(sub(jointAt(pose, 0, J.left_ankle), jointAt(pose, 0, J.right_ankle)), up));
  let topS = s.topS;
  let event: RepEvent | null = null;
  if (x > hi) hi = x;
  if (mode !== 'down' && x >= hi - 0.1 * minRom) hiS = tS; // still near the top: descent not started
  if (x < lo) { lo = x; loS = tS; loFeetGap = feetGap; }
  if (mode !== 'down' && x < hi - minRom) { topLevel = hi; topS = hiS; mode = 'down'; lo = x; loS = tS; loFeetGap = feetGap; pending = null; }
  else if (mode !== 'up' && x > lo + minRom) {
    const descent = Number.isFinite(topLevel) ? topLevel - lo : 0;
    pending = { value: lo, s: loS, descent, topS, feetGap: loFeetGap };
    mode = 'up'; hi = x; hiS = tS;
  }
  if (pending && mode === 'up') {
    const level = Number.isFinite(topLevel) ? Math.max(topLevel, hi) : hi;
    const back = x >= level - s.t.topReturnFrac * (level - pending.value) && x - pending.value >= minRom;
    const descended = s.exercise === 'deadlift' || pending.descent >= minRom;
    // Gait makes quick hip dips: a rep that descended from a top must last minRepS.
    const long = !(pending.descent > 0) || tS - pending.topS >= s.t.minRepS;
    const feetDown = pending.feetGap <= s.t.feetLevelMaxLeg * legLength;
    if (back && descended && long && feetDown) {
      count += 1;
      event = { rep: count, startS: Number.isFinite(pending.topS) ? Math.min(pending.topS, pending.s) : pending.s, bottomS: pending.s, endS: tS, rom: x - pending.value };
      pending = null;
    }
  }
  // Phase: smoothed speed against a dead band of 30% of the minimum range per second.
  const dt = Number.isFinite(s.lastS) ? tS - s.lastS : 0;
  const v = dt > 0 && Number.isFinite(s.x) ? s.v + alpha * ((x - s.x) / dt - s.v) : 0;
  const phase = v > 0.3 * minRom ? 'rising' : v < -0.3 * minRom ? 'lowering' : 'still';
  return { state: { ...s, up, upFrames, legLength, x, lastS: tS, mode, hi, hiS, lo, loS, topLevel, topS, pending, count, phase, v, loFeetGap }, event };
}
