/**
 * Two-camera 3D fusion on mocap (issue 14, item 5): two seeded virtual cameras per clip with detector
 * noise and self-occlusion, each view lifted by the shipped lifter, fused by src/multiview/fuse3d.ts,
 * scored in camera A's axes (all joints; joints hidden from A but seen by B); docs/multiview.md.
 * Usage: npm run eval:multiview -- --data <mocap folder> [--json] [--seed N] [--model id] [--subjects a,b]
 *        [--fps 30] [--noise 0.015] [--threads 1] [--max-clips N] [--max-frames N] [--out file.json]
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { errorMessage } from '../../src/core/errors';
import { evaluateMultiview } from './lib/multiview-eval';

const USAGE = 'usage: npm run eval:multiview -- --data <mocap folder> [--json] [--seed N] [--model id] [--subjects a,b] [--fps 30] [--noise 0.015] [--threads 1] [--max-clips N] [--max-frames N] [--out file.json]';

function args(argv: string[]) {
  const get = (k: string) => { const i = argv.indexOf(k); return i >= 0 ? argv[i + 1] : undefined; };
  const data = get('--data');
  if (!data) throw new Error(USAGE);
  const num = (k: string) => (get(k) === undefined ? undefined : Number(get(k)));
  return {
    data: path.resolve(data),
    modelDir: path.resolve(get('--models') ?? 'public/models/lifter'),
    model: get('--model'),
    seed: num('--seed') ?? 1,
    subjects: get('--subjects')?.split(','),
    fps: num('--fps') ?? 30,
    noiseFrac: num('--noise') ?? 0.015,
    threads: num('--threads') ?? 1,
    maxClips: num('--max-clips'),
    maxFrames: num('--max-frames'),
    json: argv.includes('--json'),
    out: get('--out'),
  };
}

async function main() {
  const a = args(process.argv.slice(2));
  const r = await evaluateMultiview(a);
  if (a.out) writeFileSync(a.out, `${JSON.stringify(r, null, 2)}\n`);
  if (a.json) { process.stdout.write(`${JSON.stringify(r, null, 2)}\n`); return; }
  console.log(`model ${r.model} on ${r.clips} clips / ${r.frames} frames of ${r.subjects.join(', ')}; two cameras ${r.camerasApartDeg.min}–${r.camerasApartDeg.max}° apart; seed ${r.seed}, noise ${r.noiseFrac}; ${r.seconds} s`);
  console.log(`hidden from camera A by the body: ${(r.hiddenShareA * 100).toFixed(1)} % of joints`);
  console.log('MPJPE mm (camera A axes):', r.mpjpeMm);
  console.log('joints hidden from A, seen by B:', r.hiddenInAVisibleInB);
  console.log('joints both cameras see:', r.visibleInBoth);
  console.log('per joint (hidden from A):', r.perJointHiddenInA);
  console.log('rotation between the cameras, error (deg):', r.rotationErrorDeg);
  console.log('ablation:', r.ablation);
}

if (process.argv.includes('--help') || process.argv.includes('-h')) { console.error(USAGE); process.exit(0); }
main().catch((e: unknown) => { console.error(errorMessage(e)); process.exit(1); });
