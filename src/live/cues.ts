/**
 * Live form cues, decided one frame at a time (pure: state in, state out, no clocks).
 * Same rules and gates as the offline analyzers (`src/analysis/faults/`): forward lean after
 * MobiDev's spine-angle rule (spine-to-floor angle below `forwardLeanDeg` inside a rep), knee valgus
 * after MobiDev's frontal-plane knee rule (knee medial of its ankle by `valgusRatio` hip widths with
 * the knee bent); each only when the view suits it (`VIEW_NEEDS`, "Frontal Perspective Error") and the
 * joints are scored well; a fault must last `minMistakeS` before it is cued. Squats only, as offline.
 */
import { degrees, elevationDeg } from '../core/angle';
import { applyMat, rotationBetween, transformPoints, wrapAngle } from '../core/geometry';
import { jointAt, normalize, sub, type Vec3 } from '../core/vec3';
import { J } from '../analysis/body';
import { facingAzimuth } from '../analysis/ground';
import { valgusFrame } from '../analysis/valgus';
import { jointConfidence, VIEW_NEEDS } from '../analysis/view';
import type { Thresholds } from '../analysis/thresholds';
import type { Exercise } from '../analysis/types';

export type LiveCueKind = 'forward_lean' | 'knee_valgus';

export interface LiveCue {
  kind: LiveCueKind;
  /** 0..1, scaled like the offline analyzers' severity. */
  severity: number;
}

export interface CueInput {
  /** 17×3 H36M metres, lifter camera axes (x right, y up, z towards the viewer), root-relative. */
  pose: Float32Array;
  /** 17 per-H36M-joint confidences 0..1 (from the 2D scores via `h36mScores`). */
  scores: ArrayLike<number>;
  /** Unit "up" vector in the same axes (the rep counter learns it from standing frames). */
  up: Vec3;
  /** Standing frames behind `up`; cues wait until it is learnt. */
  upFrames: number;
  /** True while the rep counter is between a descent start and the rep's completion. */
  inRep: boolean;
  exercise: Exercise;
  /** Frame time, seconds. */
  tS: number;
}

export interface CueState {
  /** Smoothed camera yaw as a unit vector [cos, sin] (0° = camera in front of the person). */
  readonly yawCos: number;
  readonly yawSin: number;
  readonly spineDeg: number;
  readonly lastS: number;
  /** When each fault's condition started holding (s), NaN when it does not hold. */
  readonly leanSinceS: number;
  readonly valgusSinceS: number;
  /** The cue on screen and when its condition last held (s). */
  readonly cue: LiveCue | null;
  readonly cueSeenS: number;
}

export interface CueView {
  yawDeg: number;
  spineDeg: number;
  spineConfidence: number;
  valgusConfidence: number;
  /** Worst bent-knee valgus ratio this frame (hip widths), NaN when no knee is bent enough. */
  valgusRatio: number;
}

export interface CueOptions {
  /** Keep a cue on screen this long after its condition stopped (s). */
  holdS?: number;
  /** Standing frames needed before the vertical is trusted. */
  minUpFrames?: number;
}

const SPINE_JOINTS = [J.pelvis, J.left_hip, J.right_hip, J.thorax, J.left_shoulder, J.right_shoulder];
const LEG_JOINTS = [J.left_hip, J.right_hip, J.left_knee, J.right_knee, J.left_ankle, J.right_ankle];
/** Smoothing time constants (s): yaw over ~0.5 s like the offline view estimate, spine over ~5 frames. */
const YAW_TAU_S = 0.25;
const SPINE_TAU_S = 0.08;

export function createCueState(): CueState {
  return { yawCos: NaN, yawSin: NaN, spineDeg: NaN, lastS: NaN, leanSinceS: NaN, valgusSinceS: NaN, cue: null, cueSeenS: NaN };
}

/** Camera yaw (rad) of one pose: the body's facing azimuth minus the azimuth towards the camera, both in the up-levelled frame. */
export function cameraYawRad(pose: Float32Array, up: Vec3): { yaw: number; levelled: Float32Array } {
  const level = rotationBetween(normalize(up), [0, 1, 0]);
  const levelled = transformPoints(pose, level);
  const cam = applyMat(level, [0, 0, 1]);
  const camAz = Math.hypot(cam[0], cam[2]) > 1e-6 ? Math.atan2(cam[0], cam[2]) : 0;
  return { yaw: wrapAngle(facingAzimuth(levelled, 0) - camAz), levelled };
}

/** Spine (pelvis→thorax) angle above the floor plane whose normal is `up`, degrees (90 = upright). */
export function spineAboveFloorDeg(pose: Float32Array, up: Vec3): number {
  return elevationDeg(sub(jointAt(pose, 0, J.thorax), jointAt(pose, 0, J.pelvis)), up);
}

const ema = (prev: number, x: number, a: number) => (Number.isFinite(prev) ? prev + a * (x - prev) : x);
const clamp01 = (x: number) => Math.max(0, Math.min(1, x));

/** Per-frame view and measurements (smoothed state updated). */
function measure(s: CueState, f: CueInput, t: Thresholds): { next: CueState; view: CueView } {
  const dt = Number.isFinite(s.lastS) ? Math.max(0, f.tS - s.lastS) : Infinity;
  const { yaw, levelled } = cameraYawRad(f.pose, f.up);
  const ay = 1 - Math.exp(-dt / YAW_TAU_S);
  const yawCos = ema(s.yawCos, Math.cos(yaw), ay), yawSin = ema(s.yawSin, Math.sin(yaw), ay);
  const yawDeg = degrees(Math.atan2(yawSin, yawCos));
  const spineDeg = ema(s.spineDeg, spineAboveFloorDeg(f.pose, f.up), 1 - Math.exp(-dt / SPINE_TAU_S));
  const v = valgusFrame(levelled, 0);
  const bent = [v.kneeDeg[0] < t.valgusKneeFlexedDeg, v.kneeDeg[1] < t.valgusKneeFlexedDeg];
  const ratio = Math.max(bent[0] ? v.ratio[0] : -Infinity, bent[1] ? v.ratio[1] : -Infinity);
  const scores = Float32Array.from(f.scores);
  const view: CueView = {
    yawDeg, spineDeg,
    spineConfidence: VIEW_NEEDS.spine_angle.confidence(yawDeg) * jointConfidence(scores, 0, SPINE_JOINTS),
    valgusConfidence: VIEW_NEEDS.knee_valgus.confidence(yawDeg) * jointConfidence(scores, 0, LEG_JOINTS),
    valgusRatio: Number.isFinite(ratio) ? ratio : NaN,
  };
  return { next: { ...s, yawCos, yawSin, spineDeg, lastS: f.tS }, view };
}

/** COCO-17 body keypoints (shoulders, hips, knees, ankles) a live rep or cue needs to see. */
const BODY_KEYPOINTS = [5, 6, 11, 12, 13, 14, 15, 16];

/**
 * A confident person in view (issue 11 item 6): at least 6 of the 8 body keypoints (shoulders, hips,
 * knees, ankles) at or above `minJointScore`, their median score ≥ 0.5, and a body at least 15% of the
 * frame tall. MoveNet always returns *a* pose; on an empty room it is a low-scored scatter, which must
 * not count reps or trigger cues. `keypoints2d`: 17 × [x px, y px, score], COCO order.
 */
export function confidentPerson(keypoints2d: readonly (readonly number[])[], frameHeightPx: number, t: Pick<Thresholds, 'minJointScore'>): boolean {
  if (keypoints2d.length !== 17) return false;
  const pts = BODY_KEYPOINTS.map((j) => keypoints2d[j]);
  const sc = pts.map((k) => (Number.isFinite(k[2]) ? k[2] : 0)).sort((a, b) => a - b);
  if (sc.filter((v) => v >= t.minJointScore).length < 6 || (sc[3] + sc[4]) / 2 < 0.5) return false;
  const ys = pts.filter((k) => k[2] >= t.minJointScore).map((k) => k[1]);
  return Math.max(...ys) - Math.min(...ys) >= 0.15 * frameHeightPx;
}

/** One frame → the cue to show now (or null), with the view it was judged from. No pose (no confident person) = no cue. */
export function stepCue(s: CueState, f: CueInput, t: Thresholds, o: CueOptions = {}): { state: CueState; cue: LiveCue | null; view: CueView | null } {
  if (f.pose.length < 51 || !f.pose.every(Number.isFinite)) return { state: { ...s, cue: null, leanSinceS: NaN, valgusSinceS: NaN }, cue: null, view: null };
  const { next, view } = measure(s, f, t);
  const ready = f.exercise === 'squat' && f.upFrames >= (o.minUpFrames ?? 10);
  const lean = ready && f.inRep && view.spineConfidence >= t.minMistakeConfidence && view.spineDeg < t.forwardLeanDeg;
  const valgus = ready && view.valgusConfidence >= t.minMistakeConfidence && view.valgusRatio > t.valgusRatio;
  const leanSinceS = lean ? (Number.isFinite(s.leanSinceS) ? s.leanSinceS : f.tS) : NaN;
  const valgusSinceS = valgus ? (Number.isFinite(s.valgusSinceS) ? s.valgusSinceS : f.tS) : NaN;
  const held = (since: number) => Number.isFinite(since) && f.tS - since >= t.minMistakeS;
  const now: LiveCue[] = [];
  if (held(leanSinceS)) now.push({ kind: 'forward_lean', severity: clamp01((t.forwardLeanDeg - view.spineDeg) / t.forwardLeanSevereDropDeg) });
  if (held(valgusSinceS)) now.push({ kind: 'knee_valgus', severity: clamp01((view.valgusRatio - t.valgusRatio) / (t.valgusSevereRatio - t.valgusRatio)) });
  const worst = now.sort((a, b) => b.severity - a.severity)[0] ?? null;
  const state: CueState = { ...next, leanSinceS, valgusSinceS, cue: worst ?? s.cue, cueSeenS: worst ? f.tS : s.cueSeenS };
  return { state, cue: worst ?? expire(state, f.tS, o), view };
}

/** The held cue while it is younger than `holdS` (default 1.5 s), else null. */
function expire(s: CueState, tS: number, o: CueOptions): LiveCue | null {
  return s.cue && tS - s.cueSeenS <= (o.holdS ?? 1.5) ? s.cue : null;
}
