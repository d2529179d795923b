/**
 * Deadlift pull checks.
 * - hips_rise_first: off the floor the hips and shoulders should rise together (constant back
 *   angle until the bar passes the knees; Rippetoe, "Starting Strength", 3rd ed., ch. 4; the
 *   "stripper pull" fault). With a constant back angle the shoulders rise as far as the hips; so
 *   from the rep's lowest hips until the hips have done half of their rise, shoulders that rose
 *   less than half as far as the hips (`hipsFirstRatio`) let the hips rise first. Heights are
 *   vertical, which every view shows (levelled 2D when the keypoints are confident, else 3D).
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

/** Share of the hips' rise (rep's lowest hips → top) over which the shoulders' rise is compared. */
const RISE_SHARE = 0.5;

/**
 * Vertical heights of the mid-hip and mid-shoulder per frame: levelled 2D px (y up) when every view's
 * keypoints are confident in a frame, else ground-frame 3D metres (thorax for the shoulders); NaN
 * where 2D exists but is unsure (so one rep never mixes the two units).
 */
function riseHeights(c: FaultContext): { hip: (f: number) => number; shoulder: (f: number) => number } {
  const { img, t, g } = c;
  if (img) {
    const ok = (f: number) => img.confident(f, [K.left_hip, K.right_hip, K.left_shoulder, K.right_shoulder], t.minJointScore);
    return {
      hip: (f) => (ok(f) ? (img.at(f, K.left_hip).y + img.at(f, K.right_hip).y) / 2 : NaN),
      shoulder: (f) => (ok(f) ? (img.at(f, K.left_shoulder).y + img.at(f, K.right_shoulder).y) / 2 : NaN),
    };
  }
  return { hip: (f) => g[(f * 17 + J.pelvis) * 3 + 1], shoulder: (f) => g[(f * 17 + J.thorax) * 3 + 1] };
}

export function hipsRiseFirstMistakes(c: FaultContext, viewConf: (yawDeg: number) => number): Mistake[] {
  const { t } = c;
  const { hip, shoulder } = riseHeights(c);
  // Heights smoothed over ±1 frame (detector jitter).
  const at = (h: (f: number) => number, f: number, a: number, b: number) => median([-1, 0, 1].map((d) => h(Math.min(b, Math.max(a, f + d)))).filter(Number.isFinite));
  const out: Mistake[] = [];
  c.reps.forEach((r, k) => {
    let loF = -1;
    for (let f = r.start; f <= r.end; f++) if (Number.isFinite(hip(f)) && (loF < 0 || hip(f) < hip(loF))) loF = f;
    if (loF < 0) return;
    const lo = at(hip, loF, r.start, r.end);
    let top = -Infinity;
    for (let f = loF; f <= r.end; f++) top = Math.max(top, at(hip, f, r.start, r.end));
    if (!(top > lo)) return;
    let mid = -1;
    for (let f = loF; f <= r.end && mid < 0; f++) if (at(hip, f, r.start, r.end) >= lo + RISE_SHARE * (top - lo)) mid = f;
    if (mid < 0) return;
    const hipRise = at(hip, mid, r.start, r.end) - lo, shoulderRise = at(shoulder, mid, r.start, r.end) - at(shoulder, loF, r.start, r.end);
    if (!(hipRise > 0) || !Number.isFinite(shoulderRise)) return;
    const ratio = shoulderRise / hipRise;
    if (ratio >= t.hipsFirstRatio) return;
    const ev: Evidence = c.img ? '2d+3d' : '3d';
    pushIf(out, repMistake(c, 'hips_rise_first', k, loF, mid, (t.hipsFirstRatio - ratio) / (t.hipsFirstRatio - t.hipsFirstSevereRatio),
      viewConf(c.yaw[mid]) * jointConfidence(c.scores, mid, [J.left_hip, J.right_hip, J.thorax]), ev,
      `The hips rise first in rep ${k + 1} (the shoulders rose ${Math.round(Math.max(0, ratio) * 100)}% as far as the hips off the floor); push the floor away and lift chest and hips together.`));
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
