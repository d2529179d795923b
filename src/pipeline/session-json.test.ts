import { describe, expect, it } from 'vitest';
import { synthSequence, viaCamera } from '../analysis/fixtures/synthetic';
import type { CoachResult } from '../core/result';
import { analysisFor, sequenceOf, withAnalysis } from './analysis';
import { ResultFormatError, sessionFromResult, toResult } from './session-json';

/** A lifted result JSON as the pipeline writes it: a synthetic squat set as person 0's 3D, one empty frame. */
function liftedResult(): CoachResult {
  const seq = viaCamera(synthSequence({ kind: 'squat', reps: 2 }));
  const r4 = (v: number) => Math.round(v * 1e4) / 1e4;
  const frames = Array.from({ length: seq.frames }, (_, f) => ({
    i: f, tMs: Math.round(seq.tMs[f] * 1000) / 1000,
    persons: f === 5 ? [] : [{
      id: 0, box: [10.5, 20.25, 100, 200] as [number, number, number, number], score: 0.8123,
      keypoints2d: Array.from({ length: 17 }, (_, j) => [100 + j + 0.01 * f, 200.57 - j, 0.9] as [number, number, number]),
      pose3d: Array.from({ length: 17 }, (_, j) => [0, 1, 2].map((k) => r4(seq.pose3d[f * 51 + j * 3 + k])) as [number, number, number]),
      root: [0.1, -0.2, 3.1234] as [number, number, number], up: [0, 0.9848, 0.1736] as [number, number, number], upSigmaDeg: 4.25,
    }],
  }));
  return {
    format: 'coach-analysis/1', video: { file: 'x.mp4', width: 640, height: 360, fps: seq.fps, frameCount: seq.frames, durationS: 3.5 },
    backend: 'wasm', model: 'movenet-lightning', frames, lifter: { model: 'vp3d-rf27-up', receptiveField: 27, executionProvider: 'wasm' },
    timingsMs: { decode: 1, detect2d: 2, lift3d: 3, analysis: 4, total: 10 }, warnings: ['a caveat'],
  };
}

describe('session ↔ coach-analysis/1', () => {
  it('reads back exactly what it writes (frames, 3D, lifter, timings, warnings)', () => {
    const json = liftedResult();
    const back = toResult(sessionFromResult(JSON.parse(JSON.stringify(json))));
    expect(back).toEqual(json);
  });

  it('writes the analysis it was given, and the same analysis again after a save and reopen', () => {
    const s = withAnalysis(sessionFromResult(liftedResult()), { exercise: 'auto' });
    const saved = JSON.parse(JSON.stringify(toResult(s)));
    expect(saved.analysis.repCount).toBe(2);
    const reopened = withAnalysis(sessionFromResult(saved), { exercise: 'auto' });
    expect(toResult(reopened).analysis).toEqual(saved.analysis);
  });

  it('gates frames without a person (NaN 3D and 2D, score 0)', () => {
    const seq = sequenceOf(sessionFromResult(liftedResult()));
    expect(Number.isNaN(seq.pose3d[5 * 51])).toBe(true);
    expect(Number.isNaN(seq.keypoints2d![5 * 51])).toBe(true);
    expect(seq.scores![5 * 17]).toBe(0);
    expect(seq.scores![6 * 17]).toBeGreaterThan(0);
    expect(seq.gravity?.upSigmaDeg[6]).toBeCloseTo(4.25, 5);
    const a = withAnalysis(sessionFromResult(liftedResult()), {}).analysis!.analysis;
    expect(a.repCount).toBe(2);
    expect(a.spineAngleDeg[5]).toBeNull();
  });

  it('refuses what is not a coach-analysis/1 result, saying what is wrong', () => {
    expect(() => sessionFromResult({ format: 'other' })).toThrow(ResultFormatError);
    const noKeypoints = liftedResult();
    (noKeypoints.frames[2].persons[0] as { keypoints2d: unknown }).keypoints2d = [[1, 2, 3]];
    expect(() => sessionFromResult(noKeypoints)).toThrow(/frame 2 has a person without 17 keypoints/);
    const huge = liftedResult();
    huge.video.width = 1e9;
    expect(() => sessionFromResult(huge)).toThrow(/not a real video size/);
    const backwards = liftedResult();
    backwards.frames[4].tMs = -1;
    expect(() => sessionFromResult(backwards)).toThrow(/frame 4's time goes backwards/);
    const farAway = liftedResult();
    farAway.frames[3].persons[0].pose3d![0][1] = 1e6;
    expect(() => sessionFromResult(farAway)).toThrow(/frame 3 has a 3D pose/);
    const nanKeypoint = JSON.parse(JSON.stringify(liftedResult()).replace('"keypoints2d":[[100', '"keypoints2d":[["NaN"'));
    expect(() => sessionFromResult(nanKeypoint)).toThrow(/frame 0 has a person without 17 keypoints/);
  });
});

describe('analysisFor', () => {
  it('analyses once per (motion, exercise, trim)', () => {
    const s = sessionFromResult(liftedResult());
    const a = analysisFor(s, { exercise: 'squat' });
    expect(analysisFor(s, { exercise: 'squat', trim: undefined }).detail).toBe(a.detail);
    expect(analysisFor({ ...s }, { exercise: 'squat' }).detail).toBe(a.detail);
    expect(analysisFor(s, { exercise: 'squat', trim: { startS: 0.5 } }).detail).not.toBe(a.detail);
    expect(analysisFor({ ...s, motion: null }, { exercise: 'squat' })).toEqual({ detail: null, error: null });
  });
});
