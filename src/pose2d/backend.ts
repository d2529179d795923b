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

/** Probe, choose (override wins) and activate a tfjs backend. Throws a human message on failure. */
export async function initBackend(override: BackendName | null): Promise<BackendChoice> {
  const choice = chooseBackend(await probeBackends(), override);
  if (tf.getBackend() === choice.backend) return choice;
  await register(choice.backend);
  const ok = await tf.setBackend(choice.backend);
  if (!ok) throw new Error(`Could not start the ${choice.backend} backend in this browser.`);
  await tf.ready();
  return choice;
}
