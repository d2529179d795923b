/**
 * Batch CLI: runs the in-browser pipeline (the same upload input, store and pipeline as the UI)
 * in headless Debian Chromium and writes the coach-analysis/1 JSON.
 *   npm run analyze -- <video> [--out result.json] [--backend wasm|webgl|webgpu] [--model lightning|thunder] [--3d|--no-3d] [--stall-timeout s]
 *   npm run analyze -- <video>... [--list clips.txt] --out-dir <dir> [--jobs N]   (batch: scripts/lib/batch.ts)
 * Exit codes: 0 ok (warnings on stderr), 2 bad input or a stalled stage (one line `error: ...` on
 * stderr, no output file), 1 internal failure. The output file appears only complete (written to a
 * temporary name, then renamed).
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseAnalyzeArgs, parseList, USAGE } from './lib/args';
import { InputError, runCli } from './lib/cli';
import { appQuery, runBatch, writeAtomically } from './lib/batch';
import { launchChromium, startPreview, webgpuArgs } from './lib/browser';
import { ensureBuilt } from './lib/build';
import { analyzeInPage } from './lib/drive';
import { repoRoot } from './lib/video-fixtures';
import { formatEta, type Progress } from '../src/pipeline/progress';

const log = (s: string) => process.stderr.write(`${s}\n`);


/** Progress on stderr: a live line on a terminal; else a line per phase change, 30 frames or 5 s. */
function progressPrinter(): (p: Progress) => void {
  let last = '';
  let lastPhase = '';
  let lastFrames = 0;
  let lastAt = 0;
  return (p) => {
    const pct = p.fraction != null ? `${Math.round(p.fraction * 100)}%` : '';
    const line = `${p.phase} ${p.framesDone}${p.framesTotal ? `/${p.framesTotal}` : ''} frames ${pct} ${p.fps.toFixed(1)} fps ETA ${formatEta(p.etaS)}`;
    if (line === last) return;
    last = line;
    if (process.stderr.isTTY) { process.stderr.write(`\r\x1b[K${line}`); return; }
    if (p.phase !== lastPhase || p.framesDone - lastFrames >= 30 || Date.now() - lastAt >= 5000) {
      log(line);
      lastPhase = p.phase;
      lastFrames = p.framesDone;
      lastAt = Date.now();
    }
  };
}

function checkInput(video: string): string {
  const abs = path.resolve(video);
  if (!fs.existsSync(abs)) throw new InputError(`no such file: ${video}`);
  if (!fs.statSync(abs).isFile()) throw new InputError(`not a file: ${video}`);
  if (fs.statSync(abs).size === 0) throw new InputError(`the file is empty (0 bytes): ${video}`);
  return abs;
}

async function run(argv: string[]): Promise<number> {
  const args = parseAnalyzeArgs(argv);
  if (args === 'help') { log(USAGE); return 0; }
  if (args.outDir) {
    const listed = args.lists.flatMap((l) => {
      if (!fs.existsSync(l)) throw new InputError(`no such list file: ${l}`);
      return parseList(fs.readFileSync(l, 'utf8'), path.dirname(path.resolve(l)), path.join);
    });
    ensureBuilt(repoRoot, log);
    return runBatch(args, [...args.videos, ...listed], log, repoRoot);
  }
  const video = checkInput(args.video);
  ensureBuilt(repoRoot, log);
  const { server, url } = await startPreview(repoRoot);
  const browser = await launchChromium(args.backend === 'webgpu' ? webgpuArgs : []);
  try {
    const page = await browser.newPage({ serviceWorkers: 'block' }); // the PWA's offline cache is for people, not for one-off CLI runs
    page.on('pageerror', (e) => log(`page error: ${e.message}`));
    await page.goto(`${url}/?${appQuery(args)}`);
    const t0 = Date.now();
    // Backstop for a frozen page: the page's own watchdog (≤ 30 s per stage) normally answers first.
    const out = await analyzeInPage(page, video, progressPrinter(), { stallMs: ((args.stallTimeoutS ?? 30) + 15) * 1000 });
    if (process.stderr.isTTY) process.stderr.write('\n');
    // Exit 1 for our own failures (a bug, a missing model file), 2 for the input's.
    if (!out.ok) throw out.errorKind === 'internal' || out.errorKind === 'model' ? new Error(out.error) : new InputError(out.error);
    const json = JSON.stringify(out.result);
    for (const w of out.result.warnings ?? []) log(`warning: ${w}`);
    if (args.out) writeAtomically(args.out, json);
    else process.stdout.write(json + '\n');
    const n = out.result.video.frameCount;
    const wall = (Date.now() - t0) / 1000;
    log(`done: ${n} frames in ${wall.toFixed(1)} s (${(n / wall).toFixed(1)} frames/s end-to-end), backend ${out.result.backend} (${out.backendReason}), 2D ${(out.result.timingsMs.detect2d / n).toFixed(1)} ms/frame${args.out ? ` → ${args.out}` : ''}`);
    return 0;
  } finally {
    await browser.close();
    await server.close();
  }
}

runCli(run, USAGE);
