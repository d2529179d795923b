/**
 * Lifter throughput benchmark (not a test): output frames/s of liftSequence and of live liftFrame
 * with onnxruntime-web's wasm backend in Node, single thread, for each model in the manifest.
 * Usage: npx tsx tools/lifter/bench-lifter.ts [--frames 600] [--threads 1]
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { loadLifter } from './eval/evaluate';
import { lifterModelDir } from './paths';

const arg = (k: string, d: string) => { const i = process.argv.indexOf(k); return i > 0 ? process.argv[i + 1] : d; };
const frames = Number(arg('--frames', '600'));
const threads = Number(arg('--threads', '1'));
const modelDir = lifterModelDir;
const { models } = JSON.parse(readFileSync(path.join(modelDir, 'manifest.json'), 'utf8')) as { models: string[] };

const kp = new Float32Array(frames * 51);
for (let f = 0; f < frames; f++) for (let j = 0; j < 17; j++) kp.set([400 + 50 * Math.sin(j + f * 0.1), 300 + 30 * j, 0.8], (f * 17 + j) * 3);

for (const id of models) {
  const lifter = await loadLifter(modelDir, id, threads);
  await lifter.liftSequence({ keypoints: kp.slice(0, 51 * 100), frames: 100, width: 1080, height: 1920 });
  let t = performance.now();
  await lifter.liftSequence({ keypoints: kp, frames, width: 1080, height: 1920 });
  const offline = frames / ((performance.now() - t) / 1000);
  const n = Math.min(frames, 200);
  t = performance.now();
  for (let f = 0; f < n; f++) await lifter.liftFrame(kp.subarray(f * 51, (f + 1) * 51), { width: 1080, height: 1920 });
  const live = n / ((performance.now() - t) / 1000);
  console.log(`${id}: offline ${offline.toFixed(0)} frames/s, live ${live.toFixed(0)} frames/s (wasm, ${threads} thread, Node ${process.version})`);
  await lifter.dispose();
}
