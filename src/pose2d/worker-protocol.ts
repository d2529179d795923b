/** Typed messages between the detector worker client (worker-detector.ts) and `src/workers/detector.worker.ts`. */
import type { Person2D } from '../core/types';
import type { ModelName } from '../core/result';

export type DetectorRequest =
  | { type: 'init'; id: number; model: ModelName; modelBaseUrl: string }
  /** One picture, transferred (the worker closes it); `rotation`/`width`/`height` as in OrientedFrame. */
  | { type: 'estimate'; id: number; frame: VideoFrame; rotation: 0 | 90 | 180 | 270; width: number; height: number; tMs: number }
  | { type: 'reset'; id: number }
  | { type: 'dispose'; id: number };

export type DetectorResponse =
  | { type: 'ok'; id: number }
  /** Keypoints in the frame's upright display pixels (x right, y down), COCO-17. */
  | { type: 'persons'; id: number; persons: Person2D[] }
  | { type: 'error'; id: number; message: string };
