/** Human warnings about what this clip's view and keypoint quality allow (view validity). */
import type { Thresholds } from './thresholds';
import type { GroundInfo, ViewInfo } from './types';

export interface WarningInputs {
  ground: GroundInfo;
  /** Detection confidence (1 when the user chose the exercise). */
  exerciseConfidence: number;
  view: ViewInfo;
  analyzers: { name: string; confidence: number }[];
  usable: boolean[];
  exercise: string;
  t: Thresholds;
}

export function viewWarnings(w: WarningInputs): string[] {
  const out: string[] = [];
  const conf = (n: string) => w.analyzers.find((a) => a.name === n)?.confidence ?? 0;
  const where = `${w.view.label} view, camera yaw ${Math.round(w.view.yawDeg)}°`;
  if (w.ground.unsure) out.push(`The floor/vertical could not be found reliably (${w.ground.reason ?? 'unknown reason'}); angles may be off by several degrees.`);
  const bad = w.usable.filter((u) => !u).length / Math.max(1, w.usable.length);
  if (bad > 0.2) out.push(`${Math.round(bad * 100)}% of frames had missing or low-confidence keypoints and were not analysed.`);
  if (w.view.yawSpreadDeg > 30) out.push(`The camera angle or the person's heading changed during the clip (yaw varies by ~${Math.round(w.view.yawSpreadDeg)}°); view-dependent checks use per-frame confidence.`);
  const v = conf('knee_valgus');
  if (v < w.t.minMistakeConfidence) out.push(`Knee valgus needs a front or rear view; this clip is a ${where}, so knee valgus was not checked.`);
  else if (v < 0.7) out.push(`Knee valgus is checked with reduced confidence from this ${where}; a front or rear view is better.`);
  const s = conf('spine_angle');
  if (w.exercise === 'squat' && s < w.t.minMistakeConfidence) out.push(`Forward lean needs a side or 45° view; from this ${where} the lean is only inferred from depth, so it was not judged (spine angles are shown with low confidence).`);
  else if (w.exercise === 'squat' && s < 0.7) out.push(`Spine angle is best judged from the side; from this ${where} the forward lean is partly inferred from depth and less reliable.`);
  if (w.exercise !== 'unknown' && w.exerciseConfidence < 0.3) out.push(`The exercise was guessed as ${w.exercise} with low confidence; choose it manually if this is wrong.`);
  if (w.exercise === 'unknown') out.push('No squat or deadlift reps were recognised; choose the exercise manually if this is wrong.');
  return out;
}
