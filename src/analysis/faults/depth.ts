/**
 * Shallow depth (squat), once per rep at its bottom: how high the hips stay above the knees, as the
 * sine of the thigh's angle above horizontal (0 = thighs parallel, the competition/NSCA "parallel
 * squat" standard; 1 = standing). The vertical is the same from every camera yaw, so in 2D it is
 * the hip–knee height in the levelled image over the lifter's standing thigh height; in 3D the
 * ground-frame thigh elevation. "Well above the knees" = thighs more than ~30° above parallel
 * (sine 0.5): a quarter squat, not a squat that stops just short of parallel.
 */
import { degrees } from '../../core/angle';
import { jointAt, sub } from '../../core/vec3';
import { J } from '../body';
import { K, type Image2D } from '../image2d';
import { median } from '../signal';
import { jointConfidence } from '../view';
import { pushIf, repMistake, type FaultContext } from './context';
import { standingFrames } from './standing';
import type { Evidence, Mistake } from '../types';

const HIPS_KNEES = [K.left_hip, K.right_hip, K.left_knee, K.right_knee];

/** 2D hip-above-knee height (px, levelled), mean of the legs; null when not confidently seen. */
function hipOverKnee2d(img: Image2D, f: number, minScore: number): number | null {
  if (!img.confident(f, HIPS_KNEES, minScore)) return null;
  const p = (j: number) => img.at(f, j).y;
  return (p(K.left_hip) - p(K.left_knee) + p(K.right_hip) - p(K.right_knee)) / 2;
}

/** 3D sine of the thigh elevation (hip above knee over thigh length), mean of the legs. */
export function thighSin3d(g: Float32Array, f: number): number {
  const s = (h: number, k: number) => { const v = sub(jointAt(g, f, h), jointAt(g, f, k)); return v[1] / Math.hypot(v[0], v[1], v[2]); };
  return (s(J.left_hip, J.left_knee) + s(J.right_hip, J.right_knee)) / 2;
}

export function shallowDepthMistakes(c: FaultContext): Mistake[] {
  const { t } = c;
  const stand = standingFrames(c);
  const thigh2d = c.img ? median(stand.map((f) => hipOverKnee2d(c.img!, f, t.minJointScore)).filter((v): v is number => v !== null && v > 0)) : NaN;
  const out: Mistake[] = [];
  c.reps.forEach((r, k) => {
    // The deepest 2D/3D value in a small window around the rep's bottom (the lowest hips).
    const a = Math.max(r.start, r.bottom - Math.round(0.15 * c.fps)), b = Math.min(r.end, r.bottom + Math.round(0.15 * c.fps));
    let s2 = Infinity, s3 = Infinity;
    for (let f = a; f <= b; f++) {
      const h = c.img && Number.isFinite(thigh2d) ? hipOverKnee2d(c.img, f, t.minJointScore) : null;
      if (h !== null) s2 = Math.min(s2, h / thigh2d);
      if (c.usable[f]) s3 = Math.min(s3, thighSin3d(c.g, f));
    }
    const has2 = Number.isFinite(s2), has3 = Number.isFinite(s3);
    if (!has2 && !has3) return;
    const s = has2 && has3 ? (s2 + s3) / 2 : has2 ? s2 : s3;
    if (s <= t.shallowThighSin) return;
    // Confidence: the hips' and knees' scores averaged over the bottom window (one frame's dip in a
    // detector score should not hide a rep judged on ±0.15 s).
    let conf = 0;
    for (let f = a; f <= b; f++) conf += jointConfidence(c.scores, f, [J.left_hip, J.right_hip, J.left_knee, J.right_knee]) / (b - a + 1);
    const ev: Evidence = has2 && has3 ? '2d+3d' : has2 ? '2d' : '3d';
    const deg = Math.round(degrees(Math.asin(Math.max(-1, Math.min(1, s)))));
    const score = (s - t.shallowThighSin) / (t.shallowSevereThighSin - t.shallowThighSin);
    pushIf(out, repMistake(c, 'shallow_depth', k, r.start, r.end, score, conf, ev,
      `Rep ${k + 1} stops with the hips well above the knees (thighs ${deg}° above parallel); sit lower, hip crease to knee height if your mobility allows.`));
  });
  return out;
}
