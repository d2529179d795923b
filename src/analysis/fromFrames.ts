/**
 * Builds a `PoseSequence` from per-frame pipeline output (result-JSON frames or live frames): 3D
 * poses from the lifter and per-H36M-joint confidence from the 2D keypoint scores through the one
 * COCO→H36M mapping. Frames without a person or a 3D pose become NaN poses with score 0 (gated).
 */
import { COCO, COCO_TO_H36M, H36M_JOINTS } from '../core/skeleton';
import type { PoseSequence } from './types';

export interface FrameInput {
  tMs: number;
  /** 17 × [x, y, z] metres, H36M order (camera axes as the lifter outputs them). */
  pose3d?: readonly (readonly number[])[] | null;
  /** 17 × [x px, y px, score], COCO order. */
  keypoints2d?: readonly (readonly number[])[] | null;
  /** World up (unit vector) in the pose's camera axes, from the lifter's gravity head. */
  up?: readonly number[] | null;
  /** 1-σ angular error of `up`, degrees. */
  upSigmaDeg?: number | null;
}

/** H36M-17 scores (0..1) from COCO-17 keypoint scores. */
export function h36mScores(keypoints2d: readonly (readonly number[])[]): number[] {
  return H36M_JOINTS.map((name) => COCO_TO_H36M[name].reduce((s, [coco, w]) => s + w * (keypoints2d[COCO[coco]]?.[2] ?? 0), 0));
}

export function sequenceFromFrames(frames: FrameInput[], fps: number): PoseSequence {
  const n = frames.length;
  const pose3d = new Float32Array(n * 51).fill(NaN);
  const scores = new Float32Array(n * 17);
  const keypoints2d = new Float32Array(n * 51).fill(NaN);
  frames.forEach((fr, f) => {
    if (fr.keypoints2d && fr.keypoints2d.length === 17) fr.keypoints2d.forEach((k, j) => keypoints2d.set([k[0], k[1], k[2]], f * 51 + j * 3));
    if (fr.pose3d && fr.pose3d.length === 17) fr.pose3d.forEach((j, k) => pose3d.set([j[0], j[1], j[2]], f * 51 + k * 3));
    if (fr.keypoints2d && fr.keypoints2d.length === 17 && fr.pose3d) scores.set(h36mScores(fr.keypoints2d), f * 17);
  });
  const seq: PoseSequence = { fps, frames: n, tMs: frames.map((f) => f.tMs), pose3d, scores, keypoints2d };
  if (frames.some((fr) => fr.up && fr.upSigmaDeg)) {
    const up = new Float32Array(n * 3).fill(NaN);
    const upSigmaDeg = new Float32Array(n).fill(NaN);
    frames.forEach((fr, f) => {
      if (fr.up?.length === 3 && fr.upSigmaDeg) { up.set([fr.up[0], fr.up[1], fr.up[2]], f * 3); upSigmaDeg[f] = fr.upSigmaDeg; }
    });
    seq.gravity = { up, upSigmaDeg };
  }
  return seq;
}
