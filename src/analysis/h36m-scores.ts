/** Per-H36M-joint confidence from the detector's COCO-17 keypoint scores, through the one COCO→H36M mapping. */
import { COCO, COCO_TO_H36M, H36M_JOINTS } from '../core/skeleton';

/** H36M-17 scores (0..1) from COCO-17 keypoints ([x px, y px, score] rows, COCO order). */
export function h36mScores(keypoints2d: readonly (readonly number[])[]): number[] {
  return H36M_JOINTS.map((name) => COCO_TO_H36M[name].reduce((s, [coco, w]) => s + w * (keypoints2d[COCO[coco]]?.[2] ?? 0), 0));
}
