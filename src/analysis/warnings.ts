/** Human warnings about what this clip's view and keypoint quality allow (view validity). */
import { checkMessages } from './checks';
import type { Check, GroundInfo, ViewInfo } from './types';

export interface WarningInputs {
  ground: GroundInfo;
  /** Detection confidence (1 when the user chose the exercise). */
  exerciseConfidence: number;
  view: ViewInfo;
  /** The one truth for what was checked; its sentences are the only view messages. */
  checks: readonly Check[];
  usable: boolean[];
  exercise: string;
}

export function viewWarnings(w: WarningInputs): string[] {
  const out: string[] = [];
  if (w.ground.unsure) out.push(`The floor/vertical could not be found reliably (${w.ground.reason ?? 'unknown reason'}); angles may be off by several degrees.`);
  const bad = w.usable.filter((u) => !u).length / Math.max(1, w.usable.length);
  if (bad > 0.2) out.push(`${Math.round(bad * 100)}% of frames had missing or low-confidence keypoints and were not analysed.`);
  if (w.view.yawSpreadDeg > 30) out.push(`The camera angle or the person's heading changed during the clip (yaw varies by ~${Math.round(w.view.yawSpreadDeg)}°); view-dependent checks use per-frame confidence.`);
  if (w.exercise === 'squat' || w.exercise === 'deadlift') out.push(...checkMessages(w.checks, w.exercise));
  if (w.exercise !== 'unknown' && w.exerciseConfidence < 0.3) out.push(`The exercise was guessed as ${w.exercise} with low confidence; choose it manually if this is wrong.`);
  if (w.exercise === 'unknown') out.push('No squat or deadlift reps were recognised; choose the exercise manually if this is wrong.');
  return out;
}
