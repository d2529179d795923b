/**
 * The ONNX model runner: the only file that imports onnxruntime-web. Runs batches of windows
 * [batch, frames, 17, 3] → pose3d [batch, frames−RF+1, 17, 3], root [batch, frames−RF+1, 3] and,
 * for gravity-aware models, up [batch, frames−RF+1, 3] + upSigmaDeg [batch, frames−RF+1].
 */
import type * as OrtTypes from 'onnxruntime-web';
import type { ExecutionProvider } from './types';

export interface RunnerOutput {
  pose: Float32Array;
  root: Float32Array | null;
  /** Unit world-up vectors in the pose's camera axes (batch × outFrames × 3), when the model has the head. */
  up?: Float32Array | null;
  /** Predicted 1-σ angular error of `up`, degrees (batch × outFrames). */
  upSigmaDeg?: Float32Array | null;
  outFrames: number;
}

export interface ModelRunner {
  /** Where the model runs (after any fallback). */
  readonly provider: ExecutionProvider;
  run(input: Float32Array, batch: number, frames: number): Promise<RunnerOutput>;
  dispose(): Promise<void>;
}

export interface RunnerOptions {
  /** Model bytes (Node, tests) or URL (browser). */
  model: Uint8Array | string;
  executionProvider?: ExecutionProvider;
  /** Folder URL of ORT's .wasm files (browser: '/wasm/ort/', copied by postinstall; never a CDN). */
  wasmPaths?: string;
  numThreads?: number;
}

const isNode = typeof process !== 'undefined' && !!process.versions?.node;

/** Bundles whose ORT glue is embedded, so only one .wasm file is fetched (from `wasmPaths`). */
const WASM_FILE: Record<ExecutionProvider, string> = { wasm: 'ort-wasm-simd-threaded.wasm', webgpu: 'ort-wasm-simd-threaded.jsep.wasm' };

async function loadOrt(ep: ExecutionProvider): Promise<typeof OrtTypes> {
  if (isNode || ep === 'webgpu') return await import('onnxruntime-web');
  return await import('onnxruntime-web/wasm');
}

export async function createOrtRunner(opts: RunnerOptions): Promise<ModelRunner> {
  const ep = opts.executionProvider ?? 'wasm';
  const ort = await loadOrt(ep);
  if (opts.wasmPaths && !isNode) ort.env.wasm.wasmPaths = { wasm: `${opts.wasmPaths}${WASM_FILE[ep]}` };
  if (opts.numThreads) ort.env.wasm.numThreads = opts.numThreads;
  const session = typeof opts.model === 'string'
    ? await ort.InferenceSession.create(opts.model, { executionProviders: [ep] })
    : await ort.InferenceSession.create(opts.model, { executionProviders: [ep] });
  const [inputName] = session.inputNames;
  return {
    provider: ep,
    async run(input, batch, frames) {
      if (input.length !== batch * frames * 51) throw new Error(`lifter input has ${input.length} values, expected ${batch}×${frames}×17×3`);
      const feeds = { [inputName]: new ort.Tensor('float32', input, [batch, frames, 17, 3]) };
      const out = await session.run(feeds);
      const pose = out.pose3d;
      if (!pose || pose.dims.length !== 4 || pose.dims[2] !== 17 || pose.dims[3] !== 3) throw new Error(`lifter output pose3d has shape [${pose?.dims.join(', ')}], expected [batch, frames, 17, 3]`);
      const copy = (name: string) => (out[name] ? (out[name].data as Float32Array).slice() : null);
      const result = { pose: (pose.data as Float32Array).slice(), root: copy('root'), up: copy('up'), upSigmaDeg: copy('upSigmaDeg'), outFrames: pose.dims[1] };
      for (const t of Object.values(out)) t.dispose();
      return result;
    },
    async dispose() { await session.release(); },
  };
}
