/**
 * Live form cues, decided once per completed rep by the review's own checks (issue 11): the live
 * frames (2D keypoints + causal 3D) of the last few seconds are kept, and when the rep counter
 * completes a rep its window goes through `repFaults` — the same grounding, view rules (`checks[]`:
 * no valgus cue from the side, no lean cue from the front, …) and fault functions (2D FPPA valgus,
 * lean against the shin, depth, …) as `analyze()`. The cue is that rep's worst finding, with the
 * review's sentence; it stays up for `holdS` or until the next rep is judged, and goes at once when
 * the person leaves the frame.
 */
import type { Person2D } from '../core/types';
import { h36mScores } from '../analysis/h36m-scores';
import { step, type RepCounterState, type RepEvent } from '../analysis/repCounter';
import { repFaults, type RepSpan, type RepVerdict } from '../analysis/repFaults';
import type { Thresholds } from '../analysis/thresholds';
import type { Check, Exercise, Mistake, MistakeKind, PoseSequence, Severity, ViewInfo } from '../analysis/types';

export type LiveCueKind = MistakeKind;

export interface LiveCue {
  kind: LiveCueKind;
  /** 0..1 (the finding's `score`: 0 = just over the threshold, 1 = severe). */
  severity: number;
  level: Severity;
  /** The review's sentence for this finding. */
  message: string;
  /** 1-based rep the cue is about. */
  rep: number;
  /**
   * The view lets this check be judged (`checked`). False for a finding of a `low_confidence` check:
   * the app shows it as a quiet "possible" line, never the red banner or the spoken cue.
   */
  sure: boolean;
}

/** What the last judged rep was judged from (the `window.__coachLive` hook shows it). */
export interface CueView {
  rep: number;
  yawDeg: number;
  label: ViewInfo['label'];
  checks: Check[];
  mistakes: Mistake['kind'][];
}

/** One live frame as the cue path keeps it. */
export interface CueFrame {
  /** Frame time, seconds. */
  tS: number;
  /** 17×3 H36M metres, lifter camera axes (x right, y up, z towards the viewer), root-relative; null = no confident person. */
  pose: Float32Array | null;
  /** 17 × [x px, y px down, score], COCO order (51 numbers); null = no person. */
  keypoints2d: ArrayLike<number> | null;
  /** 17 per-H36M-joint confidences 0..1 (`h36mScores`). */
  scores: ArrayLike<number>;
}

export interface CueOptions {
  /** Seconds of frames kept (enough for a slow rep and the standing before it). */
  bufferS?: number;
  /** Standing time judged with the rep (its baseline: neutral back, heel height, thigh length), seconds. */
  leadS?: number;
  /** Keep a cue on screen this long after its rep was judged (s). */
  holdS?: number;
}

const BUFFER_S = 12;
const LEAD_S = 1.5;
const HOLD_S = 4;

/**
 * The frames in [fromS, toS] of `buf` as a `PoseSequence` (missing poses/keypoints = NaN); its
 * nominal frame rate is the window's mean (the camera's rate, less the frames the loop skipped).
 */
export function windowSequence(buf: readonly CueFrame[], fromS: number, toS: number): PoseSequence {
  const fr = buf.filter((f) => f.tS >= fromS - 1e-6 && f.tS <= toS + 1e-6);
  const n = fr.length;
  const span = n > 1 ? fr[n - 1].tS - fr[0].tS : 0;
  const fps = span > 0 ? (n - 1) / span : 30;
  const pose3d = new Float32Array(n * 51).fill(NaN), keypoints2d = new Float32Array(n * 51).fill(NaN), scores = new Float32Array(n * 17);
  fr.forEach((f, i) => {
    if (f.pose) pose3d.set(f.pose.subarray(0, 51), i * 51);
    if (f.keypoints2d) for (let k = 0; k < 51; k++) keypoints2d[i * 51 + k] = f.keypoints2d[k];
    for (let j = 0; j < 17; j++) scores[i * 17 + j] = f.pose ? f.scores[j] : 0;
  });
  return { fps, frames: n, tMs: fr.map((f) => f.tS * 1000), pose3d, scores, keypoints2d };
}

/**
 * The worst finding (highest score × confidence) as a cue, or null; a finding of a check this view
 * judges (`checked`) goes before any of a `low_confidence` one — a cue in the middle of a set must be
 * one the camera angle can back up.
 */
export function cueOf(mistakes: readonly Mistake[], rep: number, checks: readonly Check[]): LiveCue | null {
  const sure = (m: Mistake) => checks.find((c) => c.kind === m.kind)?.status === 'checked';
  const m = [...mistakes].sort((a, b) => Number(sure(b)) - Number(sure(a)) || b.score * b.confidence - a.score * a.confidence)[0];
  return m ? { kind: m.kind, severity: m.score, level: m.severity, message: m.message, rep, sure: sure(m) } : null;
}

/** Keeps the live frames and turns each completed rep into the review's findings and one cue. */
export class RepCoach {
  private buf: CueFrame[] = [];
  private cue: LiveCue | null = null;
  private cueS = NaN;
  /** The last judged rep (view, checks, findings), null before the first. */
  view: CueView | null = null;
  /** Every finding so far, as the review would list them. */
  readonly mistakes: Mistake[] = [];

  constructor(private readonly exercise: Exercise, private readonly t: Thresholds, private readonly o: CueOptions = {}) {}

  /** Adds one frame; returns the cue to show now. A frame without a confident person clears the cue. */
  push(f: CueFrame): LiveCue | null {
    this.buf.push(f);
    const keep = f.tS - (this.o.bufferS ?? BUFFER_S);
    let drop = 0;
    while (drop < this.buf.length && this.buf[drop].tS < keep) drop++;
    if (drop) this.buf.splice(0, drop);
    if (!f.pose) this.cue = null;
    if (this.cue && f.tS - this.cueS > (this.o.holdS ?? HOLD_S)) this.cue = null;
    return this.cue;
  }

  /** A rep completed (`rep.endS` = the last pushed frame): judges it and returns its verdict. */
  judge(rep: RepSpan): RepVerdict | null {
    const from = rep.startS - (this.o.leadS ?? LEAD_S);
    const seq = windowSequence(this.buf, from, rep.endS);
    if (seq.frames < 3) return null;
    const v = repFaults(seq, rep, this.exercise, this.t);
    if (!v) return null;
    this.mistakes.push(...v.mistakes);
    this.cue = cueOf(v.mistakes, rep.number, v.checks);
    this.cueS = rep.endS;
    this.view = { rep: rep.number, yawDeg: v.view.yawDeg, label: v.view.label, checks: v.checks, mistakes: v.mistakes.map((m) => m.kind) };
    return v;
  }

  get current(): LiveCue | null { return this.cue; }
}

/** COCO-17 body keypoints (shoulders, hips, knees, ankles) a live rep or cue needs to see. */
const BODY_KEYPOINTS = [5, 6, 11, 12, 13, 14, 15, 16];

/**
 * A confident person in view (issue 11 item 6): at least 6 of the 8 body keypoints (shoulders, hips,
 * knees, ankles) at or above `minJointScore`, their median score ≥ 0.5, and a body whose box
 * diagonal is at least 15% of the frame's height. MoveNet always returns *a* pose; on an empty room
 * it is a low-scored scatter, which must not count reps or trigger cues. `keypoints2d`: 17 × [x px,
 * y px, score], COCO order.
 */
export function confidentPerson(keypoints2d: readonly (readonly number[])[], frameHeightPx: number, t: Pick<Thresholds, 'minJointScore'>): boolean {
  if (keypoints2d.length !== 17) return false;
  const pts = BODY_KEYPOINTS.map((j) => keypoints2d[j]);
  const sc = pts.map((k) => (Number.isFinite(k[2]) ? k[2] : 0)).sort((a, b) => a - b);
  if (sc.filter((v) => v >= t.minJointScore).length < 6 || (sc[3] + sc[4]) / 2 < 0.5) return false;
  const seen = pts.filter((k) => k[2] >= t.minJointScore);
  const xs = seen.map((k) => k[0]), ys = seen.map((k) => k[1]);
  // The box's diagonal, not its height: a deep squat or a deadlift set-up seen from the side is short but wide.
  return Math.hypot(Math.max(...xs) - Math.min(...xs), Math.max(...ys) - Math.min(...ys)) >= 0.15 * frameHeightPx;
}

const NO_SCORES = new Float32Array(17);

/** One live frame after the 2D detect and the 3D lift. */
export interface LiveInput {
  tMs: number;
  /** The tracked person (COCO-17 px, image axes), or null. */
  person: Person2D | null;
  /** The causal lifter's pose (17×3 H36M metres, camera axes, root-relative), or null. */
  pose3d: Float32Array | null;
  /** Frame height, px (a person must fill part of it). */
  heightPx: number;
}

/**
 * The live decision for one frame: gate on a confident person (no rep, no cue without one), step the
 * rep counter, keep the frame, and judge a rep the moment it completes. `rc` is returned new; `coach`
 * keeps its frames. The live loop and the tests run this same function.
 */
export function liveStep(rc: RepCounterState, coach: RepCoach, f: LiveInput, t: Thresholds): { rc: RepCounterState; usable: Float32Array | null; event: RepEvent | null; cue: LiveCue | null } {
  const kp = f.person?.keypoints2d;
  const usable = f.pose3d && kp && confidentPerson(kp, f.heightPx, t) ? f.pose3d : null;
  const { state, event } = step(rc, usable, f.tMs);
  const flat = usable && kp ? Float32Array.from(kp.flatMap((k) => [k[0], k[1], k[2]])) : null;
  let cue = coach.push({ tS: f.tMs / 1000, pose: usable, keypoints2d: flat, scores: usable && kp ? h36mScores(kp) : NO_SCORES });
  if (event) {
    coach.judge({ number: event.rep, startS: event.startS, bottomS: event.bottomS, endS: event.endS });
    cue = coach.current;
  }
  return { rc: state, usable, event, cue };
}
