import { describe, expect, it } from 'vitest';
import { h36mScores } from './h36m-scores';
import { H36M as J, COCO } from '../core/skeleton';

describe('h36mScores', () => {
  it('maps COCO scores to H36M joints', () => {
    const kp = Array.from({ length: 17 }, () => [0, 0, 0.8]);
    kp[COCO.left_hip][2] = 0.4;
    const s = h36mScores(kp);
    expect(s[J.left_hip]).toBeCloseTo(0.4, 6);
    expect(s[J.pelvis]).toBeCloseTo(0.6, 6);
  });
});
