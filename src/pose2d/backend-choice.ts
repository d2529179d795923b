/**
 * Pure backend decision. WebGPU only on a real GPU adapter (SwiftShader/fallback WebGPU is ~90×
 * slower than WASM), WebGL only on a hardware renderer, else WASM (SIMD; threads when the page is
 * cross-origin isolated). An explicit override always wins when that API exists at all.
 */
import type { BackendName } from '../core/result';

export interface BackendProbe {
  webgpu: { available: boolean; fallback: boolean; description: string } | null;
  webgl: { available: boolean; renderer: string } | null;
  crossOriginIsolated: boolean;
}

export interface BackendChoice { backend: BackendName; reason: string }

const SOFTWARE = /swiftshader|llvmpipe|softpipe|lavapipe|software|basic render|microsoft basic/i;

export const isSoftwareRenderer = (desc: string): boolean => SOFTWARE.test(desc);

export const BACKENDS: readonly BackendName[] = ['wasm', 'webgl', 'webgpu'];

export function parseBackend(v: string | null | undefined): BackendName | null {
  return v && (BACKENDS as readonly string[]).includes(v) ? (v as BackendName) : null;
}

export function chooseBackend(probe: BackendProbe, override: BackendName | null): BackendChoice {
  if (override === 'webgpu') {
    if (!probe.webgpu?.available) throw new Error('WebGPU was requested but this browser offers no WebGPU adapter.');
    return { backend: 'webgpu', reason: `requested (${probe.webgpu.description || 'unknown adapter'})` };
  }
  if (override === 'webgl') {
    if (!probe.webgl?.available) throw new Error('WebGL was requested but this browser cannot create a WebGL context.');
    return { backend: 'webgl', reason: `requested (${probe.webgl.renderer || 'unknown renderer'})` };
  }
  const wasmReason = probe.crossOriginIsolated ? 'WASM SIMD + threads' : 'WASM SIMD (single thread: page not cross-origin isolated)';
  if (override === 'wasm') return { backend: 'wasm', reason: `requested: ${wasmReason}` };
  const gpu = probe.webgpu;
  if (gpu?.available && !gpu.fallback && !isSoftwareRenderer(gpu.description)) {
    return { backend: 'webgpu', reason: `hardware WebGPU adapter (${gpu.description})` };
  }
  const gl = probe.webgl;
  if (gl?.available && gl.renderer && !isSoftwareRenderer(gl.renderer)) {
    return { backend: 'webgl', reason: `hardware WebGL (${gl.renderer})` };
  }
  return { backend: 'wasm', reason: `no hardware GPU: ${wasmReason}` };
}
