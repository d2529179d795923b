/**
 * Public types of the analysis API (docs/analysis.md). All lengths in metres, angles in degrees, times in
 * seconds unless the name says otherwise (`tMs` = milliseconds).
 */
import type { Thresholds } from './thresholds';

export type Exercise = 'squat' | 'deadlift';
export type ExerciseChoice = Exercise | 'auto';

/** Input: one person's 3D pose sequence. */
export interface PoseSequence {
  /** Nominal frame rate (frames/s); used for filter widths. Frame times come from `tMs`. */
  fps: number;
  /** Frame presentation times, milliseconds. */
  tMs: Float64Array | number[];
  frames: number;
  /**
   * frames × 17 × 3, H36M order (src/core/skeleton.ts), metres, any rigid frame with y roughly up:
   * the lifter's camera frame (x right, y image-up, z towards the viewer, root-relative) or a mocap
   * world frame. Missing frames may hold NaN (they are gated).
   */
  pose3d: Float32Array;
  /** frames × 17 per-H36M-joint confidence 0..1 (from 2D via COCO_TO_H36M); absent = all 1. */
  scores?: Float32Array;
  /**
   * frames × 17 × 3 detector keypoints, COCO-17 order: [x px, y px, score 0..1] in image axes
   * (x right, y down). NaN where no person was found. Absent (e.g. mocap) = the 2D evidence is
   * unavailable and the checks fall back to 3D.
   */
  keypoints2d?: Float32Array;
  /**
   * The lifter's gravity head, in the same axes as `pose3d`: per-frame world-up unit vectors
   * (frames × 3) and their 1-σ angular error (frames, degrees); NaN where missing. When present and
   * confident, the ground frame takes "up" from here instead of the standing-posture heuristic.
   */
  gravity?: { up: Float32Array; upSigmaDeg: Float32Array };
}

export interface AnalyzeOptions {
  exercise?: ExerciseChoice;
  /** Manual trim in seconds from the first frame; wins over automatic start/end detection. */
  trim?: { startS?: number; endS?: number };
  thresholds?: Partial<Thresholds>;
}

export type Severity = 'mild' | 'moderate' | 'severe';

/** Every form check the analysis runs (docs/analysis.md, "Form checks by view"); `checks[]` has one entry per kind. */
export const MISTAKE_KINDS = ['forward_lean', 'knee_valgus', 'rounded_back', 'heel_lift', 'shallow_depth', 'hips_rise_first', 'bar_drift'] as const;
export type MistakeKind = (typeof MISTAKE_KINDS)[number];

/** Which evidence a finding rests on: the detector's 2D keypoints, the lifter's 3D pose, or both. */
export type Evidence = '2d' | '3d' | '2d+3d';

export interface Mistake {
  kind: MistakeKind;
  /** Seconds from the first frame; startS ≤ endS. */
  startS: number;
  endS: number;
  /** 0-based rep index, or null when outside every rep. */
  rep: number | null;
  severity: Severity;
  /** 0..1: 0 = just over the threshold, 1 = at or beyond the "severe" level (drives `severity`). */
  score: number;
  /** 0..1 confidence of this finding (view × keypoint scores × agreement of the evidence). */
  confidence: number;
  evidence: Evidence;
  /** Human sentence, e.g. "Left knee caves in (FPPA 14°) at the bottom of rep 2; push the knees out". */
  message: string;
}

export type CheckStatus = 'checked' | 'low_confidence' | 'not_checked';

/** One truth for what was checked: the UI's and the view messages' only source. */
export interface Check {
  kind: MistakeKind;
  status: CheckStatus;
  /** One sentence a lifter can act on (why not checked / how to film it better); '' when checked. */
  reason: string;
}

export interface Rep {
  startS: number;
  /** Deepest point (squat) / lift-off from the bottom (deadlift). */
  bottomS: number;
  /** Top of the ascent (standing / lockout), clamped into the rep: bottomS ≤ topS ≤ endS. */
  topS: number;
  endS: number;
  durationS: number;
  /** Range of motion of the rep signal's bar proxy in metres (squat: hips; deadlift: wrists). */
  romM: number;
  /** Range of the spine angle in degrees over the rep. */
  romSpineDeg: number;
  eccentricS: number;
  concentricS: number;
  /** Mean and peak vertical speed of the bar proxy during the concentric phase, m/s. */
  meanSpeedMps: number;
  peakSpeedMps: number;
  /** Minimum knee interior angle (deg) and minimum spine angle (deg) within the rep. */
  minKneeDeg: number;
  minSpineDeg: number | null;
}

export interface ViewInfo {
  /** Median camera yaw: 0 frontal, ±90 side, 180 back (signed: + = person turned to their left). */
  yawDeg: number;
  label: 'front' | 'front-45' | 'side' | 'rear-45' | 'rear';
  /** Spread of the per-frame yaw (deg, robust); large means the camera or person turned. */
  yawSpreadDeg: number;
}

export interface GroundInfo {
  /** Estimated up direction in the input frame (unit vector). */
  up: [number, number, number];
  /** Angle between the estimated up and the input +y, degrees (camera pitch/roll for lifter input). */
  tiltDeg: number;
  /** Number of standing frames the estimate used. */
  standingFrames: number;
  /** Robust angular spread of the per-frame estimates, degrees. */
  spreadDeg: number;
  unsure: boolean;
  reason?: string;
  /** Where "up" came from: the lifter's gravity head, or the standing-posture heuristic (absent = posture). */
  source?: 'lifter' | 'posture';
  /** Predicted 1-σ error of `up`, degrees (lifter source only). */
  sigmaDeg?: number;
}

/** The result JSON's `analysis` object (coach-analysis/1; docs/analysis.md, docs/result-format.md). */
export interface Analysis {
  exercise: Exercise | 'unknown';
  exerciseSource: 'user' | 'detected';
  /** Detection confidence 0..1 (1 when the user chose). */
  exerciseConfidence: number;
  active: { startS: number; endS: number; method: 'manual' | 'barbell-arms' | 'motion' | 'whole-clip' };
  repCount: number;
  reps: Rep[];
  /** Per input frame (time = tMs/1000); null when gated (low joint confidence or missing frame). */
  spineAngleDeg: (number | null)[];
  mistakes: Mistake[];
  /** One entry per kind of MISTAKE_KINDS, in that order. */
  checks: Check[];
  /** Sentences for the lifter: general caveats, then one per check that was not (fully) run. */
  viewWarnings: string[];
  view: ViewInfo;
  ground: GroundInfo;
  /** Per-analyzer view requirement and the clip's confidence for it (0..1). */
  analyzers: { name: string; needsView: string; confidence: number }[];
  /** Effective thresholds used (defaults merged with the caller's). */
  thresholds: Thresholds;
  /** Extra per-frame signals for charts (index = input frame; null = unusable frame). */
  signals: {
    /** Smaller interior knee angle, deg (180 = straight). */
    kneeAngleDeg: (number | null)[];
    /** Pelvis height above the lower ankle along the estimated vertical, m. */
    hipHeightM: (number | null)[];
  };
}
