/**
 * The analyzers on real motion capture (ground-truth 3D, so these test the analyzers alone).
 * True rep counts were read off the pelvis-height signal inside the labelled squat segments
 * (cmu/13/labels_mocap6: label 3 = Squat covers 13_29 frames 3805–4592 and 13_30 1417–1932):
 * 13_29 dips from 0.97 m to 0.35 m and 0.31 m (2 reps), 13_30 from 0.97 m to 0.39 m and 0.47 m
 * (2 reps); see docs/analysis.md.
 */
import { describe, expect, it } from 'vitest';
import { findMocapClips } from '../mocap/node';
import { analyze } from './analyze';
import { hasMocap, MISSING_MOCAP, mocapDir, mocapSequence } from './fixtures/mocap';
import { elevationDeg } from '../core/angle';
import { makeRng } from '../core/rng';
import { viaCamera } from './fixtures/synthetic';
import { GROUND_UP } from './ground';
import { jointAt, sub } from '../core/vec3';
import { H36M as J, H36M_LR_PAIRS } from '../core/skeleton';
import type { PoseSequence } from './types';
import { percentile } from './signal';

if (!hasMocap) console.warn(MISSING_MOCAP);
const d = hasMocap ? describe : describe.skip;
const hdm = (pattern: string) => (hasMocap ? findMocapClips(mocapDir).filter((c) => c.amcPath.includes(pattern)).map((c) => c.amcPath.slice(mocapDir.length + 1)) : []);

d('squat rep counts on labelled mocap', () => {
  it.each([
    ['cmu/13/13_29.amc', 3805, 4592, 2],
    ['cmu/13/13_30.amc', 1417, 1932, 2],
  ])('%s frames %i–%i: %i reps (auto-detected as squat)', (clip, s, e, n) => {
    const a = analyze(mocapSequence(clip, { startFrame: s, endFrame: e }));
    expect(a.exercise).toBe('squat');
    expect(a.repCount).toBe(n);
    for (const r of a.reps) {
      expect(r.romM).toBeGreaterThan(0.4);
      expect(r.startS).toBeLessThan(r.bottomS);
      expect(r.bottomS).toBeLessThan(r.endS);
      expect(r.eccentricS + r.concentricS).toBeCloseTo(r.durationS, 2);
      expect(r.peakSpeedMps).toBeGreaterThanOrEqual(r.meanSpeedMps);
    }
  });

  it('same counts through a tilted virtual camera with 1.5 cm noise', () => {
    for (const [clip, s, e] of [['cmu/13/13_29.amc', 3805, 4592], ['cmu/13/13_30.amc', 1417, 1932]] as const) {
      const seq = viaCamera(mocapSequence(clip, { startFrame: s, endFrame: e }), { yawDeg: 50, pitchDeg: 15, rollDeg: 4, noiseM: 0.015, seed: 7 });
      expect(analyze(seq, { exercise: 'squat' }).repCount).toBe(2);
    }
  });

  it('every HDM05 squat1Reps clip is exactly one squat rep', () => {
    const clips = hdm('squat1Reps');
    expect(clips.length).toBeGreaterThanOrEqual(40);
    const results = clips.map((c) => analyze(mocapSequence(c)));
    expect(results.map((a) => a.repCount)).toEqual(clips.map(() => 1));
    expect(results.map((a) => a.exercise)).toEqual(clips.map(() => 'squat'));
  });
});

d('hinges as deadlift-like reps', () => {
  it('02_06 (bend over, scoop up, rise): six hinges', () => {
    // Spine angle drops from ~85° to below 20° six times in this trial.
    expect(analyze(mocapSequence('cmu/02/02_06.amc'), { exercise: 'deadlift' }).repCount).toBe(6);
    expect(analyze(mocapSequence('cmu/02/02_06.amc')).exercise).toBe('deadlift');
  });

  it.each([
    ['cmu/13/13_29.amc', 1921, 2700, 3], ['cmu/13/13_31.amc', 985, 1392, 2],
  ])('%s frames %i–%i (labelled toe touches): %i hinges, auto-detected as deadlift-like', (clip, s, e, n) => {
    // Truth from the spine angle: it falls from ~85° to below 15° and back n times in the segment.
    const a = analyze(mocapSequence(clip, { startFrame: s, endFrame: e }));
    expect([a.exercise, a.repCount]).toEqual(['deadlift', n]);
  });

  it('HDM05 depositFloorR: one hinge each (mm_025 ends mid-rise and is not counted by design)', () => {
    const clips = hdm('depositFloorR');
    expect(clips.length).toBeGreaterThanOrEqual(26);
    for (const c of clips) {
      const n = analyze(mocapSequence(c), { exercise: 'deadlift' }).repCount;
      expect(n, c).toBe(c.includes('_025_') ? 0 : 1);
    }
  });
});

d('no reps without squats or hinges', () => {
  const clips: [string, number?, number?][] = [
    ['cmu/02/02_01.amc'], ['cmu/02/02_02.amc'], ['cmu/07/walk_03.amc'], ['cmu/07/07_Walk07.amc'], ['cmu/05/md_walk.amc'],
    ['cmu/02/02_03.amc'], ['cmu/13/13_30.amc', 1933, 2465], ['cmu/13/13_31.amc', 1609, 2052], ['hdm05/bd/HDM_bd_jogLeftCircle4StepsRstart_001_120.amc'],
  ];
  it.each(clips)('%s (walking / jogging): 0 reps in every mode, also noisy', (clip, s, e) => {
    const seq = mocapSequence(clip, { startFrame: s, endFrame: e });
    const noisy = viaCamera(seq, { yawDeg: 40, pitchDeg: 10, noiseM: 0.02, seed: 3 });
    for (const exercise of ['auto', 'squat', 'deadlift'] as const) {
      expect(analyze(seq, { exercise }).repCount).toBe(0);
      expect(analyze(noisy, { exercise }).repCount).toBe(0);
    }
    expect(analyze(seq).exercise).toBe('unknown');
  });

  it.each([
    ['cmu/13/13_29.amc', 1, 468, 'jumping jacks'], ['cmu/13/13_29.amc', 469, 1212, 'side twists'], ['cmu/13/13_29.amc', 1213, 1920, 'arm circles'],
    ['cmu/13/13_29.amc', 2701, 3804, 'knee raises'], ['cmu/13/13_30.amc', 805, 1416, 'knee raises'], ['cmu/13/13_31.amc', 397, 984, 'knee raises'],
  ])('%s frames %i–%i (%s): 0 reps in every mode', (clip, s, e) => {
    const seq = mocapSequence(clip, { startFrame: s, endFrame: e });
    for (const exercise of ['auto', 'squat', 'deadlift'] as const) expect(analyze(seq, { exercise }).repCount).toBe(0);
  });

  it('standing still (a real standing pose held 10 s with sway and 1 cm jitter): 0 reps', () => {
    const src = mocapSequence('cmu/13/13_29.amc', { startFrame: 3805, endFrame: 3805 });
    const frames = 300;
    const pose3d = new Float32Array(frames * 51);
    for (let f = 0; f < frames; f++) for (let k = 0; k < 51; k++) pose3d[f * 51 + k] = src.pose3d[k] + (k % 3 === 0 ? 0.02 * Math.sin(f / 20) : 0);
    const seq = viaCamera({ fps: 30, frames, tMs: Array.from({ length: frames }, (_, i) => i * 33.3), pose3d }, { noiseM: 0.01, seed: 5 });
    for (const exercise of ['auto', 'squat', 'deadlift'] as const) expect(analyze(seq, { exercise }).repCount).toBe(0);
  });
});

d('spine angle vs mocap ground truth', () => {
  it.each([
    [3805, 4592, 0, 0, 0, 0], [3805, 4592, 35, 12, 3, 0.005], [3805, 4592, 90, -8, 0, 0.01], [3805, 4592, 150, 20, -4, 0.01],
    [1417, 1932, 35, 12, 3, 0.005], [1417, 1932, 150, 20, -4, 0.01],
  ])('squat frames %i–%i, camera yaw %i°, pitch %i°, roll %i°, noise %f m: within 5° of the truth', (s, e, yawDeg, pitchDeg, rollDeg, noiseM) => {
    const world = mocapSequence(s === 3805 ? 'cmu/13/13_29.amc' : 'cmu/13/13_30.amc', { startFrame: s, endFrame: e });
    const truth = Array.from({ length: world.frames }, (_, f) => elevationDeg(sub(jointAt(world.pose3d, f, J.thorax), jointAt(world.pose3d, f, J.pelvis)), GROUND_UP));
    const a = analyze(viaCamera(world, { yawDeg, pitchDeg, rollDeg, noiseM, seed: 11 }), { exercise: 'squat' });
    const err = a.spineAngleDeg.flatMap((s, f) => (s === null ? [] : [Math.abs(s - truth[f])]));
    expect(err.length).toBe(world.frames);
    expect(percentile(err, 50)).toBeLessThan(3);
    expect(percentile(err, 95)).toBeLessThan(5);
    expect(Math.min(...truth)).toBeLessThan(55); // the clip really leans
  });
});

d('robustness to lifter-like error (1.5 cm jitter + 6 cm drifting depth error), from 5 views', () => {
  const cases: [string, number | undefined, number | undefined, 'squat' | 'deadlift' | 'unknown', number][] = [
    ['cmu/13/13_29.amc', 3805, 4592, 'squat', 2],
    ['cmu/13/13_30.amc', 1417, 1932, 'squat', 2],
    ['hdm05/bd/HDM_bd_squat1Reps_003_120.amc', undefined, undefined, 'squat', 1],
    ['hdm05/dg/HDM_dg_squat1Reps_030_120.amc', undefined, undefined, 'squat', 1],
    ['cmu/02/02_06.amc', undefined, undefined, 'deadlift', 6],
    ['cmu/07/walk_03.amc', undefined, undefined, 'unknown', 0],
    ['cmu/02/02_03.amc', undefined, undefined, 'unknown', 0],
  ];
  it.each(cases)('%s: detected %s, %i reps at yaw 0/45/90/135/180', (clip, s, e, exercise, reps) => {
    const world = mocapSequence(clip, { startFrame: s, endFrame: e });
    for (const yawDeg of [0, 45, 90, 135, 180]) {
      const a = analyze(viaCamera(world, { yawDeg, pitchDeg: 12, noiseM: 0.015, depthNoiseM: 0.06, seed: yawDeg + 1 }));
      expect([a.exercise, a.repCount], `yaw ${yawDeg}`).toEqual([exercise, reps]);
    }
  });
});

d('robustness to detector failures: missing-frame runs, left/right swaps, garbage frames', () => {
  /** Corrupts a camera-frame sequence in place like a 2D detector + lifter would (seeded). */
  function corrupt(seq: PoseSequence, seed: number): PoseSequence {
    const g = makeRng(seed);
    const scores = new Float32Array(seq.frames * 17).fill(0.8);
    const p = seq.pose3d;
    for (let f = 0; f < seq.frames; f++) {
      if (g() < 0.03) { // nobody detected for 1–8 frames
        const end = Math.min(seq.frames, f + 1 + Math.floor(g() * 8));
        for (let k = f; k < end; k++) { p.fill(NaN, k * 51, k * 51 + 51); scores.fill(0, k * 17, k * 17 + 17); }
      }
      if (g() < 0.03) { // left/right confusion for 1–6 frames
        const end = Math.min(seq.frames, f + 1 + Math.floor(g() * 6));
        for (let k = f; k < end; k++) for (const [l, r] of H36M_LR_PAIRS) for (let c = 0; c < 3; c++) {
          const a = p[k * 51 + l * 3 + c]; p[k * 51 + l * 3 + c] = p[k * 51 + r * 3 + c]; p[k * 51 + r * 3 + c] = a;
        }
      }
      if (g() < 0.02) for (let k = 0; k < 51; k++) p[f * 51 + k] += (g() - 0.5) * 0.6; // garbage frame
    }
    return { ...seq, scores };
  }
  it.each([
    ['cmu/13/13_29.amc', 3805, 4592, 'squat', 2], ['cmu/13/13_30.amc', 1417, 1932, 'squat', 2],
    ['hdm05/bd/HDM_bd_squat1Reps_003_120.amc', undefined, undefined, 'squat', 1],
    ['cmu/02/02_06.amc', undefined, undefined, 'deadlift', 6], ['cmu/07/walk_03.amc', undefined, undefined, 'unknown', 0],
  ] as const)('%s (frames %s–%s): %s ×%i, 4 seeds', (clip, s, e, exercise, reps) => {
    for (const seed of [1, 2, 3, 4]) {
      const cam = viaCamera(mocapSequence(clip, { startFrame: s, endFrame: e }), { yawDeg: seed * 70, pitchDeg: 10, noiseM: 0.015, depthNoiseM: 0.05, seed });
      const a = analyze(corrupt(cam, seed * 13));
      expect([a.exercise, a.repCount], `seed ${seed}`).toEqual([exercise, reps]);
    }
  });
});
