/**
 * The 2D detector interface (HOUSE_STYLE habit 3): plain structs in and out, never tensors.
 * Keypoints are in source-video pixels (x right, y down), COCO-17 order.
 */
import type { Person2D } from '../core/types';
import type { BackendName, ModelName } from '../core/result';

/** A drawable frame at the source video's display size (keypoints come back in its pixels). */
export type PixelSource = HTMLCanvasElement | HTMLVideoElement | ImageBitmap | OffscreenCanvas | VideoFrame;

/**
 * A decoded picture as the decoder made it, plus how it is shown: the detector crops its input straight
 * out of `image` (crop before convert), so the full frame is never painted or converted to RGB.
 */
export interface OrientedFrame {
  readonly kind: 'oriented';
  /** The picture in coded orientation; owned by the frame source, valid until its next frame is requested. */
  readonly image: VideoFrame | HTMLVideoElement | ImageBitmap | HTMLCanvasElement;
  /** Clockwise quarter turns that make `image` upright (container display matrix). */
  readonly rotation: 0 | 90 | 180 | 270;
  /** Upright display size in pixels: the keypoint pixel space (`image` is scaled to it). */
  readonly width: number;
  readonly height: number;
}

export const isOrientedFrame = (f: PixelSource | OrientedFrame): f is OrientedFrame => (f as OrientedFrame).kind === 'oriented';

export interface PoseDetector2D {
  readonly model: ModelName;
  readonly backend: BackendName;
  /** Detect the person in one frame; `tMs` is the frame's presentation time. Empty when no person. */
  estimate(frame: PixelSource | OrientedFrame, tMs: number): Promise<Person2D[]>;
  /** Forget tracking state (call between videos or after a seek). */
  reset(): void;
  dispose(): void;
}

export interface DetectorOptions {
  model?: ModelName;
  /** Base URL of the model files (default `/models/movenet/`). */
  modelBaseUrl?: string;
  /** Poses with a lower score are dropped (tfjs-models DEFAULT_MIN_POSE_SCORE = 0.25). */
  minPoseScore?: number;
}
