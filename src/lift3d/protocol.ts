/** Typed messages between the lifter worker client and `src/workers/lifter.worker.ts`. */
import type { ExecutionProvider } from './types';

export type LifterRequest =
  | { type: 'init'; id: number; modelUrl: string; executionProvider: ExecutionProvider; wasmPaths: string }
  | { type: 'run'; id: number; input: Float32Array; batch: number; frames: number }
  | { type: 'dispose'; id: number };

export type LifterResponse =
  | { type: 'ok'; id: number }
  | { type: 'result'; id: number; pose: Float32Array; root: Float32Array | null; up?: Float32Array | null; upSigmaDeg?: Float32Array | null; outFrames: number }
  | { type: 'error'; id: number; message: string };
