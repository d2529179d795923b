import { describe, expect, it } from 'vitest';
import { H36M } from '../core/skeleton';
import type { ComparisonReport } from '../analysis';
import { comparisonSummary, ghostRoots } from './compare-model';

describe('compare model', () => {
  it('maps per-joint distances to per-group centimetres per frame, null outside reps', () => {
    const d = new Float32Array(2 * 17).fill(NaN);
    d[17 + H36M.left_knee] = 0.1;
    d[17 + H36M.right_knee] = 0.2;
    const r = { score: 80, jointDistanceM: d, perGroupM: { feet: 0, knees: 0.15, hips: 0, hands: 0, spine: 0 }, worst: [{ group: 'knees', rep: 0, tS: 1.2, distanceM: 0.2, message: 'knees 20 cm more inward' }], summary: 's' } as unknown as ComparisonReport;
    const s = comparisonSummary(r, 2);
    const knees = s.groups.find((g) => g.group === 'knees')!;
    expect(knees.diffCm).toEqual([null, 15]);
    expect(knees.meanCm).toBe(15);
    expect(s.worst[0]).toEqual({ tS: 1.2, group: 'knees', diffCm: 20, text: 'knees 20 cm more inward' });
  });

  it('puts the reference mid-ankle on the user mid-ankle and hides unmatched frames', () => {
    const pose = (ax: number, az: number) => {
      const p = new Float32Array(51);
      p[H36M.left_ankle * 3] = ax + 0.1; p[H36M.right_ankle * 3] = ax - 0.1;
      p[H36M.left_ankle * 3 + 2] = az; p[H36M.right_ankle * 3 + 2] = az;
      return p;
    };
    const user = pose(0.3, 0.2), ref = pose(-0.1, 0.5);
    const root = ghostRoots([0, -1], Float32Array.from([...user, ...user]), new Float32Array([1, 0.9, 2, 0, 0, 0]), ref, new Float32Array([0, 0.8, 0]));
    expect(root[0]).toBeCloseTo(1 + 0.3 + 0.1, 6);
    expect(root[1]).toBeCloseTo(0.8, 6);
    expect(root[2]).toBeCloseTo(2 + 0.2 - 0.5, 6);
    expect(Number.isNaN(root[3])).toBe(true);
  });
});
