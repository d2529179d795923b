/**
 * Prop types for the coach's presentational components. They mirror contract D (the `analysis`
 * object of `coach-analysis/1`) structurally, so the analyzer's `Analysis` can be passed as-is;
 * extra fields are ignored. Times are seconds on the clip's timeline (0 = first decoded frame),
 * frames are 0-based decoded-frame indices, distances say their unit in the name.
 */

export type ExerciseChoice = 'auto' | 'squat' | 'deadlift';

/** One repetition as contract D reports it. */
export interface RepView {
  startS: number;
  bottomS: number;
  endS: number;
  durationS: number;
  /** Range of motion in metres (hips or bar proxy). */
  romM: number;
  eccentricS?: number;
  concentricS?: number;
  /** Mean / peak speed of the hips or bar proxy, metres per second. */
  meanSpeedMps?: number;
  peakSpeedMps?: number;
  /** Smallest knee interior angle in the rep, degrees (depth). */
  minKneeDeg?: number;
}

/** One detected mistake. `severity` is 0..1 (or a word such as 'high'). */
export interface MistakeView {
  kind: string;
  startS: number;
  endS: number;
  severity: number | string;
  /** The analyzer's own severity word ('mild' | 'moderate' | 'severe'); wins over `severity`. */
  level?: string;
  /** Rep index as the analyzer gives it; the UI matches reps by time overlap instead. */
  rep?: number | null;
  /** Analyzer's own sentence, used when the UI has no plain-words hint for `kind`. */
  message?: string;
  /** What the finding rests on: detector 2D keypoints, the 3D lifter, or both. */
  evidence?: string;
}

/** One entry of the analysis' `checks[]`: what was checked from this view (issue 11). */
export interface CheckView {
  kind: string;
  status: 'checked' | 'low_confidence' | 'not_checked';
  reason: string;
}

/** The subset of contract D's `analysis` object that the coach panels read. */
export interface AnalysisView {
  exercise: string;
  active: { startS: number; endS: number };
  repCount: number;
  reps: RepView[];
  /** Per decoded frame, degrees between the pelvis→thorax vector and the floor; null = gated. */
  spineAngleDeg: (number | null)[];
  mistakes: MistakeView[];
  /** Codes or sentences from the view-validity check (made from `checks`). */
  viewWarnings: string[];
  /** Every check and its status; absent in results made before issue 11. */
  checks?: CheckView[];
}

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

export type ExportKind = 'json' | 'csv-keypoints' | 'csv-reps' | 'bvh' | 'png' | 'csv-boxes';

/** One saved session as the sessions list shows it. */
export interface SessionSummary {
  id: string;
  name: string;
  /** Creation time, ms since the Unix epoch. */
  createdMs: number;
  exercise?: string;
  repCount?: number;
  durationS?: number;
  /** Whether the source video itself was stored (opt-in). */
  hasVideo: boolean;
  status: 'complete' | 'interrupted';
  /** For interrupted sessions: what survived the reload. */
  kept?: { frames2d: number; frames3d: number; frameCount: number; analysis: boolean };
}
