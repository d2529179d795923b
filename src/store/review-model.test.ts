import { describe, expect, it } from 'vitest';
import { H36M } from '../core/skeleton';
import type { Motion3D } from '../pipeline/session';
import { ANKLE_HEIGHT_M as ANKLE_ABOVE_FLOOR_M } from '../core/anatomy';
import { displayMotion, plantedRoots } from './review-model';

const pose = (ankleY: [number, number]) => {
  const p = Array.from({ length: 17 }, () => [0, 0, 0] as [number, number, number]);
  p[H36M.left_ankle] = [0.1, ankleY[0], 0];
  p[H36M.right_ankle] = [-0.1, ankleY[1], 0];
  return p;
};

/** A session's 3D motion from per-frame poses (null = no person). */
const motionOf = (frames: ([number, number, number][] | null)[]): Motion3D => {
  const p = new Float32Array(frames.length * 51).fill(NaN);
  frames.forEach((f, i) => f?.forEach((j, k) => p.set(j, i * 51 + k * 3)));
  return { frame: 'camera', pose: p, root: null, up: null, upSigmaDeg: null };
};
const sessionOf = (frames: ([number, number, number][] | null)[]) => ({ motion: motionOf(frames), analysis: null, track: { frames: frames.length } as never });

describe('review model', () => {
  it('plants the lower ankle on the floor in every frame', () => {
    const s = sessionOf([pose([-0.9, -0.8]), pose([-0.5, -0.6]), null]);
    const p = s.motion.pose;
    const root = plantedRoots(p, 3);
    expect(root[1] + p[H36M.left_ankle * 3 + 1]).toBeCloseTo(ANKLE_ABOVE_FLOOR_M, 6);
    expect(root[4] + p[51 + H36M.right_ankle * 3 + 1]).toBeCloseTo(ANKLE_ABOVE_FLOOR_M, 6);
    expect(Number.isNaN(root[7])).toBe(true);
    expect(displayMotion(s)?.frames).toBe(3);
    expect(displayMotion(sessionOf([null]))).toBeNull();
  });
});
