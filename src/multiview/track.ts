/** The per-frame measurements the sync methods need, read from a video's 2D track. Pure. */
import { COCO } from '../core/skeleton';
import type { SyncTrack } from './sync';

/** Keypoints below this score do not place the hips (MoveNet's usual confidence cut). */
const MIN_HIP_SCORE = 0.3;

/**
 * The 2D track the sync methods read: the tracked person per frame, pixels of the displayed video
 * (x right, y down). `Track2D` (src/pipeline/session.ts) is one.
 */
export interface SyncSource {
  frames: number;
  /** Presentation time of each frame, ms from the first frame. */
  tMs: ArrayLike<number>;
  /** frames × 17 × 3: [x px, y px, score 0..1], COCO order. */
  keypoints: ArrayLike<number>;
  /** frames × 4: [x, y, w, h] px. */
  box: ArrayLike<number>;
  /** Pose score 0..1 per frame (0 where nobody). */
  score: ArrayLike<number>;
  /** −1 where nobody was found in the frame. */
  personId: ArrayLike<number>;
}

/**
 * Score, hip height and times of the tracked person in each frame. Hip height is measured up from
 * the image bottom (`videoHeightPx`) in box heights, so it is comparable across frames of one video;
 * the sync methods normalise the scale between videos.
 */
export function syncTrackOf(t: SyncSource, videoHeightPx: number, motion?: readonly number[]): SyncTrack {
  const tS: number[] = [];
  const score: number[] = [];
  const hipUp: number[] = [];
  for (let f = 0; f < t.frames; f++) {
    tS.push(t.tMs[f] / 1000);
    const seen = t.personId[f] >= 0;
    score.push(seen ? t.score[f] : 0);
    const k = (j: number, c: number) => t.keypoints[(f * 17 + j) * 3 + c];
    const boxH = seen ? t.box[f * 4 + 3] : 0;
    const ok = seen && k(COCO.left_hip, 2) >= MIN_HIP_SCORE && k(COCO.right_hip, 2) >= MIN_HIP_SCORE && boxH > 0;
    hipUp.push(ok ? (videoHeightPx - (k(COCO.left_hip, 1) + k(COCO.right_hip, 1)) / 2) / boxH : NaN);
  }
  return motion ? { tS, score, hipUp, motion } : { tS, score, hipUp };
}
