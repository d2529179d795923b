/**
 * The analyzers on real lifter output: mocap of subjects the lifter never saw in training
 * (training/split.json test subjects cmu_13, hdm05_mm), projected through a virtual phone camera,
 * corrupted by the training detector-noise model (training/noise.py) and lifted by one of our lifter
 * checkpoints. Provenance in the fixture's `about`. Poses in cm, scores in %, camera axes as the
 * lifter outputs them (root-relative, x right, y up, z towards the viewer).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyze } from './analyze';

interface LiftedClip {
  name: string; source: string; cameraAzimuthDeg: number; fps: number; frames: number;
  truth: { exercise: 'squat' | 'deadlift' | 'unknown'; reps: number };
  lifterMpjpeMm: number; pose3dCm: number[]; scoresPct: number[];
}
const fixture = JSON.parse(readFileSync(new URL('./fixtures/lifted-mocap.json', import.meta.url), 'utf8')) as { about: string; clips: LiftedClip[] };

describe('lifter output of unseen subjects (fixture)', () => {
  it.each(fixture.clips.map((c) => [c.name, c] as const))('%s: exercise and rep count', (_, c) => {
    const seq = {
      fps: c.fps, frames: c.frames,
      tMs: Array.from({ length: c.frames }, (_, i) => (i * 1000) / c.fps),
      pose3d: Float32Array.from(c.pose3dCm, (v) => v / 100),
      scores: Float32Array.from(c.scoresPct, (v) => v / 100),
    };
    const a = analyze(seq);
    expect([a.exercise, a.repCount]).toEqual([c.truth.exercise, c.truth.reps]);
    expect(a.mistakes.filter((m) => m.kind === 'knee_valgus')).toEqual([]); // clean mocap knees
    if (c.truth.exercise !== 'unknown') expect(analyze(seq, { exercise: c.truth.exercise }).repCount).toBe(c.truth.reps);
    // The view estimate follows the virtual camera within 25° (lifters carry a yaw bias).
    const d = Math.abs(((Math.abs(a.view.yawDeg) - c.cameraAzimuthDeg + 540) % 360) - 180);
    expect(d).toBeLessThan(25);
  });
});
