/**
 * Typed access to the result's `analysis` field. `core/result.ts` types it loosely so that core does
 * not depend on analysis; the pipeline is where the two meet, so the one cast lives here.
 */
import { sequenceFromFrames, type Analysis, type PoseSequence } from '../analysis';
import type { CoachResult } from '../core/result';

/** The contract-D analysis of a result, or null when the analysis stage did not run or failed. */
export function analysisOf(result: Pick<CoachResult, 'analysis'> | null | undefined): Analysis | null {
  const a = result?.analysis as Partial<Analysis> | undefined;
  return a && Array.isArray(a.reps) && Array.isArray(a.spineAngleDeg) && Array.isArray(a.mistakes) ? (a as Analysis) : null;
}

export function setAnalysis(result: CoachResult, analysis: Analysis): void {
  result.analysis = analysis as unknown as Record<string, unknown>;
}

/** True when at least one frame has a 3D pose for person 0. */
export const has3d = (result: Pick<CoachResult, 'frames'>): boolean => result.frames.some((f) => f.persons[0]?.pose3d);

/** The analyzer's input from a result's frames (person 0; frames without 3D are gated). */
export function sequenceOf(result: Pick<CoachResult, 'frames' | 'video'>): PoseSequence {
  const frames = result.frames.map((f) => {
    const p = f.persons[0];
    return { tMs: f.tMs, pose3d: p?.pose3d ?? null, keypoints2d: p?.keypoints2d ?? null, up: p?.up ?? null, upSigmaDeg: p?.upSigmaDeg ?? null };
  });
  return sequenceFromFrames(frames, result.video.fps);
}
