/**
 * View validity (ours; motivated by MobiDev's "Frontal Perspective Error"): the camera yaw is the
 * angle between the body's facing direction (normal of the hips/shoulders line in the floor plane)
 * and the direction towards the camera (input +z) — 0° frontal, ±90° side, 180° back — and each
 * analyzer states which view it needs and how confident it is for a given yaw.
 */
import { degrees, radians } from '../core/angle';
import { wrapAngle } from '../core/geometry';
import type { GroundFrame } from './ground';
import { circularMedian, fillGaps, median, movingAverage, movingMedian } from './signal';
import type { ViewInfo } from './types';

/** Per-frame camera yaw (deg, (−180,180], + = person turned to their left), smoothed over ~0.5 s. */
export function cameraYawDeg(g: GroundFrame, fps: number): Float64Array {
  const raw = g.facing.map((a) => (Number.isFinite(a) ? a - g.cameraAzimuth : NaN));
  const h = Math.max(1, Math.round(fps * 0.25));
  const sm = movingAverage(movingMedian(fillGaps(raw), h), h);
  return sm.map((a) => (Number.isFinite(a) ? degrees(wrapAngle(a)) : NaN));
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
  const c = circularMedian(Array.from(yaw, radians));
  const yawDeg = Number.isFinite(c) ? degrees(c) : 0;
  const spread = median(Array.from(yaw, (d) => degrees(Math.abs(wrapAngle(radians(d - yawDeg))))));
  return { yawDeg, label: viewLabel(yawDeg), yawSpreadDeg: Number.isFinite(spread) ? spread : 0 };
}

/** Which view each analyzer needs, and its confidence (0..1) for a camera yaw in degrees. */
export const VIEW_NEEDS = {
  /** Knee valgus lives in the frontal plane: 1 within 20° of front/rear, 0.5 at 50°, 0 from 70°. */
  knee_valgus: {
    needsView: 'frontal-ish (front or rear, within ~50°)',
    confidence: (yawDeg: number) => ramp(offAxisDeg(yawDeg, 0), [[20, 1], [50, 0.5], [70, 0]]),
  },
  /** Spine angle lives in the sagittal plane: 1 within 30° of a side view, 0.5 at 25° from the
   *  front/rear axis, 0.4 head-on (the lean is then only inferred from depth). */
  spine_angle: {
    needsView: 'side-ish (25°–155°); front/rear views infer the lean from depth',
    confidence: (yawDeg: number) => ramp(offAxisDeg(yawDeg, 90), [[30, 1], [65, 0.5], [90, 0.4]]),
  },
  /** Reps use vertical hip/torso motion, visible from every view. */
  reps: { needsView: 'any', confidence: () => 1 },
} as const;

export const clamp01 = (x: number) => Math.max(0, Math.min(1, x));

/** Angle (0..90°) between the camera yaw's axis and the front/rear axis (ref 0) or the side axis (ref 90). */
const offAxisDeg = (yawDeg: number, ref: 0 | 90) => {
  const a = Math.abs(((yawDeg % 180) + 180) % 180); // 0..180, front and rear fold together
  const front = Math.min(a, 180 - a); // 0 = front/rear, 90 = side
  return ref === 0 ? front : 90 - front;
};

/** Piecewise-linear ramp through [x, y] points (x ascending); flat outside. */
function ramp(x: number, pts: [number, number][]): number {
  if (x <= pts[0][0]) return pts[0][1];
  for (let i = 1; i < pts.length; i++) {
    const [x0, y0] = pts[i - 1], [x1, y1] = pts[i];
    if (x <= x1) return y0 + ((y1 - y0) * (x - x0)) / (x1 - x0);
  }
  return pts[pts.length - 1][1];
}

/** Lowest joint score among `joints` in frame f (1 when there are no scores). */
export function jointConfidence(scores: Float32Array | undefined, f: number, joints: readonly number[]): number {
  if (!scores) return 1;
  let m = 1;
  for (const j of joints) m = Math.min(m, scores[f * 17 + j]);
  return Number.isFinite(m) ? m : 0;
}
