/**
 * The detector's 2D keypoints as evidence: COCO-17 pixels turned into a levelled image frame
 * (x right, y up, px) whose vertical is the ground frame's up seen by the camera, so a rolled phone
 * does not read as a leaning lifter. Ours; the 2D-first view logic follows the clinical video method
 * (Munro, Herrington & Carolan 2012, "Reliability of 2-dimensional video assessment of frontal-plane
 * dynamic knee valgus during common athletic screening tasks", J Sport Rehabil 21:7–11).
 */
import { degrees, radians } from '../core/angle';
import { COCO } from '../core/skeleton';
import type { Vec3 } from '../core/vec3';

export const K = COCO;

/** A levelled 2D point: x right, y up (px), s = detector score 0..1. */
export interface P2 { x: number; y: number; s: number }

export interface Image2D {
  frames: number;
  /** Point of COCO joint j in frame f (NaN coordinates when missing). */
  at(f: number, j: number): P2;
  /** True when every joint in `joints` has score ≥ minScore in frame f. */
  confident(f: number, joints: readonly number[], minScore: number): boolean;
}

/**
 * Levelled view of `keypoints2d` (frames × 17 × [x px, y px down, score]). `up` is the ground
 * frame's up in the lifter's camera frame (x right, y image-up); its image-plane direction gives
 * the camera roll, removed here (pitch mostly foreshortens and is left alone).
 */
export function image2d(keypoints2d: Float32Array, up: Vec3): Image2D {
  const r = Math.atan2(up[0], up[1]);
  const c = Math.cos(r), s = Math.sin(r);
  const frames = keypoints2d.length / 51;
  return {
    frames,
    at(f, j) {
      const o = (f * 17 + j) * 3;
      const x = keypoints2d[o], y = -keypoints2d[o + 1];
      return { x: x * c - y * s, y: x * s + y * c, s: Number.isFinite(keypoints2d[o + 2]) ? keypoints2d[o + 2] : 0 };
    },
    confident(f, joints, minScore) {
      for (const j of joints) if (!(keypoints2d[(f * 17 + j) * 3 + 2] >= minScore)) return false;
      return true;
    },
  };
}

export const mid = (a: P2, b: P2): P2 => ({ x: (a.x + b.x) / 2, y: (a.y + b.y) / 2, s: Math.min(a.s, b.s) });
export const len = (a: P2, b: P2) => Math.hypot(a.x - b.x, a.y - b.y);

/**
 * Inclination from the image vertical (deg, 0 = vertical) of the segment a→b, with the horizontal
 * component divided by |sin(yaw)| (a sagittal lean seen from yaw° off the front shows only that
 * share of its forward component); null when the view is too frontal to undo that (|sin| < 0.5).
 */
export function sagittalInclinationDeg(a: P2, b: P2, yawDeg: number): number | null {
  const k = Math.abs(Math.sin(radians(yawDeg)));
  if (k < 0.5) return null;
  const dx = Math.abs(b.x - a.x) / k, dy = b.y - a.y;
  return degrees(Math.atan2(dx, Math.abs(dy)));
}

/** Side of the pair (0 = left, 1 = right) whose joints the detector sees better in frame f. */
export function nearSide(img: Image2D, f: number, pairs: readonly [number, number][]): 0 | 1 {
  let l = 0, r = 0;
  for (const [a, b] of pairs) { l += img.at(f, a).s; r += img.at(f, b).s; }
  return l >= r ? 0 : 1;
}
