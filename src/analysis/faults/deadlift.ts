/**
 * Deadlift pull checks.
 * - hips_rise_first: off the floor the hips and shoulders should rise together (constant back
 *   angle until the bar passes the knees; Rippetoe, "Starting Strength", 3rd ed., ch. 4; the
 *   "stripper pull" fault). The deadlift rep's bottom is the most horizontal trunk of the pull, so
 *   hips that rose a sizeable share of their rep range *before* that moment rose first.
 * - bar_drift (side view): the bar should travel over mid-foot (same source; also Hales 2010,
 *   "Improving the deadlift", Strength Cond J 32:44–51); with COCO-17 the hands stand in for the
 *   bar and the ankle + a quarter of the shin length for mid-foot, horizontal in the levelled image,
 *   positive in the lifter's facing direction, in shin lengths.
 */
import { J } from '../body';
import { K, len, nearSide } from '../image2d';
import { median } from '../signal';
import { jointConfidence } from '../view';
import { mistakesFrom, pushIf, repMask, repMistake, type FaultContext } from './context';
import type { Evidence, Mistake } from '../types';

export function hipsRiseFirstMistakes(c: FaultContext, viewConf: (yawDeg: number) => number): Mistake[] {
  const { t } = c;
  const img = c.img;
  // Hip height: 2D levelled pixels when seen (any view shows the vertical), else 3D.
  const hip = (f: number): number => {
    if (img && img.confident(f, [K.left_hip, K.right_hip], t.minJointScore)) return (img.at(f, K.left_hip).y + img.at(f, K.right_hip).y) / 2;
    return img ? NaN : c.sig.hipHeight[f];
  };
  const out: Mistake[] = [];
  c.reps.forEach((r, k) => {
    let lo = Infinity, loF = r.start;
    for (let f = r.start; f <= r.bottom; f++) { const h = hip(f); if (h < lo) { lo = h; loF = f; } }
    let hi = -Infinity;
    for (let f = r.bottom; f <= r.end; f++) hi = Math.max(hi, hip(f));
    const atBottom = median([-1, 0, 1].map((d) => hip(Math.min(r.end, Math.max(r.start, r.bottom + d)))).filter(Number.isFinite));
    if (!Number.isFinite(lo) || !(hi > lo) || !Number.isFinite(atBottom)) return;
    const frac = (atBottom - lo) / (hi - lo);
    if (frac <= t.hipsFirstFrac) return;
    const ev: Evidence = img ? '2d+3d' : '3d';
    pushIf(out, repMistake(c, 'hips_rise_first', k, loF, r.bottom, (frac - t.hipsFirstFrac) / (t.hipsFirstSevereFrac - t.hipsFirstFrac),
      viewConf(c.yaw[r.bottom]) * jointConfidence(c.scores, r.bottom, [J.left_hip, J.right_hip, J.thorax]), ev,
      `The hips rise first in rep ${k + 1} (${Math.round(frac * 100)}% of their rise before the chest comes up); push the floor away and lift chest and hips together.`));
  });
  return out;
}

export function barDriftMistakes(c: FaultContext, viewConf: (yawDeg: number) => number): Mistake[] {
  const img = c.img;
  if (!img) return [];
  const { t } = c;
  const n = c.tS.length;
  const drift = new Float64Array(n).fill(NaN);
  const inPull = repMask(c, (r) => Array.from({ length: r.end - r.start + 1 }, (_, i) => r.start + i));
  for (let f = c.from; f <= c.to; f++) {
    if (!inPull[f]) continue;
    const side = nearSide(img, f, [[K.left_wrist, K.right_wrist], [K.left_ankle, K.right_ankle], [K.left_ear, K.right_ear]]);
    const [wr, kn, an, ear] = side === 0 ? [K.left_wrist, K.left_knee, K.left_ankle, K.left_ear] : [K.right_wrist, K.right_knee, K.right_ankle, K.right_ear];
    if (!img.confident(f, [wr, kn, an, ear, K.nose], t.minJointScore)) continue;
    const p = (j: number) => img.at(f, j);
    const facing = Math.sign(p(K.nose).x - p(ear).x) || 1;
    const shin = len(p(kn), p(an));
    // Only while the hands are below the hips (the pull itself, not the lockout).
    if (p(wr).y > (p(K.left_hip).y + p(K.right_hip).y) / 2) continue;
    drift[f] = ((p(wr).x - p(an).x) * facing) / shin - 0.25;
  }
  const flags = Array.from(drift, (v) => v > t.barDriftShin);
  const bad = Float64Array.from(drift, (v) => (Number.isFinite(v) ? v - t.barDriftShin : -Infinity));
  return mistakesFrom(c, 'bar_drift', flags, bad, {
    evidence: '2d',
    score: (f) => bad[f] / t.barDriftSevereExtraShin,
    confidence: (f) => viewConf(c.yaw[f]),
    message: (f, where) => `The bar drifts forward ${where} (hands ${Math.round(drift[f] * 100)}% of a shin length in front of mid-foot); keep it close, dragging up the shins and thighs.`,
  });
}
