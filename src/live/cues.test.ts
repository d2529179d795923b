import { describe, expect, it } from 'vitest';
import { createRepCounter, step } from '../analysis/repCounter';
import { resolveThresholds } from '../analysis/thresholds';
import { synthSequence, viaCamera, type SynthOptions } from '../analysis/fixtures/synthetic';
import type { PoseSequence } from '../analysis/types';
import { cameraYawRad, confidentPerson, createCueState, spineAboveFloorDeg, stepCue, type LiveCueKind } from './cues';

const T = resolveThresholds();
const ONES = new Float32Array(17).fill(1);

/** Runs the rep counter + cue decision frame by frame; returns the cue kinds seen and the last yaw. */
function run(seq: PoseSequence, scores: ArrayLike<number> = ONES) {
  let rc = createRepCounter();
  let cs = createCueState();
  const kinds = new Set<LiveCueKind>();
  let yawDeg = NaN;
  for (let f = 0; f < seq.frames; f++) {
    const pose = seq.pose3d.subarray(f * 51, f * 51 + 51);
    const tMs = Number(seq.tMs[f]);
    rc = step(rc, pose, tMs).state;
    const r = stepCue(cs, { pose, scores, up: rc.up, upFrames: rc.upFrames, inRep: rc.mode === 'down' || rc.pending !== null, exercise: 'squat', tS: tMs / 1000 }, T);
    cs = r.state;
    if (r.cue) kinds.add(r.cue.kind);
    if (r.view) yawDeg = r.view.yawDeg;
  }
  return { kinds, yawDeg, reps: rc.count };
}

const squat = (o: SynthOptions, yawDeg: number) => viaCamera(synthSequence({ reps: 3, ...o }), { yawDeg, pitchDeg: 10, noiseM: 0.005, seed: 3 });

describe('live cues', () => {
  it('measures the camera yaw and the spine angle of single poses', () => {
    const standing = synthSequence({ reps: 1 }).pose3d.subarray(0, 51);
    for (const yaw of [0, 45, 90, -90]) {
      const p = viaCamera({ fps: 30, frames: 1, tMs: [0], pose3d: Float32Array.from(standing) }, { yawDeg: yaw }).pose3d;
      expect(Math.abs(cameraYawRad(p, [0, 1, 0]).yaw * 180 / Math.PI)).toBeCloseTo(Math.abs(yaw), 0);
      expect(spineAboveFloorDeg(p, [0, 1, 0])).toBeGreaterThan(85);
    }
  });

  it('a clean squat gives no cue from any view', () => {
    for (const yaw of [0, 45, 90]) {
      const r = run(squat({}, yaw));
      expect(r.reps).toBe(3);
      expect([...r.kinds]).toEqual([]);
    }
  });

  it('cues forward lean from a side view, not from the front (view gate)', () => {
    expect([...run(squat({ leanDeg: 25 }, 90)).kinds]).toEqual(['forward_lean']);
    expect([...run(squat({ leanDeg: 25 }, 60)).kinds]).toEqual(['forward_lean']);
    expect(run(squat({ leanDeg: 25 }, 0)).kinds.has('forward_lean')).toBe(false);
  });

  it('cues knee valgus from a front view, not from the side', () => {
    expect([...run(squat({ valgusM: 0.12 }, 0)).kinds]).toEqual(['knee_valgus']);
    expect([...run(squat({ valgusM: 0.12 }, 15)).kinds]).toEqual(['knee_valgus']);
    expect(run(squat({ valgusM: 0.12 }, 90)).kinds.size).toBe(0);
  });

  it('poorly scored joints gate the cue; a fault shorter than minMistakeS is not cued', () => {
    const low = new Float32Array(17).fill(0.3);
    expect(run(squat({ valgusM: 0.12 }, 0), low).kinds.size).toBe(0);
    let cs = createCueState();
    const seq = squat({ valgusM: 0.12, depth: 1 }, 0);
    const bottom = seq.pose3d.subarray(60 * 51, 61 * 51); // mid-rep of the first squat
    const f = (tS: number) => ({ pose: bottom, scores: ONES, up: [0, 1, 0] as [number, number, number], upFrames: 20, inRep: true, exercise: 'squat' as const, tS });
    cs = stepCue(cs, f(0), T).state;
    const early = stepCue(cs, f(T.minMistakeS / 2), T);
    expect(early.cue).toBeNull();
    const later = stepCue(early.state, f(T.minMistakeS + 0.01), T);
    expect(later.cue?.kind).toBe('knee_valgus');
    expect(later.cue!.severity).toBeGreaterThan(0);
  });

  it('holds a cue briefly after the fault ends, then clears it; deadlifts get no cues', () => {
    const seq = squat({ valgusM: 0.12 }, 0);
    const bottom = seq.pose3d.subarray(60 * 51, 61 * 51);
    const top = seq.pose3d.subarray(0, 51);
    const f = (pose: Float32Array, tS: number, exercise: 'squat' | 'deadlift' = 'squat') => ({ pose, scores: ONES, up: [0, 1, 0] as [number, number, number], upFrames: 20, inRep: true, exercise, tS });
    let cs = createCueState();
    for (let i = 0; i <= 10; i++) cs = stepCue(cs, f(bottom, i * 0.033), T).state;
    expect(stepCue(cs, f(top, 1), T).cue?.kind).toBe('knee_valgus');
    expect(stepCue(cs, f(top, 3), T).cue).toBeNull();
    let dl = createCueState();
    for (let i = 0; i <= 10; i++) dl = stepCue(dl, f(bottom, i * 0.033, 'deadlift'), T).state;
    expect(stepCue(dl, f(bottom, 0.4, 'deadlift'), T).cue).toBeNull();
  });
});

describe('no cue and no rep without a confident person (issue 11)', () => {
  const person = (score: number, heightPx = 400): number[][] => Array.from({ length: 17 }, (_, j) => [100, 100 + (j / 16) * heightPx, score]);

  it('a low-scored scatter (empty room) or a tiny figure is not a person; a clear body is', () => {
    expect(confidentPerson(person(0.9), 720, T)).toBe(true);
    expect(confidentPerson(person(0.3), 720, T)).toBe(false);
    expect(confidentPerson(person(0.9, 50), 720, T)).toBe(false);
    expect(confidentPerson([], 720, T)).toBe(false);
  });

  it('a cue shown a moment ago disappears as soon as the person is gone', () => {
    const s = { ...createCueState(), cue: { kind: 'knee_valgus' as const, severity: 0.5 }, cueSeenS: 1 };
    const r = stepCue(s, { pose: new Float32Array(51).fill(NaN), scores: new Float32Array(17), up: [0, 1, 0], upFrames: 20, inRep: true, exercise: 'squat', tS: 1.1 }, T);
    expect(r.cue).toBeNull();
    expect(r.state.cue).toBeNull();
  });
});
