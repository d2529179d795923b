import { describe, expect, it } from 'vitest';
import { COCO, H36M, H36M_PARENTS } from '../core/skeleton';
import { makeRng } from '../core/rng';
import { clipBoneLengths, constantBones, feetOnFloor, reprojectLimbs } from './refine';

/** A plausible standing H36M pose (metres, root-relative, y up) with per-frame motion. */
function poses(frames: number): Float32Array {
  const base = [[0, 0, 0], [-0.12, 0, 0], [-0.13, -0.44, 0.02], [-0.13, -0.86, 0], [0.12, 0, 0], [0.13, -0.44, 0.02], [0.13, -0.86, 0],
    [0, 0.23, 0], [0, 0.48, 0], [0, 0.58, 0.02], [0, 0.7, 0], [0.17, 0.45, 0], [0.2, 0.18, 0], [0.22, -0.05, 0.05], [-0.17, 0.45, 0], [-0.2, 0.18, 0], [-0.22, -0.05, 0.05]];
  const out = new Float32Array(frames * 51);
  for (let f = 0; f < frames; f++) base.forEach((p, j) => out.set([p[0], p[1] + (j === 12 || j === 13 ? 0.1 * Math.sin(f / 4) : 0), p[2] + (j ? 0.05 * Math.sin(f / 5 + j) : 0)], (f * 17 + j) * 3));
  return out;
}
const bone = (p: Float32Array, f: number, c: number) => {
  const a = (f * 17 + c) * 3, b = (f * 17 + H36M_PARENTS[c]) * 3;
  return Math.hypot(p[a] - p[b], p[a + 1] - p[b + 1], p[a + 2] - p[b + 2]);
};

describe('test-time refinement', () => {
  it('constantBones: every bone keeps one length per clip, left = right, root stays at 0', () => {
    const p = poses(30);
    const g = makeRng(3);
    const noisy = Float32Array.from(p, (v, i) => (i % 51 < 3 ? v : v + 0.02 * g.normal()));
    const r = constantBones(noisy, 30, true);
    const len = clipBoneLengths(noisy, 30, true);
    for (let f = 0; f < 30; f++) {
      for (let c = 1; c < 17; c++) expect(bone(r, f, c)).toBeCloseTo(len[c], 5);
      expect(bone(r, f, H36M.left_knee)).toBeCloseTo(bone(r, f, H36M.right_knee), 5);
      expect([r[f * 51], r[f * 51 + 1], r[f * 51 + 2]]).toEqual([0, 0, 0]);
    }
  });

  it('reprojectLimbs: a pose consistent with its 2D is unchanged; a limb off its 2D moves towards it', () => {
    const frames = 10;
    const p = poses(frames);
    const kp = new Float32Array(frames * 51);
    const [s, tx, ty] = [400, 540, 900]; // weak perspective, px per metre; image y down
    const names = ['left_shoulder', 'right_shoulder', 'left_elbow', 'right_elbow', 'left_wrist', 'right_wrist', 'left_knee', 'right_knee', 'left_ankle', 'right_ankle'] as const;
    for (let f = 0; f < frames; f++) for (const n of names) kp.set([tx + s * p[(f * 17 + H36M[n]) * 3], ty - s * p[(f * 17 + H36M[n]) * 3 + 1], 0.9], (f * 17 + COCO[n]) * 3);
    const same = reprojectLimbs(p, frames, kp, 0.5);
    same.forEach((v, i) => expect(v).toBeCloseTo(p[i], 5));
    const off = new Float32Array(p);
    const ka = (3 * 17 + H36M.left_ankle) * 3;
    off[ka] += 0.1;
    const fixed = reprojectLimbs(off, frames, kp, 0.75);
    expect(Math.abs(fixed[ka] - p[ka])).toBeLessThan(0.5 * Math.abs(off[ka] - p[ka]));
    expect(fixed[ka + 2]).toBe(off[ka + 2]); // depth untouched
  });

  it('feetOnFloor levels both ankles along up only when they are already close', () => {
    const p = poses(2);
    const la = H36M.left_ankle * 3, ra = H36M.right_ankle * 3;
    p[la + 1] += 0.03;
    p[51 + la + 1] += 0.3;
    const r = feetOnFloor(p, 2, [0, 1, 0]);
    expect(r[la + 1]).toBeCloseTo(r[ra + 1], 6);
    expect(r[51 + la + 1]).toBe(p[51 + la + 1]);
  });
});
