/** Pure conversions from MoveNet output to pixel-space person structs. */
import type { BoxPx, Keypoint2D, Person2D } from '../core/types';
import { MIN_CROP_KEYPOINT_SCORE, type CropRegion, type ImageSize, type NormKeypoint } from './crop-region';

/**
 * MoveNet single-pose output [17×(y, x, score)] normalised to the crop → normalised image coordinates.
 * (tfjs-models movenet detector.ts `estimateSinglePose`.)
 */
export function cropToImage(raw: ArrayLike<number>, crop: CropRegion): NormKeypoint[] {
  const out: NormKeypoint[] = [];
  for (let i = 0; i < 17; i++) {
    out.push({ y: crop.yMin + raw[i * 3] * crop.height, x: crop.xMin + raw[i * 3 + 1] * crop.width, score: raw[i * 3 + 2] });
  }
  return out;
}

/** Pose score as tfjs-models: mean of the keypoint scores above MIN_CROP_KEYPOINT_SCORE (0 if none). */
export function poseScore(kps: readonly NormKeypoint[]): number {
  let sum = 0;
  let n = 0;
  for (const k of kps) if (k.score > MIN_CROP_KEYPOINT_SCORE) { sum += k.score; n++; }
  return n > 0 ? sum / n : 0;
}

/** Box around the confident keypoints (all keypoints when none is confident), in pixels. */
export function boxFromKeypoints(kps: readonly Keypoint2D[]): BoxPx {
  const good = kps.filter((k) => k[2] > MIN_CROP_KEYPOINT_SCORE);
  const use = good.length > 0 ? good : kps;
  const xs = use.map((k) => k[0]);
  const ys = use.map((k) => k[1]);
  const x0 = Math.min(...xs);
  const y0 = Math.min(...ys);
  return [x0, y0, Math.max(...xs) - x0, Math.max(...ys) - y0];
}

/** Normalised keypoints → one pixel-space Person2D. */
export function toPerson(kps: readonly NormKeypoint[], size: ImageSize, id = 0): Person2D {
  const keypoints2d: Keypoint2D[] = kps.map((k) => [k.x * size.width, k.y * size.height, k.score]);
  return { id, box: boxFromKeypoints(keypoints2d), score: poseScore(kps), keypoints2d };
}
