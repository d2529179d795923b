/**
 * Lifting a clip's 2D track to 3D (the pipeline's lift3d stage calls this): person 0's keypoints of
 * every frame in, a `Motion3D` out (metres, the lifter's camera axes x right, y image up, z towards the
 * viewer; NaN where a frame has no person), with the gravity head's up vectors and the clip's pitch and
 * roll when the model has that head.
 */
import { combineUp } from '../core/gravity';
import { roundTo, type BackendName } from '../core/result';
import type { ExecutionProvider, LiftInput, LifterInfo, Motion3D, PoseLifter } from './types';

/**
 * The lifter follows the detector: WebGPU when the 2D detector runs on WebGPU (auto-chosen only on a
 * real, non-software adapter; otherwise the user asked for it), else WASM, which at 10k+ frames/s
 * is never the bottleneck.
 */
export const lifterProviderFor = (detectorBackend: BackendName): ExecutionProvider => (detectorBackend === 'webgpu' ? 'webgpu' : 'wasm');

const quant = (a: Float32Array, digits: number): Float32Array => a.map((v) => roundTo(v, digits));

/** Lifts `input` (frames × 17 × 3 px + score; `present[f]` false where no person) into a Motion3D. */
export async function liftMotion(lifter: PoseLifter, input: LiftInput, present: readonly boolean[]): Promise<{ motion: Motion3D; info: LifterInfo }> {
  const out = await lifter.liftSequence(input);
  const pose = quant(out.pose3d, 4);
  present.forEach((has, f) => { if (!has) pose.fill(NaN, f * 51, f * 51 + 51); });
  const up = out.up && out.upSigmaDeg ? quant(out.up, 4) : null;
  const upSigmaDeg = out.up && out.upSigmaDeg ? quant(out.upSigmaDeg, 2) : null;
  const g = out.up && out.upSigmaDeg ? combineUp(out.up, out.upSigmaDeg, present) : null;
  const r1 = (v: number) => roundTo(v, 1);
  const info: LifterInfo = {
    model: lifter.modelId, receptiveField: lifter.receptiveField, executionProvider: lifter.executionProvider,
    ...(g ? { gravity: { ...g, up: g.up.map((v) => roundTo(v, 4)) as [number, number, number], sigmaDeg: r1(g.sigmaDeg), pitchDeg: r1(g.pitchDeg), rollDeg: r1(g.rollDeg) } } : {}),
  };
  return { motion: { frame: 'camera', pose, root: out.root ? quant(out.root, 4) : null, up, upSigmaDeg }, info };
}
