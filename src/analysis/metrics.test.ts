import { describe, expect, it } from 'vitest';
import { errorMatrix, framesOf, mpjpe, pck3d, pckh, pckTorso } from './metrics';
import { H36M as J } from '../core/skeleton';
import { synthPose } from './fixtures/synthetic';

describe('metrics (3DAT article, with its null handling)', () => {
  const gt3 = [Float32Array.of(0, 0, 0, 1, 0, 0), Float32Array.of(0, 0, 0, NaN, NaN, NaN), Float32Array.of(0, 0, 0, 1, 1, 0)];

  it('MPJPE excludes null ground truth and penalises missing predictions as zero vectors', () => {
    const pred = [Float32Array.of(0.1, 0, 0, 1, 0, 0.2), Float32Array.of(5, 5, 5, 9, 9, 9), null];
    const m = errorMatrix(gt3, pred, 2, 3);
    expect(Array.from(m.nullMask)).toEqual([0, 0, 0, 1, 0, 0]);
    expect(Number.isNaN(m.error[3])).toBe(true);
    const r = mpjpe(m);
    // joint 0: (0.1 + √75 + 0) / 3; joint 1: (0.2 + √2) / 2 (frame 1 is null, frame 2 has no prediction).
    expect(r.perJoint[0]).toBeCloseTo((0.1 + Math.sqrt(75)) / 3, 5);
    expect(r.perJoint[1]).toBeCloseTo((0.2 + Math.SQRT2) / 2, 5);
    expect(r.mean).toBeCloseTo((r.perJoint[0] + r.perJoint[1]) / 2, 6);
  });

  it('root-relative MPJPE ignores a global offset; 3DPCK@150mm counts close joints', () => {
    const g = synthPose(0.5);
    const p = Float32Array.from(g, (v, i) => v + (i % 3 === 0 ? 2 : 0) + (i === J.left_wrist * 3 + 1 ? 0.2 : 0));
    const m = errorMatrix([g], [p], 17, 3, J.pelvis);
    expect(mpjpe(m).perJoint[J.left_wrist]).toBeCloseTo(0.2, 5);
    expect(mpjpe(m).perJoint[J.thorax]).toBeCloseTo(0, 5);
    expect(pck3d(m).pck).toBeCloseTo(16 / 17, 6);
    expect(pck3d(m, 0.25).pck).toBe(1);
  });

  it('PCKh@0.5 uses the head-box diagonal; nulls never count as correct nor in the denominator', () => {
    const gt = [Float32Array.of(0, 0, 10, 10), Float32Array.of(0, 0, NaN, NaN)];
    const pred = [Float32Array.of(3, 4, 10, 30), Float32Array.of(0, 0, 10, 10)];
    const m = errorMatrix(gt, pred, 2, 2);
    const r = pckh(m, [[0, 0, 6, 8], [0, 0, 6, 8]]); // link 10 px → threshold 5 px
    // joint 0: 5 px in frame 0 is not < 5 (wrong), 0 px in frame 1 (right) → 1/2;
    // joint 1: 20 px in frame 0 (wrong), frame 1 null (excluded from both counts) → 0/1.
    expect(r.perJoint).toEqual([0.5, 0]);
    expect(r.pck).toBe(0.25);
  });

  it('PCK@0.2 of the torso diameter (left shoulder – right hip)', () => {
    const g = synthPose(0);
    const torso = Math.hypot(...[0, 1, 2].map((k) => g[J.left_shoulder * 3 + k] - g[J.right_hip * 3 + k]));
    const p = Float32Array.from(g);
    p[J.head * 3] += 0.19 * torso;
    p[J.left_knee * 3] += 0.21 * torso;
    const r = pckTorso(errorMatrix([g], [p], 17, 3), [g], [J.left_shoulder, J.right_hip], 3);
    expect(r.perJoint[J.head]).toBe(1);
    expect(r.perJoint[J.left_knee]).toBe(0);
    expect(framesOf(new Float32Array(2 * 17 * 3), 17, 3)).toHaveLength(2);
  });
});
