/**
 * `npm run eval:keypoints -- --truth <file> (--video <clip> | --result <r.json>) [--json]`: the app's
 * keypoints on a video against per-frame 2D/3D truth (src/eval/truth.ts, docs/accuracy.md).
 * `--video` runs the app's pipeline on the clip through `npm run analyze` (same page, same code);
 * `--result` scores an existing `coach-analysis/1` result without a browser.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ArgError } from '../../../scripts/lib/args';
import { InputError } from '../../../scripts/lib/cli';
import { repoRoot } from '../../../scripts/lib/video-fixtures';
import { COCO_JOINTS, H36M_JOINTS } from '../../../src/core/skeleton';
import { parseTruth, type VideoTruth } from '../../../src/eval/truth';
import { evaluateVideo, predFromResult, type VideoKeypointReport } from '../../../src/eval/video-eval';

export const VIDEO_USAGE = '       npm run eval:keypoints -- --truth <truth.json|.csv> (--video <clip> [--model lightning|thunder] [--backend wasm|webgl|webgpu] | --result <result.json>) [--json] [--min-score 0.2]';

export interface VideoArgs { truth: string; video: string | null; result: string | null; json: boolean; model: string; backend: string | null; minScore: number }

export function parseVideoArgs(argv: string[]): VideoArgs {
  const a: VideoArgs = { truth: '', video: null, result: null, json: false, model: 'lightning', backend: null, minScore: 0.2 };
  for (let i = 0; i < argv.length; i++) {
    const v = () => { const x = argv[++i]; if (x === undefined) throw new ArgError(`${argv[i - 1]} needs a value`); return x; };
    switch (argv[i]) {
      case '--truth': a.truth = v(); break;
      case '--video': a.video = v(); break;
      case '--result': a.result = v(); break;
      case '--json': a.json = true; break;
      case '--model': a.model = v(); if (a.model !== 'lightning' && a.model !== 'thunder') throw new ArgError('--model must be lightning|thunder'); break;
      case '--backend': a.backend = v(); if (!['wasm', 'webgl', 'webgpu'].includes(a.backend)) throw new ArgError('--backend must be wasm|webgl|webgpu'); break;
      case '--min-score': a.minScore = Number(v()); if (!(a.minScore >= 0 && a.minScore <= 1)) throw new ArgError('--min-score must be 0..1'); break;
      default: throw new ArgError(`unknown argument '${argv[i]}'`);
    }
  }
  if (!a.truth) throw new ArgError('--truth is required with --video or --result');
  if ((a.video === null) === (a.result === null)) throw new ArgError('give exactly one of --video <clip> or --result <result.json>');
  return a;
}

function readTruth(file: string): VideoTruth {
  if (!fs.existsSync(file)) throw new ArgError(`no such file: ${file}`);
  try { return parseTruth(fs.readFileSync(file, 'utf8')); } catch (e) { throw new InputError(`${file}: ${(e as Error).message}`); }
}

/** Runs `npm run analyze` on the clip (the app's pipeline in headless Chromium) and returns its result JSON. */
function analyze(a: VideoArgs, log: (s: string) => void): unknown {
  const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'coach-kpeval-')), 'result.json');
  const args = ['scripts/analyze.ts', a.video!, '--out', out, '--model', a.model, ...(a.backend ? ['--backend', a.backend] : [])];
  log(`analysing ${a.video} with MoveNet ${a.model} …`);
  const r = spawnSync(process.execPath, [path.join(repoRoot, 'node_modules/tsx/dist/cli.mjs'), ...args], { cwd: repoRoot, stdio: ['ignore', 'ignore', 'inherit'] });
  if (r.status !== 0) throw (r.status === 2 ? new InputError(`the analysis of ${a.video} failed (see above)`) : new Error(`npm run analyze exited with ${r.status}`));
  return JSON.parse(fs.readFileSync(out, 'utf8'));
}

function readResult(file: string): unknown {
  if (!fs.existsSync(file)) throw new ArgError(`no such file: ${file}`);
  let r: { format?: unknown; frames?: unknown };
  try { r = JSON.parse(fs.readFileSync(file, 'utf8')); } catch { throw new InputError(`${file} is not JSON`); }
  if (r?.format !== 'coach-analysis/1' || !Array.isArray(r.frames)) throw new InputError(`${file} is not a coach-analysis/1 result (npm run analyze -- <clip> --out r.json)`);
  return r;
}

const round = (x: number, d = 4) => (Number.isFinite(x) ? Math.round(x * 10 ** d) / 10 ** d : null);

/** The printed summary (JSON-safe: NaN → null; the frame × joint matrices stay out). */
export function summary(r: VideoKeypointReport, truth: VideoTruth) {
  return {
    reference: truth.source.kind === 'model' ? `model ${truth.source.model} (agreement between models, not accuracy)` : 'labels',
    frames: r.frames, truthFrames: r.truthFrames, framesCompared: r.framesCompared, missingFrames: r.missingFrames, outsideClip: r.outsideClip,
    pckh05: round(r.pckh05), pck02: round(r.pck02), meanErrPx: round(r.meanErrPx, 2), mpjpeMm: round(r.mpjpeMm, 1), pck3d150: round(r.pck3d150), pampjpeMm: round(r.pampjpeMm, 1),
    perJoint: Object.fromEntries(COCO_JOINTS.map((n, j) => [n, { pckh05: round(r.perJoint2d[j].pckh05), pck02: round(r.perJoint2d[j].pck02), meanPx: round(r.perJoint2d[j].meanPx, 2) }])),
    perJoint3d: r.errors3dMm ? Object.fromEntries(H36M_JOINTS.map((n, j) => [n, { mpjpeMm: round(r.perJoint3d[j].mpjpeMm, 1), pck150: round(r.perJoint3d[j].pck150) }])) : null,
  };
}

export function runVideoEval(a: VideoArgs, log: (s: string) => void): number {
  const truth = readTruth(a.truth);
  const result = (a.result ? readResult(a.result) : analyze(a, log)) as Parameters<typeof predFromResult>[0] & { video?: { width: number; height: number } };
  if (truth.size && result.video && (truth.size.width !== result.video.width || truth.size.height !== result.video.height)) {
    throw new InputError(`the truth is labelled at ${truth.size.width}×${truth.size.height} px but the video shows ${result.video.width}×${result.video.height} px`);
  }
  const r = evaluateVideo(truth, predFromResult(result, a.minScore));
  const s = summary(r, truth);
  if (a.json) { process.stdout.write(JSON.stringify(s) + '\n'); return 0; }
  const pct = (v: number | null) => (v === null ? '—' : `${(100 * v).toFixed(1)} %`);
  log(`reference: ${s.reference}`);
  log(`${r.frames} frames, ${r.truthFrames} with truth, ${r.framesCompared} compared, ${r.missingFrames} missing (${r.outsideClip} outside the clip)`);
  log(`2D: PCKh@0.5 ${pct(s.pckh05)}   PCK@0.2 ${pct(s.pck02)}   mean error ${s.meanErrPx ?? '—'} px`);
  if (s.perJoint3d) log(`3D (root-relative): MPJPE ${s.mpjpeMm ?? '—'} mm   3DPCK@150 mm ${pct(s.pck3d150)}   PA-MPJPE ${s.pampjpeMm ?? '—'} mm`);
  for (const [n, v] of Object.entries(s.perJoint)) log(`  ${n.padEnd(15)} PCKh ${pct(v.pckh05).padStart(7)}  PCK@0.2 ${pct(v.pck02).padStart(7)}  ${v.meanPx ?? '—'} px`);
  return 0;
}
