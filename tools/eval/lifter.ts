/**
 * Lifter evaluation on mocap clips (any folder laid out like ../shared/data/mocap), using the
 * shipped ONNX through onnxruntime-web (wasm backend in Node) and the browser's lifter runtime.
 * Usage: npm run eval:lifter -- --data <folder> [--json] [--seed N] [--model <id>]
 *        [--subjects a,b] [--fps 30] [--cameras 2] [--noise 0.015 | --clean] [--threads 1] [--no-flip] [--refine] [--ablate-refine] [--out file.json]
 * (--refine: with the runtime's optional test-time refinement, off in the app by default; --ablate-refine: lift
 * unrefined and score each refinement of src/lift3d/refine.ts on the same poses.)
 * (npm prints a banner on stdout: use `npm run -s` or `--out` when parsing the JSON.)
 */
import { writeFileSync } from 'node:fs';
import { errorMessage } from '../../src/core/errors';
import { evaluateLifter } from '../lifter/eval/evaluate';
import { mocapEvalFlags, readFlags } from './lib/mocap-flags';

const USAGE = 'usage: npm run eval:lifter -- --data <mocap folder> [--json] [--seed N] [--model id] [--subjects a,b] [--fps 30] [--cameras 2] [--noise 0.015|--clean] [--threads 1] [--no-flip] [--refine] [--ablate-refine] [--out file.json]';

function args(argv: string[]) {
  const f = readFlags(argv);
  return {
    ...mocapEvalFlags(f, USAGE),
    camerasPerClip: f.num('--cameras') ?? 2,
    flip: !f.has('--no-flip'),
    refine: f.has('--refine'),
    ablateRefine: f.has('--ablate-refine'),
  };
}

async function main() {
  const a = args(process.argv.slice(2));
  const r = await evaluateLifter(a);
  if (a.out) writeFileSync(a.out, `${JSON.stringify(r, null, 2)}\n`);
  if (a.json) { process.stdout.write(`${JSON.stringify(r, null, 2)}\n`); return; }
  console.log(`model ${r.model} (RF ${r.receptiveField}${r.causal ? ', causal' : ''}) on ${r.clips} clips / ${r.frames} frames of ${r.subjects.join(', ')}; seed ${r.seed}, noise ${r.noiseFrac}, flip ${r.flip ? 'on' : 'off'}, refinement ${r.refine ? 'on' : 'off'}`);
  console.log(`MPJPE ${r.mpjpeMm} mm   P-MPJPE ${r.pmpjpeMm} mm   N-MPJPE ${r.nmpjpeMm} mm   (${r.liftFramesPerS} frames/s)`);
  console.log('by view (MPJPE mm):', r.byView);
  console.log('by view (P-MPJPE mm):', r.byViewPmpjpe);
  console.log('by camera height (MPJPE mm):', r.byCameraHeight);
  console.log('by camera pitch (MPJPE mm; below = looking up, ±10° = level):', r.byPitch);
  console.log('by subject:', r.bySubject);
  console.log('per joint:', r.perJoint);
  console.log('per joint (P-MPJPE):', r.perJointPmpjpe);
  console.log('up-vector error (deg):', r.upErrorDeg ? JSON.stringify(r.upErrorDeg) : 'model has no gravity head');
  console.log('spine angle error vs mocap (deg):', JSON.stringify(r.spineAngleErrorDeg));
  if (r.refinement) console.log('test-time refinement:', r.refinement);
}

if (process.argv.includes('--help') || process.argv.includes('-h')) { console.error(USAGE); process.exit(0); }
main().catch((e: unknown) => { console.error(errorMessage(e)); process.exit(1); });
