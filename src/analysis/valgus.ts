/**
 * Knee valgus after MobiDev ("3D Human Pose Estimation Experiments and Analysis"): rotate the
 * skeleton about the vertical so the hips line is parallel to the frontal plane, project onto that
 * plane, and while the knees are bent flag frames where a knee is closer to the body's midline than
 * its ankle. Ours: the medial offset is measured relative to hip width (scale-free).
 */
import { rotY, applyMat } from '../core/geometry';
import { jointAt } from '../core/vec3';
import { J, kneeAnglesDeg } from './body';

export interface ValgusFrame {
  /** Medial offset of each knee from its ankle in the frontal plane, metres (+ = inward): [left, right]. */
  medialM: [number, number];
  /** Same, divided by the frame's hip width. */
  ratio: [number, number];
  /** Interior knee angles, deg: [left, right]. */
  kneeDeg: [number, number];
}

/** Frontal-plane knee position of frame f of ground-frame poses `g` (Y up, pelvis at origin). */
export function valgusFrame(g: ArrayLike<number>, f: number): ValgusFrame {
  const hl = jointAt(g, f, J.left_hip), hr = jointAt(g, f, J.right_hip);
  const theta = Math.atan2(hl[2] - hr[2], hl[0] - hr[0]);
  const m = rotY(theta);
  const x = (j: number) => applyMat(m, jointAt(g, f, j))[0];
  const hipW = Math.max(1e-6, Math.abs(x(J.left_hip) - x(J.right_hip)));
  const left = x(J.left_ankle) - x(J.left_knee);
  const right = x(J.right_knee) - x(J.right_ankle);
  return { medialM: [left, right], ratio: [left / hipW, right / hipW], kneeDeg: kneeAnglesDeg(g, f) };
}
