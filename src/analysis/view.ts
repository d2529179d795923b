/**
 * View validity (ours; motivated by MobiDev's "Frontal Perspective Error"): the camera yaw is the
 * angle between the body's facing direction (normal of the hips/shoulders line in the floor plane)
 * and the direction towards the camera (input +z) — 0° frontal, ±90° side, 180° back — and each
 * analyzer states which view it needs and how confident it is for a given yaw.
 */
import { wrapAngle } from '../core/geometry';
import type { GroundFrame } from './ground';
import { circularMedian, fillGaps, median, movingAverage, movingMedian } from './signal';
import type { ViewInfo } from './types';

const DEG = 180 / Math.PI;

/** Per-frame camera yaw (deg, (−180,180], + = person turned to their left), smoothed over ~0.5 s. */
export function cameraYawDeg(g: GroundFrame, fps: number): Float64Array {
  const raw = g.facing.map((a) => (Number.isFinite(a) ? a - g.cameraAzimuth : NaN));
  const h = Math.max(1, Math.round(fps * 0.25));
  const sm = movingAverage(movingMedian(fillGaps(raw), h), h);
  return sm.map((a) => (Number.isFinite(a) ? wrapAngle(a) * DEG : NaN));
}

export function viewLabel(yawDeg: number): ViewInfo['label'] {
  const a = Math.abs(yawDeg);
  if (a < 22.5) return 'front';
  if (a < 67.5) return 'front-45';
  if (a < 112.5) return 'side';
  if (a < 157.5) return 'rear-45';
  return 'rear';
}

export function summariseView(yaw: Float64Array): ViewInfo {
  const c = circularMedian(Array.from(yaw, (d) => d / DEG));
  const yawDeg = Number.isFinite(c) ? c * DEG : 0;
  const spread = median(Array.from(yaw, (d) => Math.abs(wrapAngle((d - yawDeg) / DEG)) * DEG));
  return { yawDeg, label: viewLabel(yawDeg), yawSpreadDeg: Number.isFinite(spread) ? spread : 0 };
}

/** Which view each analyzer needs, and its confidence (0..1) for a camera yaw in degrees. */
export const VIEW_NEEDS = {
  /** Knee valgus lives in the frontal plane: front or rear, falling to 0 at 65° off-axis. */
  knee_valgus: {
    needsView: 'frontal-ish (front or rear, within ~45°)',
    confidence: (yawDeg: number) => clamp01((Math.abs(Math.cos(yawDeg / DEG)) - Math.cos(65 / DEG)) / (1 - Math.cos(65 / DEG))),
  },
  /** Spine angle lives in the sagittal plane: best from the side; from the front it is depth, which
   *  a single camera only infers (still usable, lower confidence). */
  spine_angle: {
    needsView: 'side-ish (45°–135°); front/rear views infer lean from depth',
    confidence: (yawDeg: number) => 0.4 + 0.6 * Math.abs(Math.sin(yawDeg / DEG)),
  },
  /** Reps use vertical hip/torso motion, visible from every view. */
  reps: { needsView: 'any', confidence: () => 1 },
} as const;

export const clamp01 = (x: number) => Math.max(0, Math.min(1, x));

/** Lowest joint score among `joints` in frame f (1 when there are no scores). */
export function jointConfidence(scores: Float32Array | undefined, f: number, joints: readonly number[]): number {
  if (!scores) return 1;
  let m = 1;
  for (const j of joints) m = Math.min(m, scores[f * 17 + j]);
  return Number.isFinite(m) ? m : 0;
}
