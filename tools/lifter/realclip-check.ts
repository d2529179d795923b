/**
 * Plausibility of lifted 3D on real videos without 3D ground truth (used to judge the parametric
 * exercise augmentation on the deadlift clips): bone-length stability (coefficient of variation),
 * left/right thigh asymmetry, head above ankles, trunk lean range. Input: coach-analysis/1 JSON
 * files (from `npm run analyze`), person 0's keypoints2d; each model lifts them in Node.
 * Usage: npx tsx tools/lifter/realclip-check.ts --models a,b [--model-dir dir] result1.json [result2.json ...]
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { H36M } from '../../src/core/skeleton';
import type { CoachResult } from '../../src/core/result';
import { loadLifter } from './eval/evaluate';
import { lifterModelDir } from './paths';

const argv = process.argv.slice(2);
const opt = (k: string) => { const i = argv.indexOf(k); return i >= 0 ? argv[i + 1] : undefined; };
const models = (opt('--models') ?? '').split(',').filter(Boolean);
const modelDir = path.resolve(opt('--model-dir') ?? lifterModelDir);
const files = argv.filter((a, i) => !a.startsWith('--') && !argv[i - 1]?.startsWith('--'));
if (!models.length || !files.length) throw new Error('usage: realclip-check.ts --models a,b [--model-dir dir] result.json ...');

type P = Float32Array;
const jp = (p: P, f: number, j: number) => [p[f * 51 + j * 3], p[f * 51 + j * 3 + 1], p[f * 51 + j * 3 + 2]];
const dist = (a: number[], b: number[]) => Math.hypot(a[0] - b[0], a[1] - b[1], a[2] - b[2]);
const stats = (xs: number[]) => { const m = xs.reduce((s, x) => s + x, 0) / xs.length; const sd = Math.sqrt(xs.reduce((s, x) => s + (x - m) ** 2, 0) / xs.length); return { mean: +m.toFixed(3), cv: +(sd / m).toFixed(3) }; };

function plausibility(p: P, frames: number[]) {
  const bone = (a: number, b: number) => stats(frames.map((f) => dist(jp(p, f, a), jp(p, f, b))));
  const lean = frames.map((f) => { const d = jp(p, f, H36M.thorax).map((v, k) => v - jp(p, f, H36M.pelvis)[k]); return (Math.acos(d[1] / Math.hypot(...d)) * 180) / Math.PI; });
  const thighL = bone(H36M.left_hip, H36M.left_knee), thighR = bone(H36M.right_hip, H36M.right_knee);
  return {
    thighL, thighR, shinL: bone(H36M.left_knee, H36M.left_ankle), shinR: bone(H36M.right_knee, H36M.right_ankle),
    upperArmL: bone(H36M.left_shoulder, H36M.left_elbow), torso: bone(H36M.pelvis, H36M.thorax),
    thighAsymmetry: +(Math.abs(thighL.mean - thighR.mean) / ((thighL.mean + thighR.mean) / 2)).toFixed(3),
    headAboveAnkles: +(frames.filter((f) => jp(p, f, H36M.head)[1] > Math.max(jp(p, f, H36M.left_ankle)[1], jp(p, f, H36M.right_ankle)[1])).length / frames.length).toFixed(3),
    trunkLeanDeg: { min: +Math.min(...lean).toFixed(1), max: +Math.max(...lean).toFixed(1) },
  };
}

const report: Record<string, Record<string, unknown>> = {};
for (const file of files) {
  const r = JSON.parse(readFileSync(file, 'utf8')) as CoachResult;
  const n = r.frames.length;
  const kp = new Float32Array(n * 51);
  const seen: number[] = [];
  r.frames.forEach((fr, f) => { const person = fr.persons[0]; if (person) { kp.set(person.keypoints2d.flat(), f * 51); seen.push(f); } });
  report[path.basename(file)] = {};
  for (const id of models) {
    const lifter = await loadLifter(modelDir, id, 1);
    const { pose3d } = await lifter.liftSequence({ keypoints: kp, frames: n, width: r.video.width, height: r.video.height });
    report[path.basename(file)][id] = plausibility(pose3d, seen);
    await lifter.dispose();
  }
}
console.log(JSON.stringify(report, null, 1));
