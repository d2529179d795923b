/**
 * The 2D detector interface (HOUSE_STYLE habit 3): plain structs in and out, never tensors.
 * Keypoints are in source-video pixels (x right, y down), COCO-17 order.
 */
import type { Person2D } from '../core/types';
import type { BackendName, ModelName } from '../core/result';

/** A drawable frame at the source video's display size (keypoints come back in its pixels). */
export type PixelSource = HTMLCanvasElement | HTMLVideoElement | ImageBitmap | OffscreenCanvas | VideoFrame;

export interface PoseDetector2D {
  readonly model: ModelName;
  readonly backend: BackendName;
  /** Detect the person in one frame; `tMs` is the frame's presentation time. Empty when no person. */
  estimate(frame: PixelSource, tMs: number): Promise<Person2D[]>;
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
