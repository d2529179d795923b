/**
 * Pipeline post stage for 3D lifting (structurally a `PostStage` of src/pipeline/stages.ts):
 * lifts person 0 of every frame and writes `persons[0].pose3d` (17 × [x, y, z] metres, H36M order,
 * root-relative, camera axes x right, y up, z towards the viewer), `persons[0].root` and
 * `result.lifter`; with a gravity-aware model also `persons[0].up`/`upSigmaDeg` (world up in the same
 * camera axes, 1-σ degrees) and the clip's `result.lifter.gravity`. Frames without a person stay
 * without 3D.
 */
import { combineUp } from '../core/gravity';
import type { BackendName, CoachResult } from '../core/result';
import { createPoseLifter } from './create';
import type { CreateLifterOptions, ExecutionProvider, PoseLifter } from './types';

const round = (v: number) => Math.round(v * 1e4) / 1e4;

/** Frames × 17 × 3 px+score input from a 2D result (frames without a person are zeros). */
export function liftInputFromResult(result: CoachResult) {
  const n = result.frames.length;
  const keypoints = new Float32Array(n * 51);
  result.frames.forEach((f, i) => f.persons[0]?.keypoints2d.forEach((k, j) => keypoints.set(k, (i * 17 + j) * 3)));
  return { keypoints, frames: n, width: result.video.width, height: result.video.height };
}

/**
 * The lifter follows the detector: WebGPU when the 2D detector runs on WebGPU (auto-chosen only on a
 * real, non-software adapter; otherwise the user asked for it), else WASM, which at 10k+ frames/s
 * is never the bottleneck.
 */
export const lifterProviderFor = (detectorBackend: BackendName): ExecutionProvider => (detectorBackend === 'webgpu' ? 'webgpu' : 'wasm');

export function createLift3dStage(opts: CreateLifterOptions = {}) {
  let lifter: Promise<PoseLifter> | null = null;
  return {
    id: 'lift3d' as const,
    async run(result: CoachResult, signal?: AbortSignal): Promise<void> {
      if (!result.frames.length) return;
      lifter ??= createPoseLifter({ ...opts, mode: 'offline', executionProvider: opts.executionProvider ?? lifterProviderFor(result.backend) });
      const l = await lifter;
      if (signal?.aborted) return;
      const { pose3d, root, up, upSigmaDeg } = await l.liftSequence(liftInputFromResult(result));
      result.frames.forEach((f, i) => {
        const p = f.persons[0];
        if (!p) return;
        p.pose3d = Array.from({ length: 17 }, (_, j) => [0, 1, 2].map((k) => round(pose3d[i * 51 + j * 3 + k])) as [number, number, number]);
        if (root) p.root = [round(root[i * 3]), round(root[i * 3 + 1]), round(root[i * 3 + 2])];
        if (up && upSigmaDeg) {
          p.up = [round(up[i * 3]), round(up[i * 3 + 1]), round(up[i * 3 + 2])];
          p.upSigmaDeg = Math.round(upSigmaDeg[i] * 100) / 100;
        }
      });
      const withPerson = result.frames.map((f) => !!f.persons[0]);
      const g = up && upSigmaDeg ? combineUp(up, upSigmaDeg, withPerson) : null;
      const r1 = (v: number) => Math.round(v * 10) / 10;
      result.lifter = {
        model: l.modelId, receptiveField: l.receptiveField, executionProvider: l.executionProvider,
        ...(g ? { gravity: { ...g, up: g.up.map(round) as [number, number, number], sigmaDeg: r1(g.sigmaDeg), pitchDeg: r1(g.pitchDeg), rollDeg: r1(g.rollDeg) } } : {}),
      };
    },
  };
}
