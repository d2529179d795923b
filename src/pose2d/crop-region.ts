/**
 * MoveNet crop-region tracking, ported from tfjs-models
 * `pose-detection/src/movenet/crop_utils.ts` and `detector.ts` (`filterCropRegion`): the next frame is
 * cropped to a square around the previous frame's body, centred on the hips, so small people are seen
 * at the model's full input resolution. Pure math; all regions are in normalised image coordinates
 * (0..1 of the frame's width/height; they may extend beyond 0..1, cropAndResize pads with 0).
 */
import { COCO } from '../core/skeleton';

/** Keypoint score threshold for the crop logic (tfjs-models MIN_CROP_KEYPOINT_SCORE). */
export const MIN_CROP_KEYPOINT_SCORE = 0.2;
/** Low-pass factor for the crop corners (tfjs-models CROP_FILTER_ALPHA). */
export const CROP_FILTER_ALPHA = 0.9;

/** Normalised crop box (fractions of the image height/width). */
export interface CropRegion { yMin: number; xMin: number; yMax: number; xMax: number; height: number; width: number }
/** Keypoint in normalised image coordinates (x, y in 0..1 of width/height). */
export interface NormKeypoint { x: number; y: number; score: number }
export interface ImageSize { width: number; height: number }

const region = (yMin: number, xMin: number, h: number, w: number): CropRegion =>
  ({ yMin, xMin, yMax: yMin + h, xMax: xMin + w, height: h, width: w });

/** First frame: centre square; later (lost track): the whole image padded to a square. */
export function initCropRegion(firstFrame: boolean, { width, height }: ImageSize): CropRegion {
  // A = full height, width-centred square; B = full width, height-centred square.
  // First frame: the square inside the image (A for landscape); lost track: the image padded (B).
  const useA = firstFrame === width > height;
  return useA
    ? region(0, (width / 2 - height / 2) / width, 1, height / width)
    : region((height / 2 - width / 2) / height, 0, width / height, 1);
}

/** True when at least one hip and one shoulder are confident. */
export function torsoVisible(kps: readonly NormKeypoint[]): boolean {
  const ok = (i: number) => kps[i].score > MIN_CROP_KEYPOINT_SCORE;
  return (ok(COCO.left_hip) || ok(COCO.right_hip)) && (ok(COCO.left_shoulder) || ok(COCO.right_shoulder));
}

const TORSO = [COCO.left_shoulder, COCO.right_shoulder, COCO.left_hip, COCO.right_hip];

/** [maxTorsoY, maxTorsoX, maxBodyY, maxBodyX] distances (px) from the hip centre. */
export function torsoAndBodyRange(pts: readonly [number, number][], kps: readonly NormKeypoint[], cy: number, cx: number): number[] {
  let [ty, tx, by, bx] = [0, 0, 0, 0];
  for (const i of TORSO) {
    ty = Math.max(ty, Math.abs(cy - pts[i][0]));
    tx = Math.max(tx, Math.abs(cx - pts[i][1]));
  }
  for (let i = 0; i < pts.length; i++) {
    if (kps[i].score < MIN_CROP_KEYPOINT_SCORE) continue;
    by = Math.max(by, Math.abs(cy - pts[i][0]));
    bx = Math.max(bx, Math.abs(cx - pts[i][1]));
  }
  return [ty, tx, by, bx];
}

/** The square crop for the next frame from this frame's keypoints (tfjs-models determineNextCropRegion). */
export function determineNextCropRegion(current: CropRegion | null, kps: readonly NormKeypoint[], size: ImageSize): CropRegion {
  if (!torsoVisible(kps)) return initCropRegion(current == null, size);
  const { width: W, height: H } = size;
  const pts = kps.map((k) => [k.y * H, k.x * W] as [number, number]);
  const cy = (pts[COCO.left_hip][0] + pts[COCO.right_hip][0]) / 2;
  const cx = (pts[COCO.left_hip][1] + pts[COCO.right_hip][1]) / 2;
  const [ty, tx, by, bx] = torsoAndBodyRange(pts, kps, cy, cx);
  let half = Math.max(tx * 1.9, ty * 1.9, by * 1.2, bx * 1.2);
  half = Math.min(half, Math.max(cx, W - cx, cy, H - cy));
  if (half > Math.max(W, H) / 2) return initCropRegion(current == null, size);
  const y0 = cy - half;
  const x0 = cx - half;
  const len = half * 2;
  return { yMin: y0 / H, xMin: x0 / W, yMax: (y0 + len) / H, xMax: (x0 + len) / W, height: (y0 + len) / H - y0 / H, width: (x0 + len) / W - x0 / W };
}

/** mediapipe/tfjs-models LowPassFilter: y += alpha * (x - y). */
export class LowPassFilter {
  private stored = 0;
  private initialized = false;
  constructor(private readonly alpha: number) {}
  apply(value: number): number {
    this.stored = this.initialized ? this.stored + this.alpha * (value - this.stored) : value;
    this.initialized = true;
    return this.stored;
  }
  reset(): void { this.initialized = false; }
}

/** Stateful crop tracker: the crop for the next frame, low-pass filtered, reset when the person is lost. */
export class CropRegionTracker {
  private region: CropRegion | null = null;
  private readonly filters = [0, 1, 2, 3].map(() => new LowPassFilter(CROP_FILTER_ALPHA));

  /** Crop to use for the current frame. */
  current(size: ImageSize): CropRegion {
    if (!this.region) this.region = initCropRegion(true, size);
    return this.region;
  }

  /** Feed this frame's keypoints (normalised image coordinates) to get the next frame's crop. */
  update(kps: readonly NormKeypoint[], size: ImageSize): void {
    const next = determineNextCropRegion(this.region, kps, size);
    const [yMin, xMin, yMax, xMax] = [next.yMin, next.xMin, next.yMax, next.xMax].map((v, i) => this.filters[i].apply(v));
    this.region = { yMin, xMin, yMax, xMax, height: yMax - yMin, width: xMax - xMin };
  }

  reset(): void {
    this.region = null;
    this.filters.forEach((f) => f.reset());
  }
}
