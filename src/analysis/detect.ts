/** Runs the exercise classifier (./exercise) on every candidate bottom of a clip window. */
import { J, midJoint } from './body';
import { classifyExercise, rangeRatioScore, type BottomFeatures, type ExerciseGuess } from './exercise';
import { percentile } from './signal';
import type { FrameSignals } from './features';
import { segmentReps } from './reps';
import type { Thresholds } from './thresholds';

/** Bottoms from both candidate signals (hip height, spine angle), as frames of the full clip. */
export function candidateBottoms(sig: FrameSignals, legLength: number, from: number, to: number, fps: number, t: Thresholds): number[] {
  const hip = segmentReps(sig.hipHeight.slice(from, to + 1), { fps, thresholds: t, needDescent: false, minRom: t.squatMinRomLeg * legLength });
  const spine = segmentReps(sig.spineDeg.slice(from, to + 1), { fps, thresholds: t, needDescent: false, minRom: t.deadliftMinRomDeg });
  const all = [...hip.reps, ...spine.reps].map((r) => r.bottom + from).sort((a, b) => a - b);
  return all.filter((f, i) => i === 0 || f - all[i - 1] > fps * 0.5);
}

export function bottomFeatures(g: Float32Array, sig: FrameSignals, legLength: number, f: number): BottomFeatures {
  const wrist = midJoint(g, f, J.left_wrist, J.right_wrist)[1];
  const knee = midJoint(g, f, J.left_knee, J.right_knee)[1];
  return { spineDeg: sig.spineDeg[f], kneeDeg: sig.kneeMinDeg[f], wristAboveKneeLeg: (wrist - knee) / legLength };
}

export function detectExercise(g: Float32Array, sig: FrameSignals, legLength: number, from: number, to: number, fps: number, t: Thresholds): ExerciseGuess {
  const bottoms = candidateBottoms(sig, legLength, from, to, fps, t);
  const range = (x: Float64Array) => percentile(x.slice(from, to + 1), 95) - percentile(x.slice(from, to + 1), 3);
  return classifyExercise(bottoms.map((f) => bottomFeatures(g, sig, legLength, f)), rangeRatioScore(range(sig.spineDeg), range(sig.kneeMinDeg)));
}
