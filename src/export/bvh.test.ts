import { describe, expect, it } from 'vitest';
import { axisAngle, applyMat, mulMat } from '../core/geometry';
import { H36M, H36M_JOINTS, H36M_PARENTS, NUM_JOINTS } from '../core/skeleton';
import { motionToBvh } from './bvh';
import { bvhForwardKinematics, parseBvh } from './bvhParse';
import { REST_DIRECTIONS } from './bvhSkeleton';
import { eulerZXYDeg, matFromZXYDeg } from './rotation';

/** Bone lengths (m) by child joint, adult-sized. */
const LENGTHS = [0, 0.13, 0.44, 0.43, 0.13, 0.44, 0.43, 0.23, 0.25, 0.11, 0.12, 0.15, 0.28, 0.25, 0.15, 0.28, 0.25];

/**
 * A squat-like sequence: pelvis drops 0.45 m and back, every bone swings about its own axis with its own
 * phase (so branching joints are not rigid), optional per-frame bone-length noise (m).
 */
function syntheticSquat(frames: number, lengthNoiseM = 0, seed = 1): Float32Array {
  let s = seed;
  const rand = () => ((s = (s * 16807) % 2147483647) / 2147483647) * 2 - 1;
  const out = new Float32Array(frames * NUM_JOINTS * 3);
  const turn = axisAngle([0, 1, 0], 0.6); // athlete turned ~35° from the camera
  for (let f = 0; f < frames; f++) {
    const t = f / frames;
    const dip = 0.5 - 0.5 * Math.cos(2 * Math.PI * 2 * t);
    const pos: [number, number, number][] = [[0.1 * t, 1 - 0.45 * dip, -3 + 0.05 * t]];
    for (let c = 1; c < NUM_JOINTS; c++) {
      const axis: [number, number, number] = [Math.sin(c), Math.cos(2 * c), Math.sin(3 * c + 1)];
      const swing = axisAngle(axis, (0.3 + 0.9 * dip) * Math.sin(c + 0.5) + 0.15 * Math.sin(7 * t + c));
      const d = applyMat(mulMat(turn, swing), REST_DIRECTIONS[c]);
      const len = LENGTHS[c] + lengthNoiseM * rand();
      const p = pos[H36M_PARENTS[c]];
      pos.push([p[0] + d[0] * len, p[1] + d[1] * len, p[2] + d[2] * len]);
    }
    pos.forEach((p, j) => out.set(p, (f * NUM_JOINTS + j) * 3));
  }
  return out;
}

/** Max and mean distance (cm) between the input joints and the FK of the parsed BVH, over all frames. */
function roundTripErrorCm(pose3d: ArrayLike<number>, frames: number, bvhText: string): { max: number; mean: number } {
  const bvh = parseBvh(bvhText);
  expect(bvh.motion).toHaveLength(frames);
  const index = H36M_JOINTS.map((n) => bvh.joints.findIndex((j) => j.name === n));
  expect(index.every((i) => i >= 0)).toBe(true);
  let worst = 0, sum = 0;
  for (let f = 0; f < frames; f++) {
    const fk = bvhForwardKinematics(bvh, f);
    for (let j = 0; j < NUM_JOINTS; j++) {
      const o = (f * NUM_JOINTS + j) * 3;
      const p = fk[index[j]];
      const e = Math.hypot(p[0] - pose3d[o] * 100, p[1] - pose3d[o + 1] * 100, p[2] - pose3d[o + 2] * 100);
      worst = Math.max(worst, e);
      sum += e;
    }
  }
  return { max: worst, mean: sum / (frames * NUM_JOINTS) };
}

describe('ZXY Euler', () => {
  it('round-trips rotation matrices, including near gimbal lock', () => {
    for (const [z, x, y] of [[10, 20, 30], [-170, 80, 95], [45, -89.9, -120], [0, 90, 0], [5, -90, 0]]) {
      const m = matFromZXYDeg(z, x, y);
      const back = matFromZXYDeg(...eulerZXYDeg(m));
      back.forEach((v, i) => expect(v).toBeCloseTo(m[i], 9));
    }
  });
});

describe('motionToBvh', () => {
  it('writes a hierarchy with every H36M joint, cm offsets from median bone lengths, and a frame per pose', () => {
    const frames = 40;
    const bvh = parseBvh(motionToBvh({ fps: 30, frames, pose3d: syntheticSquat(frames) }));
    expect(bvh.frameTimeS).toBeCloseTo(1 / 30, 6);
    const knee = bvh.joints.find((j) => j.name === 'left_knee')!;
    expect(knee.offset[1]).toBeCloseTo(-44, 3); // left_hip → left_knee: 0.44 m down in the T-pose
    expect(bvh.joints[0].channels).toHaveLength(6);
    expect(bvh.joints.filter((j) => j.name.endsWith('_link'))).toHaveLength(4);
  });

  it('re-parsed BVH + FK reproduces the joint positions (fixed bone lengths: < 0.01 cm)', () => {
    const frames = 90;
    const pose3d = syntheticSquat(frames);
    expect(roundTripErrorCm(pose3d, frames, motionToBvh({ fps: 30, frames, pose3d })).max).toBeLessThan(0.01);
  });

  it('stays within ~1 cm when bone lengths jitter by ±0.5 cm per frame (lifter-like)', () => {
    const frames = 90;
    const pose3d = syntheticSquat(frames, 0.005, 7);
    const err = roundTripErrorCm(pose3d, frames, motionToBvh({ fps: 30, frames, pose3d }));
    expect(err.mean).toBeLessThan(1);
    expect(err.max).toBeLessThan(2.5); // ≤ 5 bones × 0.5 cm down the longest chain
    expect(err.max).toBeGreaterThan(0.1); // the jitter is really there
  });

  it('adds the root trajectory, holds missing frames, and aligns a tilted ground to y = 0', () => {
    const frames = 20;
    const pose3d = syntheticSquat(frames);
    const rel = pose3d.map((v, i) => v - pose3d[Math.floor(i / 51) * 51 + (i % 3)]); // root-relative
    const root = new Float32Array(frames * 3).map((_, i) => pose3d[Math.floor(i / 3) * 51 + (i % 3)]);
    rel.fill(NaN, 5 * 51, 6 * 51); // frame 5 lost
    const bvh = parseBvh(motionToBvh({ fps: 25, frames, pose3d: rel, root }));
    const pelvis = (f: number) => bvhForwardKinematics(bvh, f)[0];
    expect(pelvis(3)[1]).toBeCloseTo(pose3d[3 * 51 + 1] * 100, 2);
    expect(pelvis(5)).toEqual(pelvis(4));
    const tilt = axisAngle([1, 0, 0], 0.2);
    const up = applyMat(tilt, [0, 1, 0]);
    const tilted = pose3d.map((_, i) => applyMat(tilt, [pose3d[i - (i % 3)], pose3d[i - (i % 3) + 1], pose3d[i - (i % 3) + 2]])[i % 3]);
    const ground = { up, heightM: -0.02 };
    const g = parseBvh(motionToBvh({ fps: 25, frames, pose3d: tilted }, { ground }));
    const ankle = g.joints.findIndex((j) => j.name === 'left_ankle');
    const want = pose3d[H36M.left_ankle * 3 + 1] + 0.02;
    expect(bvhForwardKinematics(g, 0)[ankle][1]).toBeCloseTo(want * 100, 2);
  });

  it('refuses motions without any complete pose', () => {
    expect(() => motionToBvh({ fps: 30, frames: 2, pose3d: new Float32Array(102).fill(NaN) })).toThrow(/no frame has a complete 3D pose/);
  });
});
