/**
 * Prop types for the coach's presentational components. The analysis-shaped ones are the parts of
 * the analyzer's `Analysis` (src/analysis/types.ts; the `analysis` object of `coach-analysis/1`,
 * docs/result-format.md and docs/analysis.md) that the panels read, derived from it with `Pick`, so
 * an `Analysis` is always assignable and a renamed or retyped field breaks the build here. Times are
 * seconds on the clip's timeline (0 = first decoded frame), frames are 0-based decoded-frame
 * indices, distances say their unit in the name.
 */
import type { Analysis, Check, Mistake, Rep } from '../../analysis/types';
import type { SessionMeta } from '../../sessions';

/** One repetition: what the rep list, the markers and the fault cards read of a `Rep`. */
export type RepView = Pick<Rep, 'startS' | 'bottomS' | 'endS' | 'durationS' | 'romM'>
  & Partial<Pick<Rep, 'eccentricS' | 'concentricS' | 'meanSpeedMps' | 'peakSpeedMps' | 'minKneeDeg'>>;

/**
 * One detected mistake, as the fault cards read a `Mistake`. Wider than `Mistake` where the panels
 * are: `kind` may be one this UI has no words for (the analyzer's `message` is shown), `severity`
 * may be a 0..1 score as well as a word, and `level` (a severity word) wins over `severity`.
 */
export type MistakeView = Pick<Mistake, 'startS' | 'endS'> & Partial<Pick<Mistake, 'rep' | 'message' | 'evidence'>> & {
  kind: Mistake['kind'] | (string & {});
  severity: Mistake['severity'] | number | (string & {});
  level?: Mistake['severity'] | (string & {});
};

/** One entry of the analysis' `checks[]`: what was checked from this view (issue 11). */
export type CheckView = Check;

/** The parts of `Analysis` the coach panels read. */
export type AnalysisView = Pick<Analysis, 'repCount' | 'spineAngleDeg' | 'viewWarnings'> & {
  exercise: Analysis['exercise'] | (string & {});
  active: Pick<Analysis['active'], 'startS' | 'endS'>;
  reps: RepView[];
  mistakes: MistakeView[];
  /** Every check and its status; absent in results made before issue 11. */
  checks?: CheckView[];
};

/** User trim of the active span in seconds; undefined = automatic. */
export interface TrimView {
  startS?: number;
  endS?: number;
}

export type MarkerKind = 'rep' | 'eccentric' | 'concentric' | 'mistake';

/** A timeline marker: a point (`endFrame` absent) or a span of frames. */
export interface TimelineMarker {
  id: string;
  kind: MarkerKind;
  frame: number;
  endFrame?: number;
  /** Accessible name, e.g. "Rep 2" or "Knees caving in". */
  label: string;
  /** CSS colour (mistakes: the fault card's colour, `faultColor(kind)`); default by kind. */
  color?: string;
}

/** Why the camera could not start; the UI writes the human message. */
export type CameraErrorKind =
  | 'denied'
  | 'absent'
  | 'in-use'
  | 'overconstrained'
  | 'insecure'
  | 'unsupported'
  | 'unknown';

export type ExportKind = 'json' | 'csv-keypoints' | 'csv-reps' | 'csv-mistakes' | 'bvh' | 'png' | 'csv-boxes';

/** One saved session as the sessions list shows it: the list fields of `SessionMeta` (src/sessions/types.ts). */
export type SessionSummary = Pick<SessionMeta, 'id' | 'name' | 'createdMs' | 'exercise' | 'repCount' | 'durationS' | 'hasVideo' | 'status' | 'kept'>;
