/**
 * Two-camera 3D fusion on mocap (issue 14, item 5): two seeded virtual cameras per clip with detector
 * noise and self-occlusion, each view lifted by the shipped lifter, fused by src/multiview/fuse3d.ts,
 * scored in camera A's axes (all joints; joints hidden from A but seen by B); docs/multiview.md.
 * Usage: npm run eval:multiview -- --data <mocap folder> [--json] [--seed N] [--model id] [--subjects a,b]
 *        [--fps 30] [--noise 0.015 | --clean] [--threads 1] [--max-clips N] [--max-frames N] [--out file.json]
 */
import { writeFileSync } from 'node:fs';
import { errorMessage } from '../../src/core/errors';
import { evaluateMultiview } from './lib/multiview-eval';
import { mocapEvalFlags, readFlags } from './lib/mocap-flags';

const USAGE = 'usage: npm run eval:multiview -- --data <mocap folder> [--json] [--seed N] [--model id] [--subjects a,b] [--fps 30] [--noise 0.015 | --clean] [--threads 1] [--max-clips N] [--max-frames N] [--out file.json]';

function args(argv: string[]) {
  const f = readFlags(argv);
  return { ...mocapEvalFlags(f, USAGE), maxClips: f.num('--max-clips'), maxFrames: f.num('--max-frames') };
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
