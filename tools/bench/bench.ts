/**
 * `npm run bench -- [--clip <video>] [--json] [--backends wasm,webgl,webgpu] [--runs N] ...`
 * Races our pipeline against the bare MoveNet detector and the peers (tfjs pose-detection MoveNet,
 * MediaPipe Pose full) in headless Debian Chromium on a real clip; prints a table (or JSON with --json)
 * and regenerates the table in docs/benchmarks.md. Progress goes to stderr.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { errorMessage } from '../../src/core/errors';
import { repoRoot, sharedDir } from '../../scripts/lib/video-fixtures';
import { parseBenchArgs, USAGE, type BenchArgs } from './driver/args';
import { startBenchServer } from './driver/server';
import { runBackends } from './driver/run';
import { renderTable, writeBenchDocs } from './driver/report';
import type { BenchResult } from './driver/result';

const log = (s: string) => process.stderr.write(`[bench] ${s}\n`);

function fail(msg: string, code = 2): never {
  process.stderr.write(`error: ${msg}\n`);
  process.exit(code);
}

function resolveClip(a: BenchArgs): string {
  const clip = a.clip ? path.resolve(a.clip) : path.join(sharedDir, 'data/videos/squat_front_liftcheck.mp4');
  if (!fs.existsSync(clip)) {
    fail(a.clip ? `clip not found: ${clip}` : `default clip not found: ${clip} (pass --clip <video> or set COACH_SHARED_DIR)`);
  }
  if (fs.statSync(clip).size === 0) fail(`clip is empty: ${clip}`);
  return clip;
}

async function main(): Promise<void> {
  let args: BenchArgs;
  try { args = parseBenchArgs(process.argv.slice(2)); } catch (e) { fail(errorMessage(e)); }
  if (args.help) { process.stdout.write(`${USAGE}\n`); return; }
  if (args.fromJson) {
    const text = fs.readFileSync(path.resolve(args.fromJson), 'utf8');
    const saved = JSON.parse(text.slice(text.indexOf('{'))) as BenchResult;
    process.stdout.write(`${renderTable(saved)}\n`);
    if (args.docs) writeBenchDocs(path.join(repoRoot, 'docs/benchmarks.md'), saved);
    return;
  }
  const clip = resolveClip(args);
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'coach-bench-'));
  const media = new Map<string, string>([['clip.mp4', clip]]);
  if (args.lifterModels) {
    const dir = path.resolve(args.lifterModels);
    if (!fs.existsSync(path.join(dir, 'manifest.json'))) fail(`--lifter-models: no manifest.json in ${dir}`);
    for (const f of fs.readdirSync(dir)) media.set(`lifter/${f}`, path.join(dir, f));
  }
  const server = await startBenchServer({ repoRoot, mode: args.mode, media, outDir: path.join(tmp, 'dist'), log });
  log(`serving on ${server.origin} (${args.mode}); clip ${path.relative(process.cwd(), clip)}`);
  try {
    const result = await runBackends({ args, origin: server.origin, clip, media, tmp, log });
    if (args.json) process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
    else process.stdout.write(`${renderTable(result)}\n`);
    if (args.docs) {
      writeBenchDocs(path.join(repoRoot, 'docs/benchmarks.md'), result);
      log('updated docs/benchmarks.md');
    }
    if (result.crossOriginRequests.length > 0) fail(`requests left the page origin: ${result.crossOriginRequests.slice(0, 5).join(', ')}`, 3);
  } finally {
    await server.close();
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

main().catch((e: unknown) => fail(errorMessage(e), 1));
