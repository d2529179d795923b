/**
 * Heel lift: an ankle rising off its standing height in the image during a rep (the heel leaves the
 * floor and the ankle joint goes up with it; squat and deadlift coaching cue "heels down", e.g.
 * Myer et al. 2014). COCO-17 has no toes, so the floor is the lifter's own standing ankle height
 * in the levelled image (a still camera is assumed), in shin lengths. Needs 2D keypoints.
 */
import { K, len } from '../image2d';
import { median } from '../signal';
import { mistakesFrom, repMask, type FaultContext } from './context';
import { standingFrames } from './standing';
import type { Mistake } from '../types';

const LEGS: [number, number][] = [[K.left_knee, K.left_ankle], [K.right_knee, K.right_ankle]];

export function heelLiftMistakes(c: FaultContext, viewConf: (yawDeg: number) => number): Mistake[] {
  const img = c.img;
  if (!img) return [];
  const { t } = c;
  const stand = standingFrames(c);
  const minScore = Math.max(t.minJointScore, 0.5); // ankles are the detector's least sure joints
  const base = LEGS.map(([kn, an]) => {
    const ok = stand.filter((f) => img.confident(f, [kn, an], minScore));
    return { y: median(ok.map((f) => img.at(f, an).y)), shin: median(ok.map((f) => len(img.at(f, kn), img.at(f, an)))) };
  });
  if (!base.every((b) => Number.isFinite(b.y) && b.shin > 0)) return [];
  const inRep = repMask(c, (r) => Array.from({ length: r.end - r.start + 1 }, (_, i) => r.start + i));
  const n = c.tS.length;
  const rise = new Float64Array(n).fill(NaN);
  for (let f = c.from; f <= c.to; f++) {
    if (!inRep[f]) continue;
    const v = LEGS.map(([kn, an], i) => (img.confident(f, [kn, an], minScore) ? (img.at(f, an).y - base[i].y) / base[i].shin : NaN)).filter(Number.isFinite);
    if (v.length) rise[f] = v.reduce((s, x) => s + x, 0) / v.length; // both heels: a camera-fixed floor
  }
  const flags = Array.from(rise, (v) => v > t.heelLiftShin);
  const bad = Float64Array.from(rise, (v) => (Number.isFinite(v) ? v - t.heelLiftShin : -Infinity));
  return mistakesFrom(c, 'heel_lift', flags, bad, {
    evidence: '2d',
    score: (f) => bad[f] / t.heelLiftSevereExtraShin,
    confidence: (f) => viewConf(c.yaw[f]) * Math.min(img.at(f, K.left_ankle).s, img.at(f, K.right_ankle).s, 1),
    message: (f, where) => `The heels come up ${where} (ankles ${Math.round(rise[f] * 100)}% of a shin length above their standing height); keep the whole foot on the floor, weight over mid-foot.`,
  });
}
