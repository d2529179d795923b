import { describe, expect, it } from 'vitest';
import { analyze } from './analyze';
import { barbellSets } from './active';
import { synthPose, synthSequence, viaCamera } from './fixtures/synthetic';
import { estimateUp, usableFrames } from './ground';
import { DEFAULT_THRESHOLDS } from './thresholds';
import { classifyExercise } from './exercise';
import { H36M as J } from '../core/skeleton';
import { angleBetween } from '../core/vec3';
import type { PoseSequence } from './types';

describe('analyze() result object', () => {
  it('has the documented Analysis fields (docs/analysis.md) with units that add up', () => {
    const a = analyze(viaCamera(synthSequence({ reps: 3, leanDeg: 25 }), { yawDeg: 70 }));
    expect(a.exercise).toBe('squat');
    expect(a.repCount).toBe(3);
    expect(a.spineAngleDeg).toHaveLength(synthSequence({ reps: 3 }).frames);
    expect(a.signals.kneeAngleDeg).toHaveLength(a.spineAngleDeg.length);
    expect(Math.max(...a.signals.hipHeightM.map(Number)) - Math.min(...a.signals.hipHeightM.map(Number))).toBeCloseTo(a.reps[0].romM, 1);
    for (const r of a.reps) {
      expect(r.durationS).toBeGreaterThan(1);
      expect(r.durationS).toBeLessThan(2.5);
      expect(r.romM).toBeGreaterThan(0.3);
      expect(r.meanSpeedMps).toBeGreaterThan(0.1);
    }
    expect(a.active.startS).toBeLessThanOrEqual(a.reps[0].startS);
    expect(a.mistakes.some((m) => m.kind === 'forward_lean')).toBe(true);
    expect(JSON.parse(JSON.stringify(a))).toEqual(a);
  });

  it('the user-chosen exercise and manual trim win', () => {
    const seq = synthSequence({ reps: 4, repS: 2, pauseS: 1 });
    const a = analyze(seq, { exercise: 'deadlift' });
    expect(a.exercise).toBe('deadlift');
    expect(a.exerciseSource).toBe('user');
    const trimmed = analyze(seq, { trim: { startS: 0.5, endS: 6.5 } });
    expect(trimmed.active).toEqual({ startS: 0.5, endS: 6.5, method: 'manual' });
    expect(trimmed.repCount).toBe(2);
  });

  it('gates frames with low joint scores (null spine angle) and says so', () => {
    const seq = synthSequence({ reps: 2 });
    const scores = new Float32Array(seq.frames * 17).fill(0.9);
    const third = Math.floor(seq.frames / 3);
    for (let f = 0; f < third; f++) scores.fill(0, f * 17, f * 17 + 17); // nobody detected
    for (let f = third; f < 2 * third; f++) scores[f * 17 + J.thorax] = 0.05; // shoulders lost
    const a = analyze({ ...seq, scores });
    expect(a.spineAngleDeg[0]).toBeNull();
    expect(a.spineAngleDeg[third + 5]).toBeNull();
    expect(a.spineAngleDeg[seq.frames - 1]).not.toBeNull();
    expect(a.viewWarnings.join(' ')).toMatch(/33% of frames had missing or low-confidence keypoints/);
  });

  it('rejects bad input with a clear message', () => {
    const seq = synthSequence({ reps: 1 });
    expect(() => analyze({ ...seq, pose3d: seq.pose3d.subarray(0, 100) })).toThrow(/frames×17×3/);
    expect(() => analyze({ ...seq, tMs: [1, 2] })).toThrow(/tMs has 2 entries/);
    expect(() => analyze({ ...seq, pose3d: new Float32Array(seq.frames * 51).fill(NaN) })).toThrow(/nothing to analyse/);
    expect(() => analyze(seq, { trim: { startS: 5, endS: 1 } })).toThrow(/after trim end/);
    expect(() => analyze(seq, { thresholds: { forwardLeanDeg: NaN } })).toThrow(/forwardLeanDeg/);
  });
});

describe('ground frame', () => {
  it('recovers the vertical through a pitched and rolled camera (within 3°), flags never-standing clips', () => {
    const seq = viaCamera(synthSequence({ reps: 2 }), { yawDeg: 30, pitchDeg: 25, rollDeg: -8, noiseM: 0.01 });
    const info = estimateUp(seq.pose3d, usableFrames(seq.pose3d, seq.frames, undefined, 0), { ...DEFAULT_THRESHOLDS, standingLeanDeg: 0 });
    const deg = Math.PI / 180;
    // True up in that camera: rotX(pitch)·(0,1,0) then rotZ(roll).
    const u: [number, number, number] = [-Math.sin(-8 * deg) * Math.cos(25 * deg), Math.cos(-8 * deg) * Math.cos(25 * deg), Math.sin(25 * deg)];
    expect(angleBetween(info.up, u) / deg).toBeLessThan(3);
    expect(info.unsure).toBe(false);
    const deep = new Float32Array(60 * 51);
    for (let f = 0; f < 60; f++) deep.set(synthPose(0.8 + 0.1 * Math.sin(f / 5)), f * 51);
    expect(estimateUp(deep, new Array(60).fill(true), DEFAULT_THRESHOLDS).unsure).toBe(true);
  });
});

describe('barbell squat start/end (arms rule)', () => {
  const barSeq = (glitchS: number): PoseSequence => {
    const seq = synthSequence({ reps: 3, barbell: true, pauseS: 1.5 });
    const p = Float32Array.from(seq.pose3d);
    // One arm drops for `glitchS` in the middle of the set (the article's failure case).
    const mid = Math.floor(seq.frames / 2);
    for (let f = mid; f < mid + glitchS * seq.fps; f++) p[(f * 17 + J.left_wrist) * 3 + 1] -= 0.5;
    return { ...seq, pose3d: p };
  };
  it('a brief one-arm glitch does not end the set; a long release does', () => {
    const t = DEFAULT_THRESHOLDS;
    const run = (s: PoseSequence) => barbellSets(s.pose3d, Float64Array.from(s.tMs, (x) => x / 1000), 1.6, t);
    expect(run(barSeq(0.5))).toHaveLength(1);
    expect(run(barSeq(3))).toHaveLength(2);
    const a = analyze(barSeq(0.5));
    expect(a.active.method).toBe('barbell-arms');
    expect(a.repCount).toBe(3);
  });
  it('bodyweight squats fall back to the motion span', () => {
    expect(analyze(synthSequence({ reps: 2 })).active.method).toBe('motion');
  });
});

describe('exercise detection', () => {
  it('squat vs hinge vs nothing, from several views', () => {
    for (const yawDeg of [0, 45, 90, 180]) {
      expect(analyze(viaCamera(synthSequence({ reps: 2 }), { yawDeg, noiseM: 0.01 })).exercise).toBe('squat');
      expect(analyze(viaCamera(synthSequence({ reps: 2, kind: 'hinge' }), { yawDeg, noiseM: 0.01 })).exercise).toBe('deadlift');
      expect(analyze(viaCamera(synthSequence({ reps: 2, barbell: true }), { yawDeg, noiseM: 0.01 })).exercise).toBe('squat');
    }
    expect(classifyExercise([]).exercise).toBe('unknown');
    expect(analyze(synthSequence({ reps: 2, depth: 0.1 })).exercise).toBe('unknown');
  });
});
