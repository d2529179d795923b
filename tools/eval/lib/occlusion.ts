/**
 * Self-occlusion for synthetic 2D: which COCO keypoints an eval camera cannot see because the body
 * is in front of them, from a capsule body model (limb and torso segments with radii, a head
 * sphere) — the usual cylinder/capsule approximation of occlusion-aware synthetic data (e.g.
 * Mehta et al., "Single-Shot Multi-Person 3D Pose Estimation From Monocular RGB", 3DV 2018) —
 * and what a 2D detector then reports for them: a low score and a guessed position.
 */
import { COCO } from '../../../src/core/skeleton';
import type { Rng } from '../../../src/core/rng';
import { toCamera, type EvalCamera } from '../../lifter/eval/camera';

type Capsule = readonly [number, number, number]; // COCO a, COCO b, radius (m)
const C = COCO;
/** Body capsules in COCO keypoints; radii (m) of an average adult (torso as three wide segments). */
const CAPSULES: readonly Capsule[] = [
  [C.left_shoulder, C.left_elbow, 0.05], [C.right_shoulder, C.right_elbow, 0.05],
  [C.left_elbow, C.left_wrist, 0.04], [C.right_elbow, C.right_wrist, 0.04],
  [C.left_hip, C.left_knee, 0.08], [C.right_hip, C.right_knee, 0.08],
  [C.left_knee, C.left_ankle, 0.055], [C.right_knee, C.right_ankle, 0.055],
  [C.left_shoulder, C.left_hip, 0.09], [C.right_shoulder, C.right_hip, 0.09],
  [C.left_shoulder, C.right_hip, 0.09], [C.right_shoulder, C.left_hip, 0.09],
];
const HEAD_RADIUS_M = 0.09;
/** A joint counts as hidden only behind body that is at least this much nearer to the camera (m). */
const MARGIN_M = 0.04;

/** frames × 17 flags (1 = hidden) of COCO keypoints `coco3d` (frames × 17 × 3 world metres) seen by `cam`. */
export function occludedJoints(cam: EvalCamera, coco3d: Float32Array, frames: number): Uint8Array {
  const out = new Uint8Array(frames * 17);
  const cams: [number, number, number][] = new Array(17);
  const px = (p: readonly number[]) => [cam.f * p[0] / p[2], cam.f * p[1] / p[2]];
  for (let f = 0; f < frames; f++) {
    for (let j = 0; j < 17; j++) cams[j] = toCamera(cam, coco3d, (f * 17 + j) * 3);
    const head = [0, 1, 2].map((k) => (cams[C.left_ear][k] + cams[C.right_ear][k] + cams[C.nose][k]) / 3);
    for (let j = 0; j < 17; j++) {
      const pj = cams[j];
      if (pj[2] <= 0.1) continue;
      const uj = px(pj);
      const covers = (p: readonly number[], r: number) => p[2] > 0.1 && p[2] < pj[2] - MARGIN_M && Math.hypot(px(p)[0] - uj[0], px(p)[1] - uj[1]) < (cam.f * r) / p[2];
      let hidden = j <= C.right_ear && covers(head, HEAD_RADIUS_M); // the head hides the far ear and eye
      for (const [a, b, r] of j <= C.right_ear ? [] : CAPSULES) {
        if (hidden) break;
        if (a === j || b === j) continue;
        for (let s = 0; s <= 8 && !hidden; s++) {
          const t = s / 8;
          hidden = covers([0, 1, 2].map((k) => cams[a][k] + (cams[b][k] - cams[a][k]) * t), r);
        }
      }
      out[f * 17 + j] = hidden ? 1 : 0;
    }
  }
  return out;
}

/**
 * What a detector reports for hidden keypoints: score U(0.05, 0.3) and the position guessed with
 * Gaussian error of `guessFrac` × the person's height in px (in place on frames × 17 × 3 px, px, score).
 */
export function degradeHidden(kp: Float32Array, hidden: Uint8Array, frames: number, r: Rng, guessFrac = 0.05): void {
  for (let f = 0; f < frames; f++) {
    let lo = Infinity, hi = -Infinity;
    for (let j = 0; j < 17; j++) { const y = kp[(f * 17 + j) * 3 + 1]; lo = Math.min(lo, y); hi = Math.max(hi, y); }
    const size = Math.max(hi - lo, 20);
    for (let j = 0; j < 17; j++) {
      if (!hidden[f * 17 + j]) continue;
      const i = (f * 17 + j) * 3;
      kp[i] += guessFrac * size * r.normal();
      kp[i + 1] += guessFrac * size * r.normal();
      kp[i + 2] = Math.min(kp[i + 2], r.uniform(0.05, 0.3));
    }
  }
}
