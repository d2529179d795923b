/**
 * Exports the mocap corpus (+ parametric exercise sets on each subject's skeleton) for training:
 * `training/cache/{h36m,coco3d}.f32` (frames × 17 × 3 float32, metres, mocap world frame, 120 fps)
 * and `training/cache/index.json` (one entry per clip: offset/frames into the binaries, subject,
 * split, synthetic kind). Usage: npx tsx tools/lifter/export-data.ts [--data <mocap folder>] [--synth N]
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { findMocapClips, loadAsf, loadMocapClip, sharedDir } from '../../src/mocap/node';
import type { MocapClip } from '../../src/mocap/clip';
import { EXERCISES } from './synth/motions';
import { trainingDir } from './paths';
import { renderExercise } from './synth/render';
import { makeRng } from '../../src/core/rng';

interface Entry { name: string; subject: string; split: 'train' | 'test'; synthetic: string | null; offset: number; frames: number }

const arg = (k: string, d: string) => { const i = process.argv.indexOf(k); return i > 0 ? process.argv[i + 1] : d; };
const dataDir = arg('--data', path.join(sharedDir(), 'data/mocap'));
const synthPerKind = Number(arg('--synth', '2'));
const outDir = path.join(trainingDir, 'cache');
const testSubjects = new Set<string>(JSON.parse(readFileSync(path.join(trainingDir, 'split.json'), 'utf8')).test);

const clips: MocapClip[] = [];
const entries: Entry[] = [];
let offset = 0;
const add = (c: MocapClip, synthetic: string | null) => {
  entries.push({ name: c.name, subject: c.subject, split: testSubjects.has(c.subject) ? 'test' : 'train', synthetic, offset, frames: c.frameCount });
  clips.push(c);
  offset += c.frameCount;
};

const refs = findMocapClips(dataDir);
for (const ref of refs) add(loadMocapClip(ref.amcPath), null);
const skeletons = new Map(refs.map((r) => [r.subject, r.asfPath]));
const rng = makeRng(20261122);
for (const [subject, asf] of skeletons) {
  const skel = loadAsf(asf);
  for (const kind of EXERCISES) {
    for (let i = 0; i < synthPerKind; i++) add(renderExercise(kind, skel, subject, rng, `synth_${kind}_${subject}_${i}`), kind);
  }
}

mkdirSync(outDir, { recursive: true });
for (const key of ['h36m', 'coco3d'] as const) {
  const all = new Float32Array(offset * 51);
  let o = 0;
  for (const c of clips) { all.set(c[key], o); o += c[key].length; }
  writeFileSync(path.join(outDir, `${key}.f32`), Buffer.from(all.buffer));
}
writeFileSync(path.join(outDir, 'index.json'), JSON.stringify({ fps: 120, joints: 17, clips: entries }, null, 1));
const count = (f: (e: Entry) => boolean) => entries.filter(f).reduce((s, e) => s + e.frames, 0);
console.log(`exported ${entries.length} clips, ${offset} frames (train real ${count((e) => e.split === 'train' && !e.synthetic)}, test real ${count((e) => e.split === 'test' && !e.synthetic)}, synthetic ${count((e) => !!e.synthetic)}) to ${outDir}`);
