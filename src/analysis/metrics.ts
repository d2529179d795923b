/**
 * Pose-estimation metrics after the AWS / Intel 3DAT article ("Estimating 3D pose for athlete
 * tracking using 2D videos and Amazon SageMaker Studio"), with its null handling: ground-truth
 * nulls (NaN or a missing frame) are replaced by zeros and remembered in a Boolean matrix B and
 * excluded from every mean and count; predictions are aligned to the ground truth by frame index,
 * with a zero vector where a frame has no prediction (so a missed detection counts as an error).
 * Deviation (documented): MPJPE excludes entries by B, not by "D ≠ 0", so exact hits still count.
 */

/** Per frame: joints×dims numbers (NaN = unlabelled joint), or null/undefined for a missing frame. */
export type FrameJoints = ArrayLike<number> | null | undefined;

export interface ErrorMatrix {
  frames: number;
  joints: number;
  /** frames × joints Euclidean errors (units of the input); NaN where the ground truth is null. */
  error: Float32Array;
  /** frames × joints: 1 where the ground truth is null (the article's B). */
  nullMask: Uint8Array;
}

/** Splits a flat frames×joints×dims array into per-frame views. */
export function framesOf(flat: Float32Array, joints: number, dims: number): Float32Array[] {
  const n = flat.length / (joints * dims);
  return Array.from({ length: n }, (_, f) => flat.subarray(f * joints * dims, (f + 1) * joints * dims));
}

/**
 * E_ij = ‖G_ij − P_ij‖ with the article's preprocessing. `rootJoint` (optional) subtracts that joint
 * from both poses first (root-relative MPJPE, the Human3.6M protocol-1 convention).
 */
export function errorMatrix(gt: FrameJoints[], pred: FrameJoints[], joints: number, dims: 2 | 3, rootJoint?: number): ErrorMatrix {
  const frames = gt.length;
  const error = new Float32Array(frames * joints);
  const nullMask = new Uint8Array(frames * joints);
  for (let f = 0; f < frames; f++) {
    const g = gt[f], p = pred[f];
    const root = (a: FrameJoints, k: number) => (rootJoint === undefined || !a ? 0 : a[rootJoint * dims + k]);
    for (let j = 0; j < joints; j++) {
      let s = 0, isNull = !g;
      for (let k = 0; k < dims && !isNull; k++) {
        const gv = g![j * dims + k] - root(g, k);
        if (!Number.isFinite(gv)) { isNull = true; break; }
        const pv = p ? p[j * dims + k] - root(p, k) : 0;
        s += (gv - (Number.isFinite(pv) ? pv : 0)) ** 2;
      }
      nullMask[f * joints + j] = isNull ? 1 : 0;
      error[f * joints + j] = isNull ? NaN : Math.sqrt(s);
    }
  }
  return { frames, joints, error, nullMask };
}

/** MPJPE: per-joint mean error over non-null entries, and their mean (units of the input). */
export function mpjpe(m: ErrorMatrix): { mean: number; perJoint: number[] } {
  const perJoint = Array.from({ length: m.joints }, (_, j) => {
    let s = 0, n = 0;
    for (let f = 0; f < m.frames; f++) if (!m.nullMask[f * m.joints + j]) { s += m.error[f * m.joints + j]; n++; }
    return n ? s / n : NaN;
  });
  const valid = perJoint.filter(Number.isFinite);
  return { mean: valid.length ? valid.reduce((a, b) => a + b, 0) / valid.length : NaN, perJoint };
}

/**
 * PCK with a per-frame scale S_i (article pseudo code): scaled error SE = E / S with S = 1e-6 at null
 * entries (the article's trap: nulls are never "correct"), C = SE < alpha, c⃗ = correct per joint,
 * b⃗ = non-null per joint, PCK = mean(c⃗ / b⃗) over joints with labels.
 */
export function pckScaled(m: ErrorMatrix, scalePerFrame: ArrayLike<number>, alpha: number): { pck: number; perJoint: number[] } {
  const perJoint = Array.from({ length: m.joints }, (_, j) => {
    let c = 0, b = 0;
    for (let f = 0; f < m.frames; f++) {
      const i = f * m.joints + j;
      const S = m.nullMask[i] ? 1e-6 : scalePerFrame[f];
      if (m.error[i] / S < alpha) c++;
      if (!m.nullMask[i]) b++;
    }
    return b ? c / b : NaN;
  });
  const valid = perJoint.filter(Number.isFinite);
  return { pck: valid.length ? valid.reduce((a, x) => a + x, 0) / valid.length : NaN, perJoint };
}

/** Head-bone link per frame from a box [xmin, ymin, xmax, ymax]: its diagonal (article). */
export const headBoneLink = (box: readonly [number, number, number, number]) => Math.hypot(box[2] - box[0], box[3] - box[1]);

/** PCKh@alpha (default 0.5): threshold alpha × head-bone link from each frame's head box. */
export function pckh(m: ErrorMatrix, headBoxes: (readonly [number, number, number, number])[], alpha = 0.5) {
  return pckScaled(m, headBoxes.map(headBoneLink), alpha);
}

/** PCK@alpha (default 0.2) of the torso diameter: ground-truth distance between joints `torso[0]` and `torso[1]` (e.g. left shoulder, right hip). */
export function pckTorso(m: ErrorMatrix, gt: FrameJoints[], torso: readonly [number, number], dims: 2 | 3, alpha = 0.2) {
  const scale = gt.map((g) => {
    if (!g) return NaN;
    let s = 0;
    for (let k = 0; k < dims; k++) s += (g[torso[0] * dims + k] - g[torso[1] * dims + k]) ** 2;
    return Math.sqrt(s);
  });
  return pckScaled(m, scale.map((s) => (Number.isFinite(s) && s > 0 ? s : 1e-6)), alpha);
}

/** 3DPCK with a hard threshold (default 150 mm; inputs in metres). */
export function pck3d(m: ErrorMatrix, thresholdM = 0.15) {
  return pckScaled(m, new Array(m.frames).fill(thresholdM), 1);
}
