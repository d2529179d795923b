/**
 * Two-camera 3D: fuses the lifter's per-view poses of one person filmed by two time-aligned phones.
 * Each view is lifted on its own (root-relative, in its camera's axes); the rotation between the two
 * cameras is found from the poses themselves (Horn's method over every confident joint of the overlap,
 * re-weighted against outliers), and each joint is then the information-weighted mean of the two views,
 * where a view's information is its 2D confidence and it is trusted less along its own depth axis
 * (a single camera sees x/y and guesses depth). The multi-view step of the 3DAT pipeline
 * (references/athlete-tracking-3dat.txt); weighting as in confidence-weighted triangulation
 * (Iskakov et al., "Learnable Triangulation of Human Pose", ICCV 2019), applied to lifted poses.
 * Pure; no camera calibration needed.
 */
import type { Mat3 } from '../core/geometry';
import { weightedRotation } from '../core/rigid';
import { COCO, COCO_TO_H36M, H36M_JOINTS, NUM_JOINTS } from '../core/skeleton';

const J = NUM_JOINTS;

/** One camera's lifted view of a person, on its own video timeline. */
export interface ViewMotion {
  /** frames × 17 × 3 metres, root-relative, this camera's axes (x right, y image up, z towards the viewer), H36M order; NaN where no person. */
  pose: Float32Array;
  /** frames × 17: confidence 0..1 of each H36M joint (`h36mConfidence` of the 2D scores). */
  conf: Float32Array;
  /** frames: seconds on this video's timeline. */
  timesS: ArrayLike<number>;
}

export interface FuseOptions {
  /** How many times less a view is trusted along its own depth axis than across it (σ_depth / σ_xy). */
  depthRatio?: number;
  /** Residual (metres) at which the alignment's Cauchy re-weighting halves a joint's weight. */
  robustScaleM?: number;
  /** Alignment passes (the first unweighted by residuals). */
  iterations?: number;
  /** 2D confidence at and above which a joint counts fully (a detector's scores above it do not rank accuracy; below it, the joint is likely hidden). */
  fullConfidence?: number;
}

export interface FusedMotion {
  /** A's frames × 17 × 3 metres, root-relative, in camera A's axes (x right, y image up, z towards the viewer). */
  pose: Float32Array;
  /** A's frames × 17: the better of the two views' confidences. */
  conf: Float32Array;
  /** Rotation taking camera B's axes into camera A's (row-major, acts on column vectors). */
  rotation: Mat3;
  /** Angle between the two cameras' viewing directions, degrees. */
  viewAngleDeg: number;
  /** A's frames where B saw the person too. */
  overlapFrames: number;
  /** Confidence-weighted RMS distance (metres) between A and the rotated B over the overlap, after alignment. */
  residualM: number;
}

/** Chosen on mocap subjects the lifter was trained on (`npm run eval:multiview`, docs/multiview.md), reported on held-out ones. */
export const FUSE_DEFAULTS: Required<FuseOptions> = { depthRatio: 4, robustScaleM: 0.08, iterations: 4, fullConfidence: 0.3 };

/** A joint's weight from its confidence: (c / full)², capped at 1. */
const weightOf = (c: number, full: number) => Math.min(1, Math.max(c, 1e-3) / full) ** 2;

/** Per H36M joint, the lowest score of the COCO keypoints it is made of (frames × 17; input COCO frames × 17 × 3 px, px, score). */
export function h36mConfidence(keypoints2d: ArrayLike<number>, frames: number): Float32Array {
  const out = new Float32Array(frames * J);
  const sources = H36M_JOINTS.map((name) => COCO_TO_H36M[name].map(([c]) => COCO[c]));
  for (let f = 0; f < frames; f++) {
    for (let j = 0; j < J; j++) {
      let s = 1;
      for (const c of sources[j]) s = Math.min(s, keypoints2d[(f * J + c) * 3 + 2]);
      out[f * J + j] = Number.isFinite(s) ? s : 0;
    }
  }
  return out;
}

/**
 * View `b` on A's timeline: for A's time t, B's pose at t + offsetS (linear between B's two nearest
 * frames; NaN pose and confidence 0 outside B's clip or across a gap over 1.5 frame intervals).
 * `offsetS`: how much later an event appears in B's timeline than in A's (as `npm run sync` prints).
 */
export function resampleView(b: ViewMotion, timesA: ArrayLike<number>, offsetS: number): { pose: Float32Array; conf: Float32Array } {
  const F = timesA.length;
  const pose = new Float32Array(F * J * 3).fill(NaN);
  const conf = new Float32Array(F * J);
  const tb = b.timesS, n = tb.length;
  if (n === 0) return { pose, conf };
  const step = n > 1 ? (tb[n - 1] - tb[0]) / (n - 1) : Infinity;
  let k = 0;
  for (let f = 0; f < F; f++) {
    const t = timesA[f] + offsetS;
    while (k + 1 < n && tb[k + 1] <= t) k++;
    let i0 = k, i1 = Math.min(k + 1, n - 1), w = 0;
    if (t < tb[0] - step / 2 || t > tb[n - 1] + step / 2) continue;
    if (t <= tb[0]) i1 = i0 = 0;
    else if (i1 > i0) {
      const gap = tb[i1] - tb[i0];
      if (gap > 1.5 * step) { if (t - tb[i0] <= step / 2) i1 = i0; else if (tb[i1] - t <= step / 2) i0 = i1; else continue; }
      else w = (t - tb[i0]) / (gap || 1);
    }
    for (let j = 0; j < J; j++) {
      const c0 = b.conf[i0 * J + j], c1 = b.conf[i1 * J + j];
      for (let a = 0; a < 3; a++) {
        const p0 = b.pose[(i0 * J + j) * 3 + a], p1 = b.pose[(i1 * J + j) * 3 + a];
        pose[(f * J + j) * 3 + a] = w === 0 ? p0 : w === 1 ? p1 : p0 + (p1 - p0) * w;
      }
      conf[f * J + j] = Number.isFinite(pose[(f * J + j) * 3]) ? c0 + (c1 - c0) * w : 0;
    }
  }
  return { pose, conf };
}

const rotate = (R: Mat3, p: ArrayLike<number>, o: number): [number, number, number] => [
  R[0] * p[o] + R[1] * p[o + 1] + R[2] * p[o + 2],
  R[3] * p[o] + R[4] * p[o + 1] + R[5] * p[o + 2],
  R[6] * p[o] + R[7] * p[o + 1] + R[8] * p[o + 2],
];

/**
 * Rotation taking B's camera axes into A's from the two views' poses of the same frames (both
 * frames × 17 × 3, root-relative), weighted by confidence over every joint but the root and then
 * iteratively re-weighted (Cauchy) so joints one view got wrong stop pulling it.
 */
export function alignViews(a: Float32Array, ca: Float32Array, b: Float32Array, cb: Float32Array, o: FuseOptions = {}): { rotation: Mat3; residualM: number } {
  const { robustScaleM, iterations, fullConfidence } = { ...FUSE_DEFAULTS, ...o };
  const n = ca.length;
  const base = new Float32Array(n);
  for (let i = 0; i < n; i++) base[i] = i % J === 0 || !(cb[i] > 0) ? 0 : weightOf(ca[i], fullConfidence) * weightOf(cb[i], fullConfidence);
  let rotation = weightedRotation(b, a, base);
  for (let it = 1; it < iterations; it++) {
    const w = new Float32Array(n);
    for (let i = 0; i < n; i++) {
      if (!(base[i] > 0)) continue;
      const r = rotate(rotation, b, i * 3);
      const d = Math.hypot(r[0] - a[i * 3], r[1] - a[i * 3 + 1], r[2] - a[i * 3 + 2]);
      w[i] = base[i] / (1 + (d / robustScaleM) ** 2);
    }
    rotation = weightedRotation(b, a, w);
  }
  let sw = 0, se = 0;
  for (let i = 0; i < n; i++) {
    if (!(base[i] > 0) || !Number.isFinite(a[i * 3] + b[i * 3])) continue;
    const r = rotate(rotation, b, i * 3);
    sw += base[i];
    se += base[i] * ((r[0] - a[i * 3]) ** 2 + (r[1] - a[i * 3 + 1]) ** 2 + (r[2] - a[i * 3 + 2]) ** 2);
  }
  return { rotation, residualM: sw > 0 ? Math.sqrt(se / sw) : NaN };
}

/** Solves the symmetric 3×3 system M·x = v (row-major M); null when singular. */
function solve3(m: number[], v: number[]): [number, number, number] | null {
  const [a, b, c, d, e, f, g, h, i] = m;
  const A = e * i - f * h, B = -(d * i - f * g), C = d * h - e * g;
  const det = a * A + b * B + c * C;
  if (Math.abs(det) < 1e-12) return null;
  const inv = [A, -(b * i - c * h), b * f - c * e, B, a * i - c * g, -(a * f - c * d), C, -(a * h - b * g), a * e - b * d];
  return [0, 1, 2].map((r) => (inv[r * 3] * v[0] + inv[r * 3 + 1] * v[1] + inv[r * 3 + 2] * v[2]) / det) as [number, number, number];
}

/**
 * Per joint, the information-weighted mean of view A and view B (already rotated into A's axes):
 * information = weight(confidence) · (I − (1 − 1/depthRatio²) d dᵀ), d the view's depth axis in A's axes.
 * A joint only one view saw comes from that view.
 */
export function fuseAligned(a: Float32Array, ca: Float32Array, bInA: Float32Array, cb: Float32Array, depthB: readonly number[], o: FuseOptions = {}): Float32Array {
  const { depthRatio, fullConfidence } = { ...FUSE_DEFAULTS, ...o };
  const k = 1 - 1 / (depthRatio * depthRatio);
  const info = (c: number, d: readonly number[]) => {
    const w = weightOf(c, fullConfidence);
    return [0, 1, 2].flatMap((r) => [0, 1, 2].map((s) => w * ((r === s ? 1 : 0) - k * d[r] * d[s])));
  };
  const depthA = [0, 0, 1];
  const out = new Float32Array(a.length);
  for (let i = 0; i < ca.length; i++) {
    const o3 = i * 3;
    const hasA = Number.isFinite(a[o3]), hasB = Number.isFinite(bInA[o3]) && cb[i] > 0;
    if (!hasB || !hasA) { out.set((hasA ? a : bInA).subarray(o3, o3 + 3), o3); continue; }
    const IA = info(ca[i], depthA), IB = info(cb[i], depthB);
    const M = IA.map((x, q) => x + IB[q]);
    const v = [0, 1, 2].map((r) => IA[r * 3] * a[o3] + IA[r * 3 + 1] * a[o3 + 1] + IA[r * 3 + 2] * a[o3 + 2]
      + IB[r * 3] * bInA[o3] + IB[r * 3 + 1] * bInA[o3 + 1] + IB[r * 3 + 2] * bInA[o3 + 2]);
    const x = solve3(M, v);
    out.set(x ?? [a[o3], a[o3 + 1], a[o3 + 2]], o3);
  }
  return out;
}

/** Fuses view B into view A (A's frames and camera axes); `offsetS` as in `resampleView`. */
export function fuseViews(a: ViewMotion, b: ViewMotion, offsetS: number, o: FuseOptions = {}): FusedMotion {
  const F = a.timesS.length;
  const rb = resampleView(b, a.timesS, offsetS);
  let overlapFrames = 0;
  for (let f = 0; f < F; f++) if (Number.isFinite(rb.pose[f * J * 3]) && Number.isFinite(a.pose[f * J * 3])) overlapFrames++;
  const { rotation, residualM } = alignViews(a.pose, a.conf, rb.pose, rb.conf, o);
  const bInA = new Float32Array(rb.pose.length);
  for (let i = 0; i < F * J; i++) bInA.set(rotate(rotation, rb.pose, i * 3), i * 3);
  const depthB = [rotation[2], rotation[5], rotation[8]];
  const conf = new Float32Array(F * J);
  for (let i = 0; i < F * J; i++) conf[i] = Math.max(Number.isFinite(a.pose[i * 3]) ? a.conf[i] : 0, rb.conf[i]);
  return {
    pose: overlapFrames ? fuseAligned(a.pose, a.conf, bInA, rb.conf, depthB, o) : a.pose.slice(),
    conf,
    rotation,
    viewAngleDeg: (Math.acos(Math.max(-1, Math.min(1, rotation[8]))) * 180) / Math.PI,
    overlapFrames,
    residualM,
  };
}
