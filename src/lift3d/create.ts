/** createPoseLifter (the lifter runtime, docs/lifter.md): manifest → metadata → ORT runner in a worker (main-thread fallback). */
import { errorMessage } from '../core/errors';
import { validateMetadata, type LifterManifest, type LifterMetadata } from './metadata';
import { TemporalLifter } from './lifter';
import { createOrtRunner, type ModelRunner } from './runner';
import type { CreateLifterOptions, ExecutionProvider, PoseLifter } from './types';
import { createWorkerRunner } from './worker-client';

/** ORT's wasm binaries, copied from node_modules by postinstall (scripts/fetch-models.mjs). */
export const ORT_WASM_PATH = '/wasm/ort/';
export const DEFAULT_MODEL_BASE = '/models/lifter/';

async function fetchJson<T>(url: string): Promise<T> {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`could not load ${url} (HTTP ${res.status})`);
  return (await res.json()) as T;
}

/** Reads manifest.json and the metadata of the model for `mode`. */
export async function loadLifterMetadata(base: string, mode: 'offline' | 'live'): Promise<{ meta: LifterMetadata; modelUrl: string }> {
  const dir = base.endsWith('/') ? base : `${base}/`;
  const manifest = await fetchJson<LifterManifest>(`${dir}manifest.json`);
  const id = manifest[mode];
  if (!id) throw new Error(`lifter manifest has no '${mode}' model`);
  const meta = validateMetadata(await fetchJson<unknown>(`${dir}${id}.json`));
  return { meta, modelUrl: `${dir}${id}.onnx` };
}

/** A runner for `ep`; a WebGPU runner that cannot start falls back to WASM (console warning). */
async function makeRunner(modelUrl: string, ep: ExecutionProvider, inWorker: boolean): Promise<ModelRunner> {
  if (ep === 'webgpu') {
    try {
      return await makeRunnerOn(modelUrl, 'webgpu', inWorker);
    } catch (e) {
      console.warn(`lifter: WebGPU unavailable, using WASM: ${errorMessage(e)}`);
    }
  }
  return makeRunnerOn(modelUrl, 'wasm', inWorker);
}

async function makeRunnerOn(modelUrl: string, ep: ExecutionProvider, inWorker: boolean): Promise<ModelRunner> {
  if (inWorker && typeof Worker !== 'undefined') {
    try {
      return await createWorkerRunner(modelUrl, ep, ORT_WASM_PATH);
    } catch (e) {
      console.warn(`lifter worker unavailable, running on the main thread: ${errorMessage(e)}`);
    }
  }
  return createOrtRunner({ model: modelUrl, executionProvider: ep, wasmPaths: ORT_WASM_PATH });
}

export async function createPoseLifter(opts: CreateLifterOptions = {}): Promise<PoseLifter> {
  const mode = opts.mode ?? 'offline';
  const { meta, modelUrl } = await loadLifterMetadata(opts.modelBaseUrl ?? DEFAULT_MODEL_BASE, mode);
  const runner = await makeRunner(new URL(modelUrl, globalThis.location?.href ?? 'http://localhost/').href, opts.executionProvider ?? 'wasm', opts.inWorker ?? true);
  return new TemporalLifter(runner, meta);
}
