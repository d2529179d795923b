/**
 * Serves the app + bench pages for the benchmark: Vite dev server (fast, unbundled) or a production
 * build + `vite preview` (what users get). A bench-only plugin adds two same-origin routes:
 *   /__bench/mediapipe/<file>  → node_modules/@mediapipe/pose/<file> (peer; never copied into public/)
 *   /__bench/media/<key>       → registered local files (the clip, generated long clips), with Range.
 */
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { build, createServer, preview, type Plugin } from 'vite';

export const BENCH_PAGES = ['race', 'pipeline', 'lifter', 'live'] as const;
export type BenchPage = (typeof BENCH_PAGES)[number];
/** The bench pages' folder, relative to the repo root (= the server root, so also their URL path). */
export const PAGES_DIR = 'tools/bench/pages';
/** URL of a bench page on the server at `origin` (dev and preview alike). */
export const pageUrl = (origin: string, page: BenchPage): string => `${origin}/${PAGES_DIR}/${page}.html`;

const TYPES: Record<string, string> = {
  '.js': 'text/javascript', '.mjs': 'text/javascript', '.wasm': 'application/wasm', '.json': 'application/json',
  '.mp4': 'video/mp4', '.mov': 'video/quicktime', '.webm': 'video/webm',
};
const ISOLATION = {
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Embedder-Policy': 'require-corp',
  'Cross-Origin-Resource-Policy': 'same-origin',
};

/** Send a file, honouring a single `Range: bytes=a-b` request. */
export function sendFile(req: IncomingMessage, res: ServerResponse, file: string): void {
  const size = fs.statSync(file).size;
  const type = TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
  const headers: Record<string, string | number> = { ...ISOLATION, 'Content-Type': type, 'Accept-Ranges': 'bytes', 'Cache-Control': 'no-cache' };
  const m = /^bytes=(\d*)-(\d*)$/.exec(req.headers.range ?? '');
  if (m && (m[1] || m[2])) {
    const start = m[1] ? Number(m[1]) : Math.max(0, size - Number(m[2]));
    const end = m[1] && m[2] ? Math.min(Number(m[2]), size - 1) : size - 1;
    if (start > end || start >= size) { res.writeHead(416, { ...headers, 'Content-Range': `bytes */${size}` }); res.end(); return; }
    res.writeHead(206, { ...headers, 'Content-Range': `bytes ${start}-${end}/${size}`, 'Content-Length': end - start + 1 });
    fs.createReadStream(file, { start, end }).pipe(res);
    return;
  }
  res.writeHead(200, { ...headers, 'Content-Length': size });
  if (req.method === 'HEAD') { res.end(); return; }
  fs.createReadStream(file).pipe(res);
}

/** Vite plugin for the bench routes (dev and preview). `media` maps URL keys to absolute file paths. */
export function benchPlugin(repoRoot: string, media: Map<string, string>): Plugin {
  const mpDir = path.join(repoRoot, 'node_modules/@mediapipe/pose');
  const handler = (req: IncomingMessage, res: ServerResponse, next: () => void) => {
    const url = decodeURIComponent((req.url ?? '').split('?')[0]);
    if (url.startsWith('/__bench/mediapipe/')) {
      const name = path.basename(url);
      const file = path.join(mpDir, name);
      if (name && fs.existsSync(file)) return sendFile(req, res, file);
    } else if (url.startsWith('/__bench/media/')) {
      const file = media.get(url.slice('/__bench/media/'.length));
      if (file && fs.existsSync(file)) return sendFile(req, res, file);
    } else return next();
    res.writeHead(404, ISOLATION);
    res.end('not found');
  };
  return {
    name: 'coach-bench-routes',
    configureServer(server) { server.middlewares.use(handler); },
    configurePreviewServer(server) { server.middlewares.use(handler); },
    // pose-detection imports @mediapipe/pose for BlazePose only; we load MediaPipe as a classic script instead.
    // The app's config scans only index.html; the bench pages' own deps are scanned here (dev mode).
    config: () => ({
      resolve: { alias: { '@mediapipe/pose': path.join(repoRoot, PAGES_DIR, 'lib/mediapipe-shim.ts') } },
      optimizeDeps: { entries: BENCH_PAGES.map((p) => `${PAGES_DIR}/${p}.html`) },
    }),
  };
}

/** A free TCP port on localhost. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as net.AddressInfo;
      s.close(() => resolve(port));
    });
  });
}

export interface BenchServer { origin: string; close(): Promise<void> }

/** Start the dev server, or build (app + bench pages) into `outDir` and preview it. */
export async function startBenchServer(opts: {
  repoRoot: string; mode: 'dev' | 'preview'; media: Map<string, string>; outDir: string; log: (s: string) => void;
}): Promise<BenchServer> {
  const { repoRoot, media, outDir } = opts;
  const configFile = path.join(repoRoot, 'vite.config.ts');
  const plugins = [benchPlugin(repoRoot, media)];
  const port = await freePort();
  if (opts.mode === 'dev') {
    const server = await createServer({ configFile, root: repoRoot, plugins, logLevel: 'warn', server: { port, strictPort: true, host: '127.0.0.1' } });
    await server.listen();
    return { origin: `http://127.0.0.1:${port}`, close: () => server.close() };
  }
  const input: Record<string, string> = { main: path.join(repoRoot, 'index.html') };
  for (const p of BENCH_PAGES) {
    const html = path.join(repoRoot, PAGES_DIR, `${p}.html`);
    if (fs.existsSync(html)) input[`bench/${p}`] = html;
  }
  opts.log(`building app + bench pages into ${path.relative(repoRoot, outDir)} ...`);
  await build({ configFile, root: repoRoot, plugins, logLevel: 'error', build: { outDir, emptyOutDir: true, rollupOptions: { input } } });
  const server = await preview({ configFile, root: repoRoot, plugins, logLevel: 'warn', build: { outDir }, preview: { port, strictPort: true, host: '127.0.0.1' } });
  return { origin: `http://127.0.0.1:${port}`, close: () => new Promise<void>((r) => server.httpServer.close(() => r())) };
}
