/**
 * The one joint module: detector (COCO-17) and lifter (H36M-17) joint orders, parents, bones,
 * left/right pairs, and the single COCO→H36M mapping. Everything else derives from these lists.
 * Orders follow tfjs-models pose-detection `constants.ts` (COCO) and VideoPose3D
 * `common/h36m_dataset.py` (17 kept H36M joints).
 */

/** COCO-17 keypoints, in the order MoveNet outputs them. */
export const COCO_JOINTS = [
  'nose', 'left_eye', 'right_eye', 'left_ear', 'right_ear',
  'left_shoulder', 'right_shoulder', 'left_elbow', 'right_elbow', 'left_wrist', 'right_wrist',
  'left_hip', 'right_hip', 'left_knee', 'right_knee', 'left_ankle', 'right_ankle',
] as const;
export type CocoJoint = (typeof COCO_JOINTS)[number];

/** H36M-17 joints, in the order the lifter outputs them (VideoPose3D's 17-joint subset). */
export const H36M_JOINTS = [
  'pelvis', 'right_hip', 'right_knee', 'right_ankle', 'left_hip', 'left_knee', 'left_ankle',
  'spine', 'thorax', 'neck', 'head',
  'left_shoulder', 'left_elbow', 'left_wrist', 'right_shoulder', 'right_elbow', 'right_wrist',
] as const;
export type H36mJoint = (typeof H36M_JOINTS)[number];

export const NUM_JOINTS = 17;

function indexMap<T extends string>(names: readonly T[]): Readonly<Record<T, number>> {
  return Object.fromEntries(names.map((n, i) => [n, i])) as Record<T, number>;
}

/** Joint name → index in COCO order. */
export const COCO = indexMap(COCO_JOINTS);
/** Joint name → index in H36M order. */
export const H36M = indexMap(H36M_JOINTS);

/** Parent of each H36M joint (-1 for the root, the pelvis). */
export const H36M_PARENTS: readonly number[] = [-1, 0, 1, 2, 0, 4, 5, 0, 7, 8, 9, 8, 11, 12, 8, 14, 15];

/** H36M bones as [parent, child] index pairs. */
export const H36M_BONES: readonly (readonly [number, number])[] = H36M_PARENTS.flatMap((p, c) =>
  p < 0 ? [] : [[p, c] as const],
);

/** COCO bones drawn on the 2D overlay (as in tfjs-models `COCO_CONNECTED_KEYPOINTS_PAIRS`). */
export const COCO_BONES: readonly (readonly [number, number])[] = [
  [0, 1], [0, 2], [1, 3], [2, 4], [5, 6], [5, 7], [5, 11], [6, 8], [6, 12], [7, 9], [8, 10],
  [11, 12], [11, 13], [12, 14], [13, 15], [14, 16],
];

/** Index pairs (left, right) to swap when mirroring. */
function lrPairs<T extends string>(names: readonly T[]): readonly (readonly [number, number])[] {
  const idx = indexMap(names) as Record<string, number>;
  return names.flatMap((n, i) =>
    n.startsWith('left_') ? [[i, idx[`right_${n.slice(5)}`]] as const] : [],
  );
}
export const COCO_LR_PAIRS = lrPairs(COCO_JOINTS);
export const H36M_LR_PAIRS = lrPairs(H36M_JOINTS);

/** Permutation that swaps left and right joints (apply as `mirrored[i] = pose[perm[i]]`). */
export function mirrorPermutation(pairs: readonly (readonly [number, number])[], n = NUM_JOINTS): number[] {
  const perm = Array.from({ length: n }, (_, i) => i);
  for (const [l, r] of pairs) { perm[l] = r; perm[r] = l; }
  return perm;
}

/**
 * The one COCO→H36M mapping: each H36M joint as a weighted mean of COCO keypoints. Used to read
 * H36M-style joints (pelvis, thorax, ...) off 2D detections; the head joints are approximations.
 */
export const COCO_TO_H36M: Readonly<Record<H36mJoint, readonly (readonly [CocoJoint, number])[]>> = {
  pelvis: [['left_hip', 0.5], ['right_hip', 0.5]],
  right_hip: [['right_hip', 1]],
  right_knee: [['right_knee', 1]],
  right_ankle: [['right_ankle', 1]],
  left_hip: [['left_hip', 1]],
  left_knee: [['left_knee', 1]],
  left_ankle: [['left_ankle', 1]],
  spine: [['left_hip', 0.25], ['right_hip', 0.25], ['left_shoulder', 0.25], ['right_shoulder', 0.25]],
  thorax: [['left_shoulder', 0.5], ['right_shoulder', 0.5]],
  neck: [['nose', 1]],
  head: [['left_ear', 0.5], ['right_ear', 0.5]],
  left_shoulder: [['left_shoulder', 1]],
  left_elbow: [['left_elbow', 1]],
  left_wrist: [['left_wrist', 1]],
  right_shoulder: [['right_shoulder', 1]],
  right_elbow: [['right_elbow', 1]],
  right_wrist: [['right_wrist', 1]],
};
