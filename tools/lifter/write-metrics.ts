/**
 * Evaluates every model in public/models/lifter/manifest.json on the held-out subjects
 * (training/split.json) with the shipped ONNX (tools/eval/lifter.ts machinery), writes
 * training/metrics.json and copies each model's headline numbers into its metadata JSON.
 * Usage: npx tsx tools/lifter/write-metrics.ts --data <mocap folder> [--seed N]
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { sharedDir } from '../../src/mocap/node';
import { evaluateLifter } from './eval/evaluate';
import { lifterModelDir, trainingDir } from './paths';

const modelDir = lifterModelDir;
const arg = (k: string, d: string) => { const i = process.argv.indexOf(k); return i > 0 ? process.argv[i + 1] : d; };
const data = arg('--data', path.join(sharedDir(), 'data/mocap'));
const seed = Number(arg('--seed', '1'));
const subjects: string[] = JSON.parse(readFileSync(path.join(trainingDir, 'split.json'), 'utf8')).test;
const manifest = JSON.parse(readFileSync(path.join(modelDir, 'manifest.json'), 'utf8')) as { models: string[] };

const results: Record<string, unknown> = {};
for (const id of manifest.models) {
  const noisy = await evaluateLifter({ data, modelDir, model: id, seed, subjects, fps: 30, camerasPerClip: 2, noiseFrac: 0.015, threads: 1 });
  const clean = await evaluateLifter({ data, modelDir, model: id, seed, subjects, fps: 30, camerasPerClip: 1, noiseFrac: 0, threads: 1 });
  results[id] = { noisy, clean: { mpjpeMm: clean.mpjpeMm, pmpjpeMm: clean.pmpjpeMm, byView: clean.byView } };
  const metaPath = path.join(modelDir, `${id}.json`);
  const meta = JSON.parse(readFileSync(metaPath, 'utf8'));
  meta.metrics = { mpjpeMm: noisy.mpjpeMm, pmpjpeMm: noisy.pmpjpeMm, nmpjpeMm: noisy.nmpjpeMm, byView: noisy.byView, heldOutSubjects: subjects, noise: 'eval-lifter default (1.5% jitter, 2% drops)', cleanMpjpeMm: clean.mpjpeMm,
    testTimeRefinement: noisy.refine, ...(noisy.upErrorDeg ? { upErrorDeg: noisy.upErrorDeg, spineAngleErrorDeg: noisy.spineAngleErrorDeg } : {}) };
  writeFileSync(metaPath, `${JSON.stringify(meta, null, 2)}\n`);
  console.log(`${id}: MPJPE ${noisy.mpjpeMm} mm, P-MPJPE ${noisy.pmpjpeMm} mm (clean ${clean.mpjpeMm}), by view ${JSON.stringify(noisy.byView)}`);
}
writeFileSync(path.join(trainingDir, 'metrics.json'), `${JSON.stringify({ date: new Date().toISOString().slice(0, 10), heldOutSubjects: subjects, seed, command: 'npm run eval:lifter -- --data <mocap> --subjects ' + subjects.join(','), models: results }, null, 2)}\n`);
