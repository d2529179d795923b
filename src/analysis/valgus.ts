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
  /** Medial offset of each knee from its hip→ankle line in the frontal plane, metres (+ = inward): [left, right]. */
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
  const q = (j: number) => applyMat(m, jointAt(g, f, j));
  const hipW = Math.max(1e-6, Math.abs(q(J.left_hip)[0] - q(J.right_hip)[0]));
  /** Lateral (x) position of the hip→ankle line at the knee's height, in the frontal (x-y) plane. */
  const lineX = (h: number, k: number, a: number) => {
    const H = q(h), K = q(k), A = q(a);
    const dy = H[1] - A[1];
    const u = Math.abs(dy) > 1e-6 ? Math.max(0, Math.min(1, (K[1] - A[1]) / dy)) : 0.5;
    return { line: A[0] + u * (H[0] - A[0]), knee: K[0] };
  };
  const l = lineX(J.left_hip, J.left_knee, J.left_ankle);
  const r = lineX(J.right_hip, J.right_knee, J.right_ankle);
  const left = l.line - l.knee;
  const right = r.knee - r.line;
  return { medialM: [left, right], ratio: [left / hipW, right / hipW], kneeDeg: kneeAnglesDeg(g, f) };
}
