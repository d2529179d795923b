/**
 * Test-time refinement of lifted poses: priors that cost no training data (issue 12 item 3, after
 * OpenCap Monocular's post-hoc optimisation: constant bones, consistency with the 2D, feet on the
 * floor). Pure functions on `frames × 17 × 3` poses in the lifter's output space: metres,
 * root-relative (pelvis = 0), camera axes x right, y up (image up), z towards the viewer, H36M order.
 * Each returns a new array; NaN frames stay NaN. Measured one by one in docs/lifter.md.
 */
import { COCO, H36M, H36M_LR_PAIRS, H36M_PARENTS } from '../core/skeleton';
import { median } from '../core/stats';

const STRIDE = 51;

/** Per-clip bone lengths (m, index = child joint; NaN for the root): per-bone median over frames,
 * left/right partners averaged when `symmetric`. */
export function clipBoneLengths(pose: Float32Array, frames: number, symmetric = true): number[] {
  const len = H36M_PARENTS.map((p, c) => {
    if (p < 0) return NaN;
    const v: number[] = [];
    for (let f = 0; f < frames; f++) {
      const a = f * STRIDE + c * 3, b = f * STRIDE + p * 3;
      const d = Math.hypot(pose[a] - pose[b], pose[a + 1] - pose[b + 1], pose[a + 2] - pose[b + 2]);
      if (Number.isFinite(d)) v.push(d);
    }
    return median(v);
  });
  if (symmetric) for (const [l, r] of H36M_LR_PAIRS) { const m = (len[l] + len[r]) / 2; len[l] = len[r] = m; }
  return len;
}

/**
 * Constant (and optionally left/right-symmetric) bone lengths: every frame is rebuilt from the root
 * outwards, each bone keeping its predicted direction with the clip's length (H36M parents precede
 * their children in index order).
 */
export function constantBones(pose: Float32Array, frames: number, symmetric = true): Float32Array {
  const len = clipBoneLengths(pose, frames, symmetric);
  const out = new Float32Array(pose);
  for (let f = 0; f < frames; f++) {
    const o = f * STRIDE;
    for (let c = 1; c < 17; c++) {
      const p = H36M_PARENTS[c];
      const d = [0, 1, 2].map((k) => pose[o + c * 3 + k] - pose[o + p * 3 + k]);
      const n = Math.hypot(d[0], d[1], d[2]);
      if (!(n > 1e-9) || !Number.isFinite(len[c])) continue;
      for (let k = 0; k < 3; k++) out[o + c * 3 + k] = out[o + p * 3 + k] + (d[k] / n) * len[c];
    }
  }
  return out;
}

/** H36M joints with the same anatomical point in COCO (the hips differ: COCO marks the outer hip). */
const LIMBS: readonly (readonly [number, number])[] = (['left_shoulder', 'right_shoulder', 'left_elbow', 'right_elbow', 'left_wrist', 'right_wrist', 'left_knee', 'right_knee', 'left_ankle', 'right_ankle'] as const)
  .map((n) => [H36M[n], COCO[n]] as const);

/**
 * Reprojection consistency under weak perspective: per frame, fit scale s and offset t (least
 * squares, weighted by the detector score) mapping the pose's (x, −y) to the 2D keypoints (pixels,
 * y down), then move each limb joint a fraction `alpha` of its 2D residual back along x/y (depth is
 * untouched). Joints under `minScore` are neither fitted nor moved.
 */
export function reprojectLimbs(pose: Float32Array, frames: number, keypoints: Float32Array, alpha = 0.5, minScore = 0.3): Float32Array {
  const out = new Float32Array(pose);
  for (let f = 0; f < frames; f++) {
    const o = f * STRIDE;
    let w = 0, sx = 0, sy = 0, su = 0, sv = 0;
    for (const [h, c] of LIMBS) {
      const s = keypoints[o + c * 3 + 2];
      if (!(s >= minScore) || !Number.isFinite(pose[o + h * 3])) continue;
      w += s; sx += s * pose[o + h * 3]; sy += s * -pose[o + h * 3 + 1]; su += s * keypoints[o + c * 3]; sv += s * keypoints[o + c * 3 + 1];
    }
    if (w <= 0) continue;
    const [mx, my, mu, mv] = [sx / w, sy / w, su / w, sv / w];
    let num = 0, den = 0, n = 0;
    for (const [h, c] of LIMBS) {
      const s = keypoints[o + c * 3 + 2];
      if (!(s >= minScore) || !Number.isFinite(pose[o + h * 3])) continue;
      const dx = pose[o + h * 3] - mx, dy = -pose[o + h * 3 + 1] - my;
      num += s * (dx * (keypoints[o + c * 3] - mu) + dy * (keypoints[o + c * 3 + 1] - mv));
      den += s * (dx * dx + dy * dy);
      n++;
    }
    if (n < 4 || !(den > 0) || !(num > 0)) continue;
    const scale = num / den;
    for (const [h, c] of LIMBS) {
      const s = keypoints[o + c * 3 + 2];
      if (!(s >= minScore) || !Number.isFinite(pose[o + h * 3])) continue;
      const ru = keypoints[o + c * 3] - (mu + scale * (pose[o + h * 3] - mx));
      const rv = keypoints[o + c * 3 + 1] - (mv + scale * (-pose[o + h * 3 + 1] - my));
      out[o + h * 3] += (alpha * ru) / scale;
      out[o + h * 3 + 1] -= (alpha * rv) / scale;
    }
  }
  return out;
}

/**
 * Feet on the floor: in frames where both ankles are already within `maxGapM` of the same height
 * along `up` (both feet planted, as in squats and deadlifts), move each ankle along `up` to their
 * mean height. `up`: one unit vector for the clip, in the pose's axes.
 */
export function feetOnFloor(pose: Float32Array, frames: number, up: readonly number[], maxGapM = 0.06): Float32Array {
  const out = new Float32Array(pose);
  const la = H36M.left_ankle * 3, ra = H36M.right_ankle * 3;
  for (let f = 0; f < frames; f++) {
    const o = f * STRIDE;
    const hl = pose[o + la] * up[0] + pose[o + la + 1] * up[1] + pose[o + la + 2] * up[2];
    const hr = pose[o + ra] * up[0] + pose[o + ra + 1] * up[1] + pose[o + ra + 2] * up[2];
    if (!(Math.abs(hl - hr) <= maxGapM)) continue;
    const m = (hl + hr) / 2;
    for (let k = 0; k < 3; k++) { out[o + la + k] += (m - hl) * up[k]; out[o + ra + k] += (m - hr) * up[k]; }
  }
  return out;
}

/**
 * The refinement the runtime applies to offline sequences (`TemporalLifter({ refine })`), chosen by
 * the held-out ablation in docs/lifter.md: reprojection (α 0.75) → constant, L/R-symmetric bones →
 * reprojection again (α 0.5, restores 2D consistency the bone step loosened). Feet-on-floor did not
 * help and is not applied. `keypoints`: the lifter's 2D input, frames × 17 × [x px, y px, score].
 */
export function refinePose(pose: Float32Array, frames: number, keypoints: Float32Array): Float32Array {
  return reprojectLimbs(constantBones(reprojectLimbs(pose, frames, keypoints, 0.75), frames, true), frames, keypoints, 0.5);
}
