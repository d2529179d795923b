/**
 * `analyze()`: the whole analysis of one pose sequence → the result JSON's `analysis` object
 * (flow after MobiDev's "How To Implement 3D Human Pose Estimation System In AI Fitness Apps":
 * cut to the active part, decompose into phases, search for common mistakes, report statistics).
 */
import { barbellSets } from './active';
import { J } from './body';
import { detectExercise } from './detect';
import type { FrameSignals } from './features';
import { grounded } from './grounded';
import { checksFor } from './checks';
import { faultMistakes } from './faults';
import { image2d } from './image2d';
import { repStats } from './repStats';
import { segmentReps, type RepFrames } from './reps';
import { median, smooth } from './signal';
import { resolveThresholds } from './thresholds';
import type { Analysis, AnalyzeOptions, PoseSequence } from './types';
import { trimWindow, validateSequence } from './validate';
import { jointConfidence, summariseView, VIEW_NEEDS } from './view';
import { viewWarnings } from './warnings';
import { recogniseOtherActivity } from './unknown-exercise';
import type { Mat3 } from '../core/geometry';

const SPINE_JOINTS = [J.pelvis, J.left_hip, J.right_hip, J.thorax, J.left_shoulder, J.right_shoulder];
const LEG_JOINTS = [J.left_hip, J.right_hip, J.left_knee, J.right_knee, J.left_ankle, J.right_ankle];

export function analyze(seq: PoseSequence, opts: AnalyzeOptions = {}): Analysis {
  return analyzeDetailed(seq, opts).analysis;
}

/** `analyze()` plus the intermediate data other analyzers reuse (comparison, viewers). */
export interface DetailedAnalysis {
  analysis: Analysis;
  /** frames × 17 × 3 ground-frame poses (Y up, Z body forward, X person's left, pelvis at origin). */
  ground: Float32Array;
  /** The rotation (row-major) that took the input (lifter camera axes) into `ground`: places other things, e.g. other people, in the same frame. */
  groundRotation: Mat3;
  repFrames: RepFrames[];
  signals: FrameSignals;
  legLength: number;
  usable: boolean[];
}

export function analyzeDetailed(seq: PoseSequence, opts: AnalyzeOptions = {}): DetailedAnalysis {
  validateSequence(seq);
  const t = resolveThresholds(opts.thresholds);
  const { frames, fps, scores } = seq;
  const gr = grounded(seq, t);
  if (!gr) throw new Error('no frame has a complete, confident 3D pose: nothing to analyse');
  const { tS, usable, g, body, sig, yaw } = gr;
  const [from, to] = trimWindow(tS, opts.trim);

  const view = summariseView(yaw.slice(from, to + 1));
  const spineConf = Array.from({ length: frames }, (_, f) => (usable[f] ? VIEW_NEEDS.spine_angle.confidence(yaw[f]) * jointConfidence(scores, f, SPINE_JOINTS) : 0));
  const valgusConf = Array.from({ length: frames }, (_, f) => (usable[f] ? VIEW_NEEDS.knee_valgus.confidence(yaw[f]) * jointConfidence(scores, f, LEG_JOINTS) : 0));
  // Light temporal smoothing (5 frames at 30 fps) against per-frame lifter jitter.
  const spineSm = smooth(sig.spineDeg, Math.max(1, Math.round(fps / 15)));
  const spineAngleDeg = Array.from(spineSm, (s, f) => (spineConf[f] >= t.minConfidence && usable[f] && Number.isFinite(s) ? Math.round(s * 10) / 10 : null));

  const guess = opts.exercise && opts.exercise !== 'auto'
    ? { exercise: opts.exercise, confidence: 1 }
    : detectExercise(g.poses, sig, body.legLength, from, to, fps, t);
  let exercise = guess.exercise;
  // Push-ups, lunges, jumping jacks, walking: not counted as squats unless the user chose the exercise.
  const other = opts.exercise && opts.exercise !== 'auto' ? null
    : recogniseOtherActivity({ raw: seq.pose3d, ground: g.poses, usable, from, to, legLength: body.legLength });
  if (other) exercise = 'unknown';
  const isDl = exercise === 'deadlift';
  const signal = isDl ? sig.spineDeg : sig.hipHeight;
  const seg = segmentReps(signal.slice(from, to + 1), {
    fps, thresholds: t, needDescent: !isDl,
    minRom: isDl ? t.deadliftMinRomDeg : t.squatMinRomLeg * body.legLength,
  });
  const feetDown = (f: number) => median(sig.ankleGap.slice(Math.max(0, f - 3), f + 4)) <= t.feetLevelMaxLeg * body.legLength;
  const repFrames: RepFrames[] = exercise === 'unknown' ? [] : seg.reps
    .map((r) => ({ start: r.start + from, bottom: r.bottom + from, top: r.top + from, end: r.end + from }))
    .filter((r) => feetDown(r.bottom)); // squats and deadlifts keep both feet on the floor
  // A detected (not user-chosen) exercise without a single completed rep is no exercise.
  const userChose = !!opts.exercise && opts.exercise !== 'auto';
  if (!userChose && !repFrames.length) exercise = 'unknown';
  const proxy = isDl ? sig.wristHeight : sig.hipHeight;
  const reps = repFrames.map((r) => repStats(r, { tS, fps, proxyHeight: proxy, spineDeg: sig.spineDeg, kneeMinDeg: sig.kneeMinDeg }));

  const active = activeSpan(opts, g.poses, tS, from, to, repFrames, exercise, body.height, t, scores);
  const img = seq.keypoints2d ? image2d(seq.keypoints2d, g.info.up) : null;
  const viewOut = { ...view, yawDeg: Math.round(view.yawDeg), yawSpreadDeg: Math.round(view.yawSpreadDeg) };
  const checks = checksFor({ exercise, view: viewOut, has2d: !!img });
  const mistakes = exercise === 'unknown' ? [] : faultMistakes({
    exercise, g: g.poses, tS, fps, reps: repFrames, t, from, to, yaw, view: viewOut, sig, usable, img, scores, legLength: body.legLength,
  }, checks);

  const win = (c: number[]) => median(c.slice(from, to + 1));
  const analyzers = [
    { name: 'reps', needsView: VIEW_NEEDS.reps.needsView, confidence: round2(usable.slice(from, to + 1).filter(Boolean).length / (to - from + 1)) },
    { name: 'spine_angle', needsView: VIEW_NEEDS.spine_angle.needsView, confidence: round2(win(spineConf)) },
    { name: 'knee_valgus', needsView: VIEW_NEEDS.knee_valgus.needsView, confidence: round2(win(valgusConf)) },
  ];
  const analysis: Analysis = {
    exercise,
    exerciseSource: userChose ? 'user' : 'detected',
    exerciseConfidence: exercise === 'unknown' ? 0 : round2(guess.confidence),
    active,
    repCount: reps.length,
    reps,
    spineAngleDeg,
    mistakes,
    checks,
    viewWarnings: [
      ...(other ? [other.message] : []),
      ...viewWarnings({ ground: g.info, exerciseConfidence: guess.confidence, view, checks, usable: usable.slice(from, to + 1), exercise })
        .filter((w) => !other || !w.startsWith('No squat or deadlift reps')),
    ],
    view: viewOut,
    ground: { ...g.info, up: g.info.up.map((v) => Math.round(v * 1e4) / 1e4) as [number, number, number], tiltDeg: Math.round(g.info.tiltDeg * 10) / 10, spreadDeg: Math.round(g.info.spreadDeg * 10) / 10 },
    analyzers,
    thresholds: t,
    signals: {
      kneeAngleDeg: Array.from(sig.kneeMinDeg, (v) => (Number.isFinite(v) ? Math.round(v * 10) / 10 : null)),
      hipHeightM: Array.from(sig.hipHeight, (v) => (Number.isFinite(v) ? Math.round(v * 1000) / 1000 : null)),
    },
  };
  return { analysis, ground: g.poses, groundRotation: g.rotation, repFrames, signals: sig, legLength: body.legLength, usable };
}

const round2 = (x: number) => (Number.isFinite(x) ? Math.round(x * 100) / 100 : 0);

function activeSpan(
  opts: AnalyzeOptions, g: Float32Array, tS: Float64Array, from: number, to: number, reps: RepFrames[],
  exercise: string, heightM: number, t: ReturnType<typeof resolveThresholds>, scores?: Float32Array,
): Analysis['active'] {
  const r3 = (x: number) => Math.round(x * 1000) / 1000;
  if (opts.trim && (opts.trim.startS !== undefined || opts.trim.endS !== undefined)) return { startS: r3(tS[from]), endS: r3(tS[to]), method: 'manual' };
  const first = reps[0]?.start, last = reps[reps.length - 1]?.end;
  if (exercise !== 'deadlift') {
    const sets = barbellSets(g, tS, heightM, t, scores);
    const overlap = (s: [number, number]) => reps.filter((r) => r.bottom >= s[0] && r.bottom <= s[1]).length;
    const best = sets.sort((a, b) => overlap(b) - overlap(a) || (b[1] - b[0]) - (a[1] - a[0]))[0];
    if (best && (!reps.length || overlap(best) > 0)) {
      return { startS: r3(tS[Math.min(best[0], first ?? best[0])]), endS: r3(tS[Math.max(best[1], last ?? best[1])]), method: 'barbell-arms' };
    }
  }
  if (first !== undefined) return { startS: r3(tS[first]), endS: r3(tS[last]), method: 'motion' };
  return { startS: r3(tS[from]), endS: r3(tS[to]), method: 'whole-clip' };
}
