/** The per-frame measurements the sync methods need, read from a `coach-analysis/1` result. Pure. */
import type { CoachResult } from '../core/result';
import { COCO } from '../core/skeleton';
import type { SyncTrack } from './sync';

/** Keypoints below this score do not place the hips (MoveNet's usual confidence cut). */
const MIN_HIP_SCORE = 0.3;

/**
 * Score, hip height and times of the first (tracked) person in each frame. Hip height is measured up
 * from the image bottom in box heights, so it is comparable across frames of one video; the sync
 * methods normalise the scale between videos.
 */
export function syncTrackOf(r: CoachResult, motion?: readonly number[]): SyncTrack {
  const tS: number[] = [];
  const score: number[] = [];
  const hipUp: number[] = [];
  for (const f of r.frames) {
    tS.push(f.tMs / 1000);
    const p = f.persons[0];
    score.push(p?.score ?? 0);
    const l = p?.keypoints2d[COCO.left_hip];
    const rh = p?.keypoints2d[COCO.right_hip];
    const boxH = p?.box[3] ?? 0;
    const ok = l && rh && l[2] >= MIN_HIP_SCORE && rh[2] >= MIN_HIP_SCORE && boxH > 0;
    hipUp.push(ok ? (r.video.height - (l[1] + rh[1]) / 2) / boxH : NaN);
  }
  return motion ? { tS, score, hipUp, motion } : { tS, score, hipUp };
}
