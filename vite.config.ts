import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';

/** Cross-origin isolation lets tfjs and onnxruntime use WASM threads (SharedArrayBuffer). */
const isolationHeaders = {
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Embedder-Policy': 'require-corp',
  'Cross-Origin-Resource-Policy': 'same-origin',
};

/**
 * Installable PWA that works in a gym with no signal (Workbox via vite-plugin-pwa): the app shell,
 * the default models (MoveNet Lightning, the offline and live lifters) and the WASM binaries of the
 * CPU path are precached on the first visit; other models/binaries (Thunder, the WebGPU build of
 * onnxruntime) are cached the first time they are used. The service worker and its registration are
 * same-origin files (no inline script: the CSP stays as it is).
 */
const pwa = VitePWA({
  registerType: 'autoUpdate',
  injectRegister: 'script',
  includeAssets: ['icon.svg'],
  manifest: {
    name: 'Coach3D — squat & deadlift coach', short_name: 'Coach3D', description: 'In-browser squat and deadlift coach: reps, 3D and form hints; the video never leaves the device.',
    theme_color: '#0f1217', background_color: '#111111', display: 'standalone', start_url: '/', scope: '/',
    icons: [{ src: 'icon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' }],
  },
  workbox: {
    globPatterns: ['**/*.{js,mjs,css,html,json,svg,wasm,bin,onnx}'],
    // Bundler copies of the onnxruntime binaries (the runtime loads /wasm/ort/), the optional models and the WebGPU build: cached on use.
    globIgnores: ['assets/ort-wasm*', 'wasm/ort/*jsep*', 'models/movenet/movenet-thunder*', 'models/movenet/movenet-multipose*', 'models/lifter/vp3d-rf1.*'],
    maximumFileSizeToCacheInBytes: 16 * 1024 * 1024,
    navigateFallback: '/index.html',
    clientsClaim: true,
    skipWaiting: true,
    runtimeCaching: [{
      urlPattern: ({ url, sameOrigin }) => sameOrigin && /^\/(models|wasm|assets)\//.test(url.pathname),
      handler: 'CacheFirst',
      options: { cacheName: 'coach3d-on-use', expiration: { maxEntries: 40 } },
    }],
  },
});

export default defineConfig({
  plugins: [react(), pwa],
  server: { headers: isolationHeaders, port: 5173, strictPort: false },
  preview: { headers: isolationHeaders, port: 4173, strictPort: false },
  worker: { format: 'es' },
  build: { target: 'es2022', chunkSizeWarningLimit: 4096 },
  optimizeDeps: {
    // Scan only the app's own page: tools/bench/pages/*.html pull in bench-only peers (pose-detection,
    // MediaPipe) that the app never imports and that do not pre-bundle without the bench's alias (see
    // tools/bench/driver/server.ts, which adds its pages back for `npm run bench -- --dev`).
    entries: ['index.html'],
    // Bare imports the scan cannot see (worker entries, the lazily imported WebGPU backend), so a cold
    // cache is optimised once, before the first page load, never again mid-session (a re-optimisation
    // reloads the page and throws the running analysis away).
    include: ['@tensorflow/tfjs-backend-webgpu'],
    exclude: ['onnxruntime-web'],
  },
  test: {
    include: ['src/**/*.test.ts', 'scripts/**/*.test.ts', 'tools/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
  },
});
