import { describe, expect, it } from 'vitest';
import {
  COCO, COCO_JOINTS, COCO_LR_PAIRS, H36M, H36M_BONES, H36M_JOINTS, H36M_LR_PAIRS, H36M_PARENTS,
  mirrorPermutation,
} from './skeleton';

describe('skeleton', () => {
  it('pins the COCO-17 order MoveNet emits', () => {
    expect(COCO_JOINTS).toHaveLength(17);
    expect([COCO.nose, COCO.left_shoulder, COCO.right_hip, COCO.right_ankle]).toEqual([0, 5, 12, 16]);
  });
  it('pins the H36M-17 order the lifter emits', () => {
    expect(H36M_JOINTS).toHaveLength(17);
    expect([H36M.pelvis, H36M.right_ankle, H36M.thorax, H36M.head, H36M.right_wrist]).toEqual([0, 3, 8, 10, 16]);
    expect(H36M_PARENTS).toHaveLength(17);
    expect(H36M_BONES).toHaveLength(16);
  });
  it('pairs every left joint with its right twin', () => {
    expect(COCO_LR_PAIRS).toHaveLength(8);
    expect(H36M_LR_PAIRS).toHaveLength(6);
    const perm = mirrorPermutation(H36M_LR_PAIRS);
    expect(perm[H36M.left_knee]).toBe(H36M.right_knee);
    expect(perm.map((j) => perm[j])).toEqual(perm.map((_, i) => i));
  });
});
