import type { LifterGravity } from '../core/result';

/** Lifter runtime API (docs/lifter.md). Coordinates: input pixels (x right, y down) + score; output
 * metres, root-relative, camera axes x right, y up (image up), z towards the viewer, H36M order. */
export interface LiftInput {
  /** frames × 17 × 3: x px, y px, score (COCO order; missing frames have score 0 everywhere). */
  keypoints: Float32Array;
  frames: number;
  width: number;
  height: number;
}

export interface LiftOutput {
  /** frames × 17 × 3 metres, root-relative, camera axes x right, y up, z towards the viewer. */
  pose3d: Float32Array;
  /** frames × 3 metres, pelvis in the same camera axes (trajectory head). */
  root?: Float32Array;
  /** frames × 3 unit vectors: the world's up (against gravity) in the same camera axes, from the
   * gravity head (models whose metadata lists `outputs.up`); encodes camera pitch and roll. */
  up?: Float32Array;
  /** frames: predicted 1-σ angular error of `up`, degrees. */
  upSigmaDeg?: Float32Array;
}

export interface PoseLifter {
  /** Model id from the lifter manifest (e.g. 'vp3d-rf27'). */
  readonly modelId: string;
  /** Where the model runs: WASM, or WebGPU (see `createPoseLifter`). */
  readonly executionProvider: ExecutionProvider;
  readonly receptiveField: number;
  readonly causal: boolean;
  /** Lift a whole sequence (offline): one 3D pose per input frame (edge-padded windows, batched). */
  liftSequence(input: LiftInput): Promise<LiftOutput>;
  /** Live: push one frame (17×3 px+score), get the pose for the newest frame (causal model), or for
   * the frame `pad` behind with a centred model, or null while warming. */
  liftFrame(frame: Float32Array, size: { width: number; height: number }): Promise<Float32Array | null>;
  reset(): void;
  dispose(): Promise<void>;
}

export type ExecutionProvider = 'wasm' | 'webgpu';

export interface CreateLifterOptions {
  mode?: 'offline' | 'live';
  /** URL folder holding manifest.json, <id>.onnx and <id>.json (default '/models/lifter/'). */
  modelBaseUrl?: string;
  inWorker?: boolean;
  executionProvider?: ExecutionProvider;
}

/** The lifted 3D motion of one person, as the app keeps it (quantised to 0.1 mm). */
export interface Motion3D {
  /** Coordinate frame of every array here: the lifter's camera axes, metres, x right, y image up, z towards the viewer. */
  frame: 'camera';
  /** frames × 17 × 3 root-relative joints, H36M order; NaN where the frame has no person. */
  pose: Float32Array;
  /** frames × 3 pelvis positions (trajectory head); null for models without it. */
  root: Float32Array | null;
  /** frames × 3 unit world-up vectors (gravity head) and their 1-σ error in degrees (0.01°); null without the head. */
  up: Float32Array | null;
  upSigmaDeg: Float32Array | null;
}

/** The lifter that produced a `Motion3D` (the result JSON's `lifter` field). */
export interface LifterInfo {
  model: string;
  /** Frames the model sees per output frame. */
  receptiveField: number;
  executionProvider?: ExecutionProvider;
  /** Clip-level camera pitch and roll from the gravity head. */
  gravity?: LifterGravity;
}
