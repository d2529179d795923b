import { describe, expect, it } from 'vitest';
import { applyMat, rotY, type Mat3 } from '../core/geometry';
import { weightedRotation } from '../core/rigid';
import { H36M } from '../core/skeleton';
import type { Vec3 } from '../core/vec3';
import { alignViews, fuseAligned, fuseViews, h36mConfidence, resampleView, type ViewMotion } from './fuse3d';

const J = 17;
/** A fixed, non-planar root-relative pose (metres). */
const POSE = Float32Array.from({ length: J * 3 }, (_, i) => (i < 3 ? 0 : Math.sin(i * 1.7) * 0.4 + (i % 3 === 1 ? 0.2 : 0)));

function rotated(p: Float32Array, R: Mat3): Float32Array {
  const out = new Float32Array(p.length);
  for (let i = 0; i < p.length / 3; i++) out.set(applyMat(R, [p[i * 3], p[i * 3 + 1], p[i * 3 + 2]]), i * 3);
  return out;
}
const repeat = (p: Float32Array, frames: number) => { const o = new Float32Array(frames * p.length); for (let f = 0; f < frames; f++) o.set(p, f * p.length); return o; };
const ones = (n: number, v = 1) => new Float32Array(n).fill(v);
const times = (frames: number, fps = 30, t0 = 0) => Array.from({ length: frames }, (_, f) => t0 + f / fps);
const joint = (p: Float32Array, f: number, j: number): Vec3 => [p[(f * J + j) * 3], p[(f * J + j) * 3 + 1], p[(f * J + j) * 3 + 2]];
const maxAbsDiff = (a: ArrayLike<number>, b: ArrayLike<number>) => Math.max(...Array.from(a, (x, i) => Math.abs(x - b[i])));

describe('weightedRotation (Horn)', () => {
  it('recovers a known rotation exactly and ignores zero-weight pairs', () => {
    const R = rotY(1.2);
    const q = rotated(POSE, R);
    const w = ones(J);
    const junk = POSE.slice(); junk[12] += 5; w[4] = 0; // joint 4 moved far, but weighted 0
    expect(maxAbsDiff(weightedRotation(junk, q, w), R)).toBeLessThan(1e-6); // float32 poses
  });
});

describe('alignViews', () => {
  it('finds the rotation between two cameras from the poses, despite one view getting a joint badly wrong', () => {
    const frames = 10, R = rotY(-1.4);
    const a = repeat(POSE, frames);
    const b = repeat(rotated(POSE, [R[0], R[3], R[6], R[1], R[4], R[7], R[2], R[5], R[8]]), frames); // B = Rᵀ·A, so R takes B into A
    for (let f = 0; f < frames; f++) b[(f * J + H36M.left_wrist) * 3] += 0.6; // a hallucinated wrist in B
    const { rotation, residualM } = alignViews(a, ones(frames * J), b, ones(frames * J));
    const angleErr = Math.acos(Math.min(1, (rotation[0] * R[0] + rotation[1] * R[1] + rotation[2] * R[2] + rotation[3] * R[3] + rotation[4] * R[4] + rotation[5] * R[5] + rotation[6] * R[6] + rotation[7] * R[7] + rotation[8] * R[8] - 1) / 2));
    expect(angleErr * 180 / Math.PI).toBeLessThan(0.5);
    expect(residualM).toBeGreaterThan(0.1); // the wrist's 0.6 m is still in the residual (one joint of 16)
    expect(residualM).toBeLessThan(0.2);
  });
});

describe('fuseAligned', () => {
  it('takes a joint one view cannot see from the other view', () => {
    const a = POSE.slice(), b = POSE.slice();
    const hidden = H36M.right_knee;
    a[hidden * 3 + 1] += 0.3; // A guesses the occluded knee 30 cm too high
    const ca = ones(J, 0.9); ca[hidden] = 0.05;
    const out = fuseAligned(a, ca, b, ones(J, 0.9), [1, 0, 0]);
    expect(Math.abs(out[hidden * 3 + 1] - POSE[hidden * 3 + 1])).toBeLessThan(0.01);
    expect(maxAbsDiff(out.subarray(0, 6), POSE.subarray(0, 6))).toBeLessThan(1e-6);
  });

  it('trusts each camera across its view more than along its depth', () => {
    // Equal confidence, cameras at 90°: A (depth z) is right about x, B (depth x) is right about z.
    const a = new Float32Array([0.1, 0, 0.5]), b = new Float32Array([0.4, 0, 0.2]);
    const out = fuseAligned(a, ones(1), b, ones(1), [1, 0, 0], { depthRatio: 2 });
    expect(out[0]).toBeCloseTo(0.1 + (0.3 * 1) / 5, 6); // weights 1 vs 1/4 along x
    expect(out[2]).toBeCloseTo(0.2 + (0.3 * 1) / 5, 6);
    const flat = fuseAligned(a, ones(1), b, ones(1), [1, 0, 0], { depthRatio: 1 });
    expect(Array.from(flat)).toEqual([0.25, 0, 0.35].map(Math.fround));
  });

  it('keeps a view where the other has no person', () => {
    const b = new Float32Array(J * 3).fill(NaN);
    expect(Array.from(fuseAligned(POSE, ones(J), b, ones(J, 0), [0, 0, 1]))).toEqual(Array.from(POSE));
  });
});

describe('resampleView', () => {
  it('reads B at A\'s time plus the offset, interpolating between frames, and nothing outside B', () => {
    const frames = 30;
    const pose = new Float32Array(frames * J * 3);
    for (let f = 0; f < frames; f++) pose[(f * J + 1) * 3] = f; // right hip x = B's frame number
    const b: ViewMotion = { pose, conf: ones(frames * J), timesS: times(frames) };
    const tA = times(40, 30, 0); // A's clip, same rate; B started 0.5 s after A, so an event is 0.5 s earlier on B's clock
    const r = resampleView(b, tA, -0.5 + 0.5 / 30); // half a frame in between
    expect(joint(r.pose, 20, 1)[0]).toBeCloseTo(5.5, 4);
    expect(Number.isNaN(r.pose[(10 * J + 1) * 3])).toBe(true); // A's 0.33 s is before B's start
    expect(r.conf[10 * J + 1]).toBe(0);
    expect(Number.isNaN(r.pose[(39 * J + 1) * 3])).toBe(false);
  });
});

describe('fuseViews', () => {
  it('aligns, resamples and fuses: an occluded joint in A comes back right, in A\'s axes', () => {
    const frames = 60, R = rotY(Math.PI / 2); // B filmed from the side
    const truth = repeat(POSE, frames);
    const a = truth.slice();
    const ca = ones(frames * J, 0.9);
    for (let f = 0; f < frames; f++) { a[(f * J + H36M.left_ankle) * 3 + 2] += 0.25; ca[f * J + H36M.left_ankle] = 0.1; }
    const bPose = rotated(truth, [R[0], R[3], R[6], R[1], R[4], R[7], R[2], R[5], R[8]]);
    const fused = fuseViews({ pose: a, conf: ca, timesS: times(frames) }, { pose: bPose, conf: ones(frames * J, 0.9), timesS: times(frames, 30, 2) }, 2);
    expect(fused.overlapFrames).toBe(frames);
    expect(fused.viewAngleDeg).toBeCloseTo(90, 1);
    expect(maxAbsDiff(joint(fused.pose, 30, H36M.left_ankle), joint(truth, 30, H36M.left_ankle))).toBeLessThan(0.01);
    expect(fused.conf[30 * J + H36M.left_ankle]).toBeCloseTo(0.9, 5);
  });

  it('without any overlap in time returns view A unchanged', () => {
    const a: ViewMotion = { pose: repeat(POSE, 5), conf: ones(5 * J), timesS: times(5) };
    const fused = fuseViews(a, { ...a, timesS: times(5, 30, 10) }, 0);
    expect(fused.overlapFrames).toBe(0);
    expect(Array.from(fused.pose)).toEqual(Array.from(a.pose));
  });
});

describe('h36mConfidence', () => {
  it('scores a joint made of several keypoints by its least confident one', () => {
    const kp = new Float32Array(J * 3);
    for (let c = 0; c < J; c++) kp[c * 3 + 2] = 0.5 + c / 100;
    const c = h36mConfidence(kp, 1);
    expect(c[H36M.pelvis]).toBeCloseTo(0.61, 5); // min(left_hip 0.61, right_hip 0.62)
    expect(c[H36M.right_knee]).toBeCloseTo(0.64, 5);
  });
});
