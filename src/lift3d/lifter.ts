/**
 * PoseLifter over a ModelRunner (in a worker or on the main thread): normalisation, missing-frame
 * fill, edge-padded batched windows (offline) and a rolling causal window (live).
 */
import { COCO_LR_PAIRS, H36M_LR_PAIRS, mirrorPermutation } from '../core/skeleton';
import type { LifterMetadata } from './metadata';
import { fillMissingFrames, normalizeScreen } from './normalize';
import { refinePose } from './refine';
import type { ModelRunner } from './runner';
import type { ExecutionProvider, LiftInput, LiftOutput, PoseLifter } from './types';
import { gatherWindows, padding, planChunks, scatterOutputs } from './windows';

const STRIDE = 17 * 3;
const COCO_MIRROR = mirrorPermutation(COCO_LR_PAIRS);
const H36M_MIRROR = mirrorPermutation(H36M_LR_PAIRS);

/**
 * Mirrors frames × joints × C values about the image's vertical centre line (x → −x in normalised
 * screen or camera axes) and swaps left/right joints with `perm`; other channels are copied.
 */
export function mirrorJoints(values: Float32Array, perm: readonly number[], channels: number): Float32Array {
  const joints = perm.length;
  const out = new Float32Array(values.length);
  for (let f = 0; f < values.length / (joints * channels); f++) {
    for (let j = 0; j < joints; j++) {
      const from = (f * joints + perm[j]) * channels;
      const to = (f * joints + j) * channels;
      for (let c = 0; c < channels; c++) out[to + c] = values[from + c];
      out[to] = -out[to];
    }
  }
  return out;
}

export interface TemporalLifterOptions {
  /** Output frames per window chunk (default 243). */
  chunk?: number;
  /** Chunks per ORT call (default 4). */
  batch?: number;
  /** Test-time flip augmentation (VideoPose3D): average the pose of the input and of its mirror
   * image, mirrored back (default true, offline and live; doubles the lifter's work). */
  flip?: boolean;
  /** Test-time refinement of offline sequences (src/lift3d/refine.ts `refinePose`: 2D reprojection
   * consistency + constant symmetric bones). Default false: it lowers MPJPE on mocap (88.0 → 82.2 mm)
   * but halved the hip travel of a real quarter squat (18 → 8 cm), which then was no rep at all, so
   * the coach does not use it until it keeps vertical travel. Live frames are never refined. */
  refine?: boolean;
}

export class TemporalLifter implements PoseLifter {
  readonly receptiveField: number;
  readonly causal: boolean;
  private readonly pad: { left: number; right: number };
  private readonly chunk: number;
  private readonly batch: number;
  private readonly flip: boolean;
  private readonly refine: boolean;
  private live: Float32Array[] = [];

  constructor(private readonly runner: ModelRunner, readonly meta: LifterMetadata, opts: TemporalLifterOptions = {}) {
    this.receptiveField = meta.receptiveField;
    this.causal = meta.causal;
    this.pad = padding(meta.receptiveField, meta.causalShift);
    this.chunk = opts.chunk ?? 243;
    this.batch = opts.batch ?? 4;
    this.flip = opts.flip ?? true;
    this.refine = opts.refine ?? false;
  }

  get modelId(): string {
    return this.meta.id;
  }

  get executionProvider(): ExecutionProvider {
    return this.runner.provider;
  }

  async liftSequence(input: LiftInput): Promise<LiftOutput> {
    const { frames, width, height } = input;
    if (!(frames > 0)) throw new Error('liftSequence: no frames to lift');
    if (input.keypoints.length !== frames * STRIDE) throw new Error(`liftSequence: keypoints has ${input.keypoints.length} values, expected ${frames}×17×3`);
    const seq = normalizeScreen(input.keypoints, width, height, this.meta.minScore);
    fillMissingFrames(seq, frames);
    const out = await this.liftNormalised(seq, frames);
    if (this.flip) await this.flipAverage(out, seq, frames);
    if (this.refine) out.pose3d = refinePose(out.pose3d, frames, input.keypoints);
    return out;
  }

  /** Averages `out` in place with the lift of the mirrored input, mirrored back. */
  private async flipAverage(out: LiftOutput, seq: Float32Array, frames: number): Promise<void> {
    // Test-time flip augmentation (Pavllo et al. 2019, §4 "horizontal flip augmentation at test time").
    const flipped = await this.liftNormalised(mirrorJoints(seq, COCO_MIRROR, 3), frames);
    const pose = mirrorJoints(flipped.pose3d, H36M_MIRROR, 3);
    for (let i = 0; i < pose.length; i++) out.pose3d[i] = (out.pose3d[i] + pose[i]) / 2;
    if (out.root && flipped.root) {
      const root = mirrorJoints(flipped.root, [0], 3);
      for (let i = 0; i < root.length; i++) out.root[i] = (out.root[i] + root[i]) / 2;
    }
    if (out.up && flipped.up && out.upSigmaDeg && flipped.upSigmaDeg) {
      // the mirror image's up vector, mirrored back (x → −x); mean direction, mean σ
      const up = mirrorJoints(flipped.up, [0], 3);
      for (let f = 0; f < frames; f++) {
        const o = f * 3;
        const v = [out.up[o] + up[o], out.up[o + 1] + up[o + 1], out.up[o + 2] + up[o + 2]];
        const n = Math.hypot(v[0], v[1], v[2]) || 1;
        out.up.set([v[0] / n, v[1] / n, v[2] / n], o);
        out.upSigmaDeg[f] = (out.upSigmaDeg[f] + flipped.upSigmaDeg[f]) / 2;
      }
    }
  }

  /** Lifts normalised, gap-filled model input (frames × 17 × 3) with edge-padded batched windows. */
  private async liftNormalised(seq: Float32Array, frames: number): Promise<LiftOutput> {
    const plan = planChunks(frames, Math.min(this.chunk, frames));
    const pose3d = new Float32Array(frames * STRIDE);
    const root = new Float32Array(frames * 3);
    const up = new Float32Array(frames * 3);
    const upSigmaDeg = new Float32Array(frames);
    let hasRoot = true;
    let hasUp = true;
    const winLen = plan.chunk + this.receptiveField - 1;
    for (let c = 0; c < plan.chunks.length; c += this.batch) {
      const to = Math.min(c + this.batch, plan.chunks.length);
      const out = await this.runner.run(gatherWindows(seq, frames, STRIDE, plan, c, to, this.pad), to - c, winLen);
      if (out.outFrames !== plan.chunk) throw new Error(`lifter returned ${out.outFrames} frames per window, expected ${plan.chunk}`);
      scatterOutputs(pose3d, out.pose, STRIDE, plan, c, to);
      if (out.root) scatterOutputs(root, out.root, 3, plan, c, to); else hasRoot = false;
      if (out.up && out.upSigmaDeg) {
        scatterOutputs(up, out.up, 3, plan, c, to);
        scatterOutputs(upSigmaDeg, out.upSigmaDeg, 1, plan, c, to);
      } else hasUp = false;
    }
    return { pose3d, ...(hasRoot ? { root } : {}), ...(hasUp ? { up, upSigmaDeg } : {}) };
  }

  async liftFrame(frame: Float32Array, size: { width: number; height: number }): Promise<Float32Array | null> {
    if (frame.length !== STRIDE) throw new Error(`liftFrame: expected 17×3 values, got ${frame.length}`);
    const f = normalizeScreen(frame, size.width, size.height, this.meta.minScore);
    const prev = this.live[this.live.length - 1];
    if (prev && !f.some((_, i) => i % 3 === 2 && f[i] > 0)) for (let i = 0; i < STRIDE; i += 3) { f[i] = prev[i]; f[i + 1] = prev[i + 1]; }
    const rf = this.receptiveField;
    if (!this.live.length) for (let i = 0; i < this.pad.left; i++) this.live.push(f);
    this.live.push(f);
    if (this.live.length > rf) this.live.splice(0, this.live.length - rf);
    if (this.live.length < rf) return null;
    const window = new Float32Array(rf * STRIDE * (this.flip ? 2 : 1));
    this.live.forEach((w, i) => window.set(w, i * STRIDE));
    if (!this.flip) return (await this.runner.run(window, 1, rf)).pose.slice(0, STRIDE);
    // the window and its mirror image in one call (flip augmentation, as in liftSequence)
    window.set(mirrorJoints(window.subarray(0, rf * STRIDE), COCO_MIRROR, 3), rf * STRIDE);
    const out = await this.runner.run(window, 2, rf);
    const pose = out.pose.slice(0, STRIDE);
    const back = mirrorJoints(out.pose.subarray(STRIDE, 2 * STRIDE), H36M_MIRROR, 3);
    for (let i = 0; i < STRIDE; i++) pose[i] = (pose[i] + back[i]) / 2;
    return pose;
  }

  reset(): void {
    this.live = [];
  }

  async dispose(): Promise<void> {
    this.reset();
    await this.runner.dispose();
  }
}
