/** Browser side of the backend choice: probe WebGPU/WebGL, then initialise the tfjs backend. */
import * as tf from '@tensorflow/tfjs';
import type { BackendName } from '../core/result';
import { chooseBackend, type BackendChoice, type BackendProbe } from './backend-choice';

/** Where the tfjs WASM binaries are served from (copied by scripts/fetch-models.mjs). */
export const TFJS_WASM_PATH = '/wasm/tfjs/';

interface AdapterLike { info?: { vendor?: string; architecture?: string; description?: string; device?: string; isFallbackAdapter?: boolean }; isFallbackAdapter?: boolean }
interface GpuLike { requestAdapter(): Promise<AdapterLike | null> }

async function probeWebGpu(): Promise<BackendProbe['webgpu']> {
  const gpu = (navigator as unknown as { gpu?: GpuLike }).gpu;
  if (!gpu) return null;
  try {
    const a = await gpu.requestAdapter();
    if (!a) return { available: false, fallback: false, description: '' };
    const i = a.info ?? {};
    const description = [i.vendor, i.architecture, i.device, i.description].filter(Boolean).join(' ');
    return { available: true, fallback: Boolean(i.isFallbackAdapter ?? a.isFallbackAdapter), description };
  } catch {
    return { available: false, fallback: false, description: '' };
  }
}

function probeWebGl(): BackendProbe['webgl'] {
  try {
    const canvas = document.createElement('canvas');
    const gl = canvas.getContext('webgl2') ?? canvas.getContext('webgl');
    if (!gl) return { available: false, renderer: '' };
    const ext = gl.getExtension('WEBGL_debug_renderer_info');
    const renderer = String(ext ? gl.getParameter(ext.UNMASKED_RENDERER_WEBGL) : gl.getParameter(gl.RENDERER));
    gl.getExtension('WEBGL_lose_context')?.loseContext();
    return { available: true, renderer };
  } catch {
    return { available: false, renderer: '' };
  }
}

export async function probeBackends(): Promise<BackendProbe> {
  return { webgpu: await probeWebGpu(), webgl: probeWebGl(), crossOriginIsolated: globalThis.crossOriginIsolated === true };
}

async function register(name: BackendName): Promise<void> {
  if (name === 'wasm') {
    const [wasm, fix] = await Promise.all([import('@tensorflow/tfjs-backend-wasm'), import('./wasm-threads-fix')]);
    fix.patchThreadedWasmFactory();
    wasm.setWasmPaths(TFJS_WASM_PATH);
  } else if (name === 'webgpu') {
    await import('@tensorflow/tfjs-backend-webgpu');
  }
}

/** Activates one named tfjs backend, no probing (also in a worker, where there is no `document`). */
export async function startBackend(name: BackendName): Promise<void> {
  if (tf.getBackend() === name) return;
  await register(name);
  const ok = await tf.setBackend(name);
  if (!ok) throw new Error(`Could not start the ${name} backend in this browser.`);
  await tf.ready();
}

/** Probe, choose (override wins) and activate a tfjs backend. Throws a human message on failure. */
export async function initBackend(override: BackendName | null): Promise<BackendChoice> {
  const choice = chooseBackend(await probeBackends(), override);
  await startBackend(choice.backend);
  return choice;
}

/** A GPU backend lost its WebGL context or WebGPU device mid-run (a GPU reset, a driver crash, a phone tab long in the background). */
export class GpuLostError extends Error {
  readonly kind = 'gpu-lost' as const;
  constructor(backend: string) {
    super(`The graphics processor (${backend === 'webgpu' ? 'WebGPU device' : 'WebGL context'}) was lost during the analysis, as happens after a GPU reset or when a tab stays in the background. Analyse the video again; if it keeps happening, choose the WASM backend in the header.`);
    this.name = 'GpuLostError';
  }
}

export const isGpuLostError = (e: unknown): e is GpuLostError => e instanceof Error && e.name === 'GpuLostError';

type TfGpuBackend = { gpgpu?: { gl?: WebGLRenderingContext | WebGL2RenderingContext }; device?: { lost?: Promise<unknown> } };

/**
 * Calls `onLost` once if the active tfjs GPU backend loses its WebGL context or WebGPU device; returns
 * the unsubscribe. A no-op for WASM.
 */
export function watchGpuLoss(onLost: (backend: string) => void): () => void {
  const name = tf.getBackend();
  if (name !== 'webgl' && name !== 'webgpu') return () => undefined;
  const b = tf.backend() as unknown as TfGpuBackend;
  let on = true;
  const fire = () => { if (on) { on = false; onLost(name); } };
  if (name === 'webgpu') {
    void b.device?.lost?.then(fire);
    return () => { on = false; };
  }
  const gl = b.gpgpu?.gl;
  if (!gl) return () => undefined;
  if (gl.isContextLost()) queueMicrotask(fire);
  const canvas = gl.canvas as unknown as EventTarget;
  canvas.addEventListener('webglcontextlost', fire);
  return () => { on = false; canvas.removeEventListener('webglcontextlost', fire); };
}

/** After a loss: the dead backend is dropped (its factory kept), so the next `initBackend` starts a fresh one. */
export function dropLostBackend(name: string): void {
  const factory = tf.findBackendFactory(name);
  if (!factory) return;
  tf.removeBackend(name);
  tf.registerBackend(name, factory);
}
