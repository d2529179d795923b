/** Input checks with human messages (bad input never reaches the math). */
import type { PoseSequence } from './types';

export function validateSequence(seq: PoseSequence): void {
  if (!seq || typeof seq !== 'object') throw new Error('analyze() needs a pose sequence object');
  const { frames, fps, tMs, pose3d, scores } = seq;
  if (!Number.isInteger(frames) || frames < 2) throw new Error(`a pose sequence needs at least 2 frames (got ${frames})`);
  if (!(fps > 0) || !Number.isFinite(fps)) throw new Error(`fps must be a positive number (got ${fps})`);
  if (!tMs || tMs.length !== frames) throw new Error(`tMs has ${tMs?.length ?? 0} entries but the sequence has ${frames} frames`);
  if (!(pose3d instanceof Float32Array) || pose3d.length !== frames * 51) {
    throw new Error(`pose3d must be a Float32Array of frames×17×3 = ${frames * 51} numbers (got ${pose3d?.length ?? 0}); are these H36M-17 joints?`);
  }
  if (scores && scores.length !== frames * 17) throw new Error(`scores must hold frames×17 = ${frames * 17} numbers (got ${scores.length})`);
  const k2 = seq.keypoints2d;
  if (k2 && k2.length !== frames * 51) throw new Error(`keypoints2d must hold frames×17×3 = ${frames * 51} numbers (got ${k2.length}); are these COCO-17 keypoints?`);
  for (let i = 1; i < frames; i++) {
    if (!(tMs[i] >= tMs[i - 1])) throw new Error(`frame times must not decrease (tMs[${i}] = ${tMs[i]} after ${tMs[i - 1]})`);
  }
}

/** Frame window [from, to] (inclusive) for a manual trim in seconds (relative to the first frame). */
export function trimWindow(tS: Float64Array, trim?: { startS?: number; endS?: number }): [number, number] {
  const t0 = tS[0];
  const a = trim?.startS ?? -Infinity;
  const b = trim?.endS ?? Infinity;
  if (a > b) throw new Error(`trim start (${a} s) is after trim end (${b} s)`);
  let from = 0, to = tS.length - 1;
  while (from < to && tS[from] - t0 < a) from++;
  while (to > from && tS[to] - t0 > b) to--;
  if (to - from < 1) throw new Error(`the trim ${a}–${b} s keeps fewer than 2 frames`);
  return [from, to];
}
