/**
 * One truth for what was checked (issue 11): for every mistake kind, whether this clip's exercise
 * and view let it be judged — `checked`, `low_confidence` (judged, but the view shows it poorly)
 * or `not_checked` — with one sentence a lifter can act on. The view messages and the UI are made
 * from this list only, so they cannot contradict each other or the view label.
 * Which view shows what: valgus lives in the frontal plane (front/rear; Munro et al. 2012), lean,
 * back rounding, hip timing and bar path in the sagittal plane (side), depth and heel height in the
 * vertical, which every yaw shows.
 */
import { MISTAKE_KINDS, type Check, type CheckStatus, type Exercise, type MistakeKind, type ViewInfo } from './types';

type Label = ViewInfo['label'];
type Need = 'frontal' | 'sagittal' | 'any';

interface KindRule {
  exercises: readonly Exercise[];
  /** Status from each view label. */
  byView: Record<Label, CheckStatus>;
  need: Need;
  /** What is judged, lower case, for the sentences ("knee tracking"). */
  what: string;
  /** Needs the detector's 2D keypoints (no 3D fallback). */
  needs2d?: boolean;
  /** Why even the best view only gives low confidence (said instead of the view sentence). */
  limit?: string;
}

const ALL: Record<Label, CheckStatus> = { front: 'checked', 'front-45': 'checked', side: 'checked', 'rear-45': 'checked', rear: 'checked' };

/** Per kind: exercises, status by view (measured in docs/analysis.md "Fault evaluation"). */
export const KIND_RULES: Readonly<Record<MistakeKind, KindRule>> = {
  knee_valgus: { exercises: ['squat'], need: 'frontal', what: 'knee tracking', byView: { front: 'checked', 'front-45': 'low_confidence', side: 'not_checked', 'rear-45': 'low_confidence', rear: 'checked' } },
  forward_lean: { exercises: ['squat'], need: 'sagittal', what: 'forward lean', byView: { front: 'not_checked', 'front-45': 'low_confidence', side: 'checked', 'rear-45': 'low_confidence', rear: 'not_checked' } },
  rounded_back: {
    exercises: ['deadlift', 'squat'], need: 'sagittal', what: 'back rounding', byView: { front: 'not_checked', 'front-45': 'low_confidence', side: 'low_confidence', 'rear-45': 'low_confidence', rear: 'not_checked' },
    limit: 'Back rounding is only a rough check: the body tracker sees no points along the spine, just the head, shoulders and hips.',
  },
  heel_lift: {
    exercises: ['squat', 'deadlift'], need: 'any', what: 'heel lift', needs2d: true, byView: { front: 'low_confidence', 'front-45': 'low_confidence', side: 'low_confidence', 'rear-45': 'low_confidence', rear: 'low_confidence' },
    limit: 'Heel lift is only a rough check: the body tracker sees the ankles but not the toes, and plates or kettlebells often hide them.',
  },
  shallow_depth: { exercises: ['squat'], need: 'any', what: 'depth', byView: ALL },
  hips_rise_first: { exercises: ['deadlift'], need: 'sagittal', what: 'hip timing', byView: { front: 'not_checked', 'front-45': 'low_confidence', side: 'checked', 'rear-45': 'low_confidence', rear: 'not_checked' } },
  bar_drift: { exercises: ['deadlift'], need: 'sagittal', what: 'the bar path', needs2d: true, byView: { front: 'not_checked', 'front-45': 'low_confidence', side: 'checked', 'rear-45': 'low_confidence', rear: 'not_checked' } },
};

const VIEW_WORDS: Record<Label, string> = { front: 'the front', 'front-45': 'the front at 45°', side: 'the side', 'rear-45': 'behind at 45°', rear: 'behind' };
const FILM: Record<Need, string> = { frontal: 'from the front or behind', sagittal: 'from the side', any: 'with your whole body in view' };

export interface CheckInputs {
  exercise: Exercise | 'unknown';
  view: ViewInfo;
  /** The detector's 2D keypoints are part of the input. */
  has2d: boolean;
}

/** The status of one kind for this clip, with its sentence. */
export function checkFor(kind: MistakeKind, w: CheckInputs): Check {
  const r = KIND_RULES[kind];
  const seen = `this clip is filmed from ${VIEW_WORDS[w.view.label]}`;
  if (w.exercise === 'unknown') return { kind, status: 'not_checked', reason: 'No squat or deadlift reps were recognised, so form was not checked.' };
  if (!r.exercises.includes(w.exercise)) return { kind, status: 'not_checked', reason: `Not a ${w.exercise} check.` };
  if (r.needs2d && !w.has2d) return { kind, status: 'not_checked', reason: `Checking ${r.what} needs the video's 2D keypoints, which this input lacks.` };
  const status = r.byView[w.view.label];
  if (status === 'checked') return { kind, status, reason: '' };
  if (status === 'low_confidence' && r.limit && r.byView.side === 'low_confidence' && (w.view.label === 'side' || r.need !== 'sagittal')) return { kind, status, reason: r.limit };
  if (status === 'low_confidence') return { kind, status, reason: `${cap(r.what)} is checked with less confidence because ${seen}; film ${FILM[r.need]} for a sure check.` };
  return { kind, status, reason: `Film ${FILM[r.need]} to check ${r.what}; ${seen}, so ${r.what} was not checked.` };
}

export function checksFor(w: CheckInputs): Check[] {
  return MISTAKE_KINDS.map((k) => checkFor(k, w));
}

/** Checks that apply to the exercise but were not fully run: their sentences, once each. */
export function checkMessages(checks: readonly Check[], exercise: Exercise | 'unknown'): string[] {
  if (exercise === 'unknown') return [];
  return checks.filter((c) => c.status !== 'checked' && KIND_RULES[c.kind].exercises.includes(exercise) && c.reason).map((c) => c.reason);
}

const cap = (s: string) => s[0].toUpperCase() + s.slice(1);
