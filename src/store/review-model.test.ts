import { describe, expect, it } from 'vitest';
import { H36M } from '../core/skeleton';
import { ANKLE_ABOVE_FLOOR_M, displayMotion, plantedRoots, posesOfResult } from './review-model';

const pose = (ankleY: [number, number]) => {
  const p = Array.from({ length: 17 }, () => [0, 0, 0] as [number, number, number]);
  p[H36M.left_ankle] = [0.1, ankleY[0], 0];
  p[H36M.right_ankle] = [-0.1, ankleY[1], 0];
  return p;
};

describe('review model', () => {
  it('plants the lower ankle on the floor in every frame', () => {
    const frames = [{ persons: [{ pose3d: pose([-0.9, -0.8]) }] }, { persons: [{ pose3d: pose([-0.5, -0.6]) }] }, { persons: [] }];
    const r = { frames } as unknown as Parameters<typeof posesOfResult>[0];
    const p = posesOfResult(r);
    const root = plantedRoots(p, 3);
    expect(root[1] + p[H36M.left_ankle * 3 + 1]).toBeCloseTo(ANKLE_ABOVE_FLOOR_M, 6);
    expect(root[4] + p[51 + H36M.right_ankle * 3 + 1]).toBeCloseTo(ANKLE_ABOVE_FLOOR_M, 6);
    expect(Number.isNaN(root[7])).toBe(true);
    expect(displayMotion(r, null)?.frames).toBe(3);
    expect(displayMotion({ frames: [{ persons: [] }] } as unknown as Parameters<typeof posesOfResult>[0], null)).toBeNull();
  });
});
