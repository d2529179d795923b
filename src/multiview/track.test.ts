import { describe, expect, it } from 'vitest';
import { COCO } from '../core/skeleton';
import { syncTrackOf, type SyncSource } from './track';

/** Two frames of a 720 px tall video: a person with hips at y 500 in a 400 px box, then nobody. */
function source(): SyncSource {
  const keypoints = new Float32Array(2 * 51);
  for (const j of [COCO.left_hip, COCO.right_hip]) keypoints.set([300, 500, 0.9], j * 3);
  return { frames: 2, tMs: [0, 40], keypoints, box: [100, 100, 200, 400, 0, 0, 0, 0], score: [0.8, 0], personId: [3, -1] };
}

describe('syncTrackOf', () => {
  it('gives times in s, the score, and hip height up from the image bottom in box heights', () => {
    const t = syncTrackOf(source(), 720);
    expect(t.tS).toEqual([0, 0.04]);
    expect(t.score).toEqual([0.8, 0]);
    expect(t.hipUp[0]).toBeCloseTo((720 - 500) / 400, 6);
    expect(t.hipUp[1]).toBeNaN();
    expect('motion' in t).toBe(false);
  });

  it('leaves the hips out when either is unsure, and carries the flow motion when given', () => {
    const s = source();
    (s.keypoints as Float32Array)[COCO.right_hip * 3 + 2] = 0.2;
    const t = syncTrackOf(s, 720, [1, 2]);
    expect(t.hipUp[0]).toBeNaN();
    expect(t.motion).toEqual([1, 2]);
  });
});
