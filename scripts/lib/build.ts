/** Builds `dist/` with Vite when it is missing or older than the sources. Node only. */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const INPUTS = ['src', 'public', 'index.html', 'vite.config.ts', 'package.json'];

function newestMtime(p: string): number {
  if (!fs.existsSync(p)) return 0;
  const st = fs.statSync(p);
  if (!st.isDirectory()) return st.mtimeMs;
  let m = 0;
  for (const e of fs.readdirSync(p)) m = Math.max(m, newestMtime(path.join(p, e)));
  return m;
}

export function distIsStale(root: string): boolean {
  const built = path.join(root, 'dist/index.html');
  if (!fs.existsSync(built)) return true;
  const builtAt = fs.statSync(built).mtimeMs;
  return INPUTS.some((p) => newestMtime(path.join(root, p)) > builtAt);
}

/** Runs `vite build` (output to stderr) when needed; throws when the build fails. */
export function ensureBuilt(root: string, log: (s: string) => void): void {
  if (!distIsStale(root)) return;
  log('building the app (dist/ is missing or stale)…');
  const r = spawnSync(process.execPath, [path.join(root, 'node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'warn'], { cwd: root, stdio: ['ignore', 2, 2] });
  if (r.status !== 0) throw new Error('vite build failed (see above)');
}
