import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

/** Cross-origin isolation lets tfjs and onnxruntime use WASM threads (SharedArrayBuffer). */
const isolationHeaders = {
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Embedder-Policy': 'require-corp',
  'Cross-Origin-Resource-Policy': 'same-origin',
};

export default defineConfig({
  plugins: [react()],
  server: { headers: isolationHeaders, port: 5173, strictPort: false },
  preview: { headers: isolationHeaders, port: 4173, strictPort: false },
  worker: { format: 'es' },
  build: { target: 'es2022', chunkSizeWarningLimit: 4096 },
  optimizeDeps: {
    // Scan only the app's own page: bench/*.html pull in bench-only peers (pose-detection, MediaPipe)
    // that the app never imports and that do not pre-bundle without the bench's alias (see
    // scripts/lib/bench-server.ts, which adds its pages back for `npm run bench -- --dev`).
    entries: ['index.html'],
    // Bare imports the scan cannot see (worker entries, the lazily imported WebGPU backend), so a cold
    // cache is optimised once, before the first page load, never again mid-session (a re-optimisation
    // reloads the page and throws the running analysis away).
    include: ['@tensorflow/tfjs-backend-webgpu'],
    exclude: ['onnxruntime-web'],
  },
  test: {
    include: ['src/**/*.test.ts', 'scripts/**/*.test.ts', 'training/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
  },
});
