import { describe, expect, it } from 'vitest';
import { synthSequence, viaCamera } from '../analysis/fixtures/synthetic';
import type { CoachResult } from '../core/result';
import { sessionFromResult } from '../pipeline/session-json';
import { showSession } from './review-actions';
import { useAppStore } from './index';

/** A result whose person 0 carries the synthetic sequence as lifted 3D (camera frame). */
function resultOf(kind: 'squat' | 'hinge'): CoachResult {
  const seq = viaCamera(synthSequence({ kind, reps: 3 }));
  const frames = Array.from({ length: seq.frames }, (_, f) => ({
    i: f, tMs: seq.tMs[f],
    persons: [{ id: 0, box: [0, 0, 1, 1] as [number, number, number, number], score: 0.9, keypoints2d: Array.from({ length: 17 }, () => [0, 0, 0.9] as [number, number, number]),
      pose3d: Array.from({ length: 17 }, (_, j) => [seq.pose3d[f * 51 + j * 3], seq.pose3d[f * 51 + j * 3 + 1], seq.pose3d[f * 51 + j * 3 + 2]] as [number, number, number]) }],
  }));
  return { format: 'coach-analysis/1', video: { file: 'x.mp4', width: 640, height: 360, fps: seq.fps, frameCount: seq.frames, durationS: seq.frames / seq.fps },
    backend: 'wasm', model: 'movenet-lightning', frames, timingsMs: { decode: 0, detect2d: 0, total: 0 } } as unknown as CoachResult;
}

describe('no reps for the chosen exercise', () => {
  it('suggests the detected exercise that does find reps', () => {
    useAppStore.setState({ exercise: 'auto' });
    showSession(sessionFromResult(resultOf('hinge')));
    const detected = useAppStore.getState().analysis!;
    expect([detected.exercise, detected.repCount]).toEqual(['deadlift', 3]);
    expect(useAppStore.getState().exerciseSuggestion).toBeNull();
    // The user picks "squat" for a set of hinges: no squat reps, so the panel offers the deadlift instead.
    useAppStore.setState({ exercise: 'squat' });
    showSession(sessionFromResult(resultOf('hinge')));
    expect(useAppStore.getState().analysis!.repCount).toBe(0);
    expect(useAppStore.getState().exerciseSuggestion).toEqual({ exercise: 'deadlift', repCount: 3 });
  });
});
