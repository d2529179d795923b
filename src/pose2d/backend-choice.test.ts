import { describe, expect, it } from 'vitest';
import { chooseBackend, parseBackend, type BackendProbe } from './backend-choice';

const probe = (p: Partial<BackendProbe>): BackendProbe => ({ webgpu: null, webgl: null, crossOriginIsolated: true, ...p });

describe('chooseBackend', () => {
  it('never auto-picks SwiftShader or fallback WebGPU, nor software WebGL', () => {
    const p = probe({
      webgpu: { available: true, fallback: false, description: 'google swiftshader' },
      webgl: { available: true, renderer: 'ANGLE (Google, Vulkan 1.3.0 (SwiftShader Device (Subzero)), SwiftShader driver)' },
    });
    expect(chooseBackend(p, null).backend).toBe('wasm');
    expect(chooseBackend(probe({ webgpu: { available: true, fallback: true, description: 'nvidia' } }), null).backend).toBe('wasm');
    expect(chooseBackend(probe({ webgl: { available: true, renderer: 'llvmpipe (LLVM 15.0.6, 256 bits)' } }), null).backend).toBe('wasm');
  });
  it('prefers real WebGPU, then hardware WebGL', () => {
    const gl = { available: true, renderer: 'ANGLE (NVIDIA, NVIDIA GeForce RTX 3060)' };
    expect(chooseBackend(probe({ webgpu: { available: true, fallback: false, description: 'nvidia ampere' }, webgl: gl }), null).backend).toBe('webgpu');
    expect(chooseBackend(probe({ webgl: gl }), null).backend).toBe('webgl');
  });
  it('honours overrides when the API exists, and explains when it does not', () => {
    const sw = probe({ webgpu: { available: true, fallback: true, description: 'swiftshader' }, webgl: { available: true, renderer: 'SwiftShader' } });
    expect(chooseBackend(sw, 'webgpu').backend).toBe('webgpu');
    expect(chooseBackend(sw, 'webgl').backend).toBe('webgl');
    expect(chooseBackend(sw, 'wasm').backend).toBe('wasm');
    expect(() => chooseBackend(probe({}), 'webgpu')).toThrow(/WebGPU/);
  });
  it('says whether WASM threads are possible', () => {
    expect(chooseBackend(probe({ crossOriginIsolated: false }), null).reason).toMatch(/single thread/);
  });
  it('parses ?backend= values', () => {
    expect(parseBackend('webgl')).toBe('webgl');
    expect(parseBackend('cuda')).toBeNull();
    expect(parseBackend(null)).toBeNull();
  });
});
