/** Pure assembly of a `MocapClip` from parsed ASF + AMC (no file access; see node.ts for that). */
import { NUM_JOINTS } from '../core/skeleton';
import type { AmcMotion } from './amc';
import type { AsfSkeleton } from './asf';
import { forwardKinematics } from './fk';
import { toCoco3d, toH36m } from './joints';
import { resample } from './resample';

/** Source frame rate of every AMC file in the corpus (README: CMU and HDM05 are 120 fps). */
export const SOURCE_FPS = 120;

export interface MocapClip {
  /** e.g. '13_29' or 'HDM_bd_squat1Reps_001_120'. */
  name: string;
  /** e.g. 'cmu_13', 'hdm05_bd' (folder-derived). */
  subject: string;
  /** After resampling. */
  fps: number;
  frameCount: number;
  /** frames × 17 × 3 floats, H36M order (src/core/skeleton.ts), metres, mocap world frame: y up, floor ≈ y=0. */
  h36m: Float32Array;
  /** frames × 17 × 3, COCO order, metres, same world frame (what a 2D detector would see, in 3D). */
  coco3d: Float32Array;
}

export interface ClipOptions {
  /** Output frame rate (default: the source 120 fps). */
  fps?: number;
  /** 1-based AMC frame numbers at the source 120 fps, inclusive. */
  startFrame?: number;
  endFrame?: number;
  /** Bone-length multipliers by ASF bone name (shape augmentation). */
  boneScale?: Record<string, number>;
}

/** Keeps AMC frames `start..end` (1-based, inclusive). */
export function sliceMotion(motion: AmcMotion, start = 1, end = motion.frameCount): AmcMotion {
  const s = Math.max(1, Math.floor(start));
  const e = Math.min(motion.frameCount, Math.floor(end));
  if (e < s) throw new Error(`frame range ${start}–${end} is empty (clip has ${motion.frameCount} frames)`);
  const channels = new Map<string, Float64Array>();
  for (const [name, ch] of motion.channels) {
    const n = motion.dofCount.get(name)!;
    channels.set(name, ch.slice((s - 1) * n, e * n));
  }
  return { frameCount: e - s + 1, channels, dofCount: motion.dofCount };
}

/** FK + joint mapping + resampling. */
export function buildClip(name: string, subject: string, skel: AsfSkeleton, motion: AmcMotion, opts: ClipOptions = {}): MocapClip {
  const m = sliceMotion(motion, opts.startFrame, opts.endFrame);
  const fk = forwardKinematics(skel, m, opts.boneScale);
  let h36m = toH36m(fk);
  let coco3d = toCoco3d(fk, h36m);
  const fps = opts.fps ?? SOURCE_FPS;
  if (fps !== SOURCE_FPS) {
    h36m = resample(h36m, NUM_JOINTS * 3, SOURCE_FPS, fps);
    coco3d = resample(coco3d, NUM_JOINTS * 3, SOURCE_FPS, fps);
  }
  return { name, subject, fps, frameCount: h36m.length / (NUM_JOINTS * 3), h36m, coco3d };
}
