import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { COCO_LR_PAIRS, H36M_LR_PAIRS, mirrorPermutation } from '../core/skeleton';
import { mirrorJoints, TemporalLifter, type TemporalLifterOptions } from './lifter';
import { validateMetadata } from './metadata';
import { createOrtRunner } from './runner';

const repo = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../..');
const modelDir = path.join(repo, 'public/models/lifter');
const manifest = JSON.parse(readFileSync(path.join(modelDir, 'manifest.json'), 'utf8')) as { offline: string; live: string; models: string[] };

async function lifter(id: string, opts: TemporalLifterOptions = {}) {
  const meta = validateMetadata(JSON.parse(readFileSync(path.join(modelDir, `${id}.json`), 'utf8')));
  const runner = await createOrtRunner({ model: readFileSync(path.join(modelDir, `${id}.onnx`)), numThreads: 1 });
  return new TemporalLifter(runner, meta, opts);
}

/** A smooth synthetic 2D sequence (pixels + scores) for runtime consistency checks. */
function sequence(frames: number): Float32Array {
  const kp = new Float32Array(frames * 51);
  for (let f = 0; f < frames; f++) for (let j = 0; j < 17; j++) {
    kp.set([500 + 80 * Math.sin(j * 0.9) + 30 * Math.sin(f * 0.2 + j), 600 + 40 * j + 20 * Math.cos(f * 0.15), j === 9 && f % 7 === 0 ? 0 : 0.9], (f * 17 + j) * 3);
  }
  return kp;
}

describe.each(manifest.models)('lifter model %s', (id) => {
  it('onnxruntime-web matches the PyTorch output (parity fixture, < 1e-4 m)', async () => {
    const fixture = path.join(repo, 'training/fixtures', `${id}.parity.json`);
    expect(existsSync(fixture), `missing ${fixture}`).toBe(true);
    const fx = JSON.parse(readFileSync(fixture, 'utf8')) as { frames: number; input: number[]; pose3d: number[] };
    const runner = await createOrtRunner({ model: readFileSync(path.join(modelDir, `${id}.onnx`)), numThreads: 1 });
    const out = await runner.run(Float32Array.from(fx.input), 1, fx.frames);
    expect(out.pose.length).toBe(fx.pose3d.length);
    let max = 0;
    out.pose.forEach((v, i) => { max = Math.max(max, Math.abs(v - fx.pose3d[i])); });
    expect(max).toBeLessThan(1e-4);
    await runner.dispose();
  });

  it('gives one root-relative pose per frame, independent of chunking and batching', async () => {
    const frames = 57;
    const input = { keypoints: sequence(frames), frames, width: 1080, height: 1920 };
    const whole = await lifter(id, { chunk: frames, batch: 1 });
    const chunked = await lifter(id, { chunk: 10, batch: 3 });
    const a = await whole.liftSequence(input);
    const b = await chunked.liftSequence(input);
    expect(a.pose3d.length).toBe(frames * 51);
    expect(a.root?.length).toBe(frames * 3);
    let max = 0;
    a.pose3d.forEach((v, i) => { max = Math.max(max, Math.abs(v - b.pose3d[i])); });
    expect(max).toBeLessThan(1e-5);
    for (let f = 0; f < frames; f++) expect(Math.hypot(a.pose3d[f * 51], a.pose3d[f * 51 + 1], a.pose3d[f * 51 + 2])).toBeLessThan(1e-6);
    await whole.dispose(); await chunked.dispose();
  });

  it('with flip augmentation, lifting the mirrored video gives the mirrored pose', async () => {
    const frames = 40;
    const width = 1080;
    const kp = sequence(frames);
    const mirrored = mirrorJoints(kp, mirrorPermutation(COCO_LR_PAIRS), 3);
    for (let i = 0; i < mirrored.length; i += 3) mirrored[i] += width; // pixel x → width − x
    const l = await lifter(id);
    const a = await l.liftSequence({ keypoints: kp, frames, width, height: 1920 });
    const b = await l.liftSequence({ keypoints: mirrored, frames, width, height: 1920 });
    const back = mirrorJoints(b.pose3d, mirrorPermutation(H36M_LR_PAIRS), 3);
    let max = 0;
    a.pose3d.forEach((v, i) => { max = Math.max(max, Math.abs(v - back[i])); });
    expect(max).toBeLessThan(1e-5);
    expect(!!a.up).toBe(!!l.meta.outputs.up);
    if (a.up && b.up && a.upSigmaDeg && b.upSigmaDeg) {
      // gravity head: unit vectors, positive σ, and the mirrored video's up is the mirrored up (x → −x)
      for (let f = 0; f < frames; f++) {
        const o = f * 3;
        expect(Math.hypot(a.up[o], a.up[o + 1], a.up[o + 2])).toBeCloseTo(1, 5);
        expect(a.upSigmaDeg[f]).toBeGreaterThan(0);
        expect(b.up[o]).toBeCloseTo(-a.up[o], 5);
        expect(b.up[o + 1]).toBeCloseTo(a.up[o + 1], 5);
        expect(b.upSigmaDeg[f]).toBeCloseTo(a.upSigmaDeg[f], 4);
      }
    }
    await l.dispose();
  });
});

describe('gravity head', () => {
  const upModels = manifest.models.filter((id) => JSON.parse(readFileSync(path.join(modelDir, `${id}.json`), 'utf8')).outputs.up);
  it('the offline model has one, and ONNX matches its PyTorch up vectors (parity fixture)', async () => {
    expect(upModels).toContain(manifest.offline);
    for (const id of upModels) {
      const fx = JSON.parse(readFileSync(path.join(repo, 'training/fixtures', `${id}.parity.json`), 'utf8')) as { frames: number; input: number[]; up: number[]; upSigmaDeg: number[] };
      const runner = await createOrtRunner({ model: readFileSync(path.join(modelDir, `${id}.onnx`)), numThreads: 1 });
      const out = await runner.run(Float32Array.from(fx.input), 1, fx.frames);
      let max = 0;
      out.up!.forEach((v, i) => { max = Math.max(max, Math.abs(v - fx.up[i])); });
      expect(max).toBeLessThan(1e-4);
      out.upSigmaDeg!.forEach((v, i) => expect(v).toBeCloseTo(fx.upSigmaDeg[i], 2));
      await runner.dispose();
    }
  });
});

describe('mirrorJoints', () => {
  it('is its own inverse and negates x only', () => {
    const v = Float32Array.from({ length: 2 * 17 * 3 }, (_, i) => i * 0.1 - 3);
    const perm = mirrorPermutation(H36M_LR_PAIRS);
    const m = mirrorJoints(v, perm, 3);
    expect(m[0]).toBeCloseTo(-v[0], 6); // pelvis stays, x negated
    expect(m[1]).toBeCloseTo(v[1], 6);
    expect(Array.from(mirrorJoints(m, perm, 3))).toEqual(Array.from(v));
  });
});

describe('live mode', () => {
  it('returns the same pose frame-by-frame as offline (edge-padded) lifting', async () => {
    const l = await lifter(manifest.live, { refine: false }); // live frames are not refined
    const frames = 12;
    const kp = sequence(frames);
    const offline = await l.liftSequence({ keypoints: kp, frames, width: 1080, height: 1920 });
    const delay = l.causal ? 0 : (l.receptiveField - 1) / 2;
    for (let f = 0; f < frames; f++) {
      const p = await l.liftFrame(kp.slice(f * 51, (f + 1) * 51), { width: 1080, height: 1920 });
      if (f < delay) { expect(p).toBeNull(); continue; }
      const g = f - delay;
      let max = 0;
      p!.forEach((v, i) => { max = Math.max(max, Math.abs(v - offline.pose3d[g * 51 + i])); });
      expect(max).toBeLessThan(1e-5);
    }
    l.reset();
    await l.dispose();
  });
});
