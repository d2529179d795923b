/**
 * Work-around for tfjs-backend-wasm's threaded build under a minifying bundler: tfjs starts its
 * pthread workers from `factory.toString()`, which after minification refers to renamed outer
 * variables ("e is not defined" in the worker). We make that toString return the pristine
 * Emscripten source, shipped from our own origin inside the bundle.
 */
import * as threaded from '@tensorflow/tfjs-backend-wasm/wasm-out/tfjs-backend-wasm-threaded-simd.js';
import pristine from '@tensorflow/tfjs-backend-wasm/wasm-out/tfjs-backend-wasm-threaded-simd.js?raw';

const PREFIX = 'var WasmBackendModuleThreadedSimd = ';

export function patchThreadedWasmFactory(): void {
  const mod = threaded as unknown as { default?: unknown };
  const factory = (mod.default ?? mod) as { toString(): string };
  const at = pristine.indexOf(PREFIX);
  if (typeof factory !== 'function' || at < 0) return;
  const body = pristine.slice(at + PREFIX.length);
  Object.defineProperty(factory, 'toString', { value: () => body, configurable: true });
}
