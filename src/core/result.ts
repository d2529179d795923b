/**
 * The `coach-analysis/1` result JSON, documented in docs/result-format.md.
 * Later issues add fields; never rename or change the meaning of these.
 */
import type { Frame2D } from './types';

export const RESULT_FORMAT = 'coach-analysis/1' as const;

export type BackendName = 'wasm' | 'webgl' | 'webgpu';
export type ModelName = 'movenet-lightning' | 'movenet-thunder';
/** The 2D model a result came from: a single-person MoveNet, or MultiPose when every person was analysed. */
export type DetectorModelName = ModelName | 'movenet-multipose';

/** Facts about the source video. */
export interface VideoMeta {
  /** File name as uploaded (no directory). */
  file: string;
  /** Display width/height in pixels (after container rotation); keypoints use this pixel space. */
  width: number;
  height: number;
  /** Mean frame rate = (frameCount - 1) / (last tMs - first tMs) * 1000; VFR clips keep per-frame tMs. */
  fps: number;
  /** Number of decoded frames (each exactly once). */
  frameCount: number;
  /** Duration in seconds (container duration, or last frame time + one frame when unknown). */
  durationS: number;
}

/** One person with optional 3D fields that later stages fill in. */
export interface ResultPerson {
  id: number;
  /** [x, y, w, h] in source-video pixels, from keypoints with score >= 0.2. */
  box: [number, number, number, number];
  /** Pose score 0..1 (mean of keypoint scores above 0.2, as tfjs-models MoveNet). */
  score: number;
  /** 17 × [x px, y px, score 0..1], COCO order (src/core/skeleton.ts). */
  keypoints2d: [number, number, number][];
  /** 17 × [x, y, z] metres, H36M order, root-relative, camera axes x right, y up, z to viewer. */
  pose3d?: [number, number, number][];
  /** Pelvis position [x, y, z] metres in the same camera axes (when the lifter gives it). */
  root?: [number, number, number];
  /** World up (against gravity) as a unit vector in the same camera axes, from the lifter's gravity
   * head (camera pitch and roll); absent for models without the head. */
  up?: [number, number, number];
  /** Predicted 1-σ angular error of `up`, degrees. */
  upSigmaDeg?: number;
}

/** Clip-level gravity from the lifter: per-frame `up` combined with 1/σ² weights (see src/lift3d/gravity.ts). */
export interface LifterGravity {
  /** Unit world-up vector in the lifter's camera axes (x right, y image up, z towards the viewer). */
  up: [number, number, number];
  /** 1-σ angular uncertainty of the clip's up vector, degrees (median per-frame σ; frames are not independent). */
  sigmaDeg: number;
  /** Camera pitch, degrees: positive = camera looks down at the person (up tilts towards the viewer). */
  pitchDeg: number;
  /** Camera roll, degrees: angle of the world up from the image up axis, positive towards image right. */
  rollDeg: number;
  /** Frames that contributed. */
  frames: number;
}

export interface ResultFrame {
  /** Decoded-frame index, 0-based. */
  i: number;
  /** Presentation time in ms from the first frame. */
  tMs: number;
  persons: ResultPerson[];
}

export interface TimingsMs {
  decode: number;
  detect2d: number;
  lift3d?: number;
  analysis?: number;
  total: number;
}

/** One person of a multi-person clip and their own analysis (as for one person; null without 3D). */
export interface ResultPersonSummary {
  id: number;
  framesSeen: number;
  /** Median box [x, y, w, h], px. */
  box: [number, number, number, number];
  /**
   * Median root (pelvis) position over the clip, metres, camera axes x right, y up (image up), z
   * towards the viewer (so −z is the distance in front of the camera), from the body's size and a
   * focal-length prior (RootNet-style, src/lift3d/root-depth.ts); absent when never placed.
   */
  rootM?: [number, number, number];
  analysis: Record<string, unknown> | null;
}

export interface CoachResult {
  format: typeof RESULT_FORMAT;
  video: VideoMeta;
  backend: BackendName;
  model: DetectorModelName;
  frames: ResultFrame[];
  /** The 3D lifter that ran: model id, receptive field (frames), where it ran ('wasm' | 'webgpu'). */
  lifter?: { model: string; receptiveField: number; executionProvider?: 'wasm' | 'webgpu'; gravity?: LifterGravity };
  /** The analyzer's `Analysis` object (docs/analysis.md); typed loosely here so core does not depend on analysis. */
  analysis?: Record<string, unknown>;
  timingsMs: TimingsMs;
  /** The analysed person's id in `frames` (the single-person detector's 0, or the tracker's id with every person analysed). */
  athleteId?: number;
  /** With every person analysed (`--people all`): each person seen long enough, the athlete first. */
  people?: ResultPersonSummary[];
  /** Human-readable caveats about this run (e.g. frames the fallback decoder dropped). */
  warnings?: string[];
}

/** Rounds to `digits` decimals (JSON size; 0.01 px and 1e-4 score are far below detector noise). */
export const roundTo = (v: number, digits: number): number => {
  const f = 10 ** digits;
  return Math.round(v * f) / f;
};

/** Converts the detector's Frame2D into a result frame (plain arrays, JSON-ready, rounded). */
export function toResultFrame(f: Frame2D): ResultFrame {
  const px = (v: number) => roundTo(v, 2);
  return {
    i: f.i,
    tMs: roundTo(f.tMs, 3),
    persons: f.persons.map((p) => ({
      id: p.id,
      box: [px(p.box[0]), px(p.box[1]), px(p.box[2]), px(p.box[3])],
      score: roundTo(p.score, 4),
      keypoints2d: p.keypoints2d.map((k) => [px(k[0]), px(k[1]), roundTo(k[2], 4)] as [number, number, number]),
    })),
  };
}
