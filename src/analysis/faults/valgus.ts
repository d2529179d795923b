/**
 * Knee valgus. From a front or rear view the 2D picture decides, as in the clinical video method:
 * the frontal-plane projection angle (FPPA: thigh vs shank in the image; Munro et al. 2012, J Sport
 * Rehabil 21:7–11; Willson & Davis 2008) and the knee-inside-ankle distance over hip width (MobiDev's
 * "knee medial of the foot" rule, scale-free), on confident keypoints in the lower half of each rep
 * (descent, bottom, ascent). Both legs are averaged: a camera yaw projects the knees' forward travel
 * sideways by the same amount for both legs (one looks caved, the other pushed out), so the mean
 * cancels it to first order. Without 2D (mocap) or from an oblique view the lifter's 3D knees decide.
 */
import { degrees } from '../../core/angle';
import { J } from '../body';
import { K, type Image2D, type P2 } from '../image2d';
import { valgusFrame } from '../valgus';
import { jointConfidence } from '../view';
import { lowHalf, mistakesFrom, repMask, type FaultContext } from './context';
import type { Mistake } from '../types';

const LEG2D = [K.left_hip, K.right_hip, K.left_knee, K.right_knee, K.left_ankle, K.right_ankle];
const LEG3D = [J.left_hip, J.right_hip, J.left_knee, J.right_knee, J.left_ankle, J.right_ankle];

export interface Valgus2D {
  /** Mean over the legs of the medial FPPA, deg (+ = knee inside the hip–ankle line). */
  fppaDeg: number;
  /** Mean over the legs of (ankle's − knee's distance from the midline) / hip width (+ = knee inside). */
  insideRatio: number;
}

/** Signed medial deviation (deg) of the knee from the hip→ankle line, and its inside ratio. */
function leg(hip: P2, knee: P2, ankle: P2, midX: number, hipW: number): [number, number] {
  const t = (knee.y - hip.y) / (ankle.y - hip.y || 1e-6);
  const lineX = hip.x + t * (ankle.x - hip.x);
  const medial = Math.abs(lineX - midX) - Math.abs(knee.x - midX); // + = knee nearer the midline
  const a1 = Math.atan2(hip.x - knee.x, hip.y - knee.y), a2 = Math.atan2(ankle.x - knee.x, ankle.y - knee.y);
  let interior = Math.abs(a1 - a2);
  if (interior > Math.PI) interior = 2 * Math.PI - interior;
  const dev = 180 - degrees(interior);
  return [Math.sign(medial) * dev, (Math.abs(ankle.x - midX) - Math.abs(knee.x - midX)) / hipW];
}

/** Frame f's 2D valgus measures, or null when the legs are not confidently seen side by side. */
export function valgus2d(img: Image2D, f: number, minScore: number): Valgus2D | null {
  if (!img.confident(f, LEG2D, minScore)) return null;
  const p = (j: number) => img.at(f, j);
  const lh = p(K.left_hip), rh = p(K.right_hip);
  const hipW = Math.abs(lh.x - rh.x);
  const thigh = (Math.hypot(lh.x - p(K.left_knee).x, lh.y - p(K.left_knee).y) + Math.hypot(rh.x - p(K.right_knee).x, rh.y - p(K.right_knee).y)) / 2;
  if (hipW < 0.25 * thigh) return null; // hips overlap: not a frontal picture
  const midX = (lh.x + rh.x) / 2;
  const l = leg(lh, p(K.left_knee), p(K.left_ankle), midX, hipW);
  const r = leg(rh, p(K.right_knee), p(K.right_ankle), midX, hipW);
  return { fppaDeg: (l[0] + r[0]) / 2, insideRatio: (l[1] + r[1]) / 2 };
}

export function kneeValgusMistakes(c: FaultContext, viewConf: (yawDeg: number) => number): Mistake[] {
  const { t } = c;
  const low = repMask(c, (r) => lowHalf(c, r));
  const n = c.tS.length;
  const bad = new Float64Array(n).fill(-Infinity);
  const flags = new Array<boolean>(n).fill(false);
  const use2d = !!c.img && c.view.label !== 'side';
  const v2: (Valgus2D | null)[] = new Array(n).fill(null);
  for (let f = c.from; f <= c.to; f++) {
    if (!low[f] || !c.usable[f]) continue;
    if (use2d) {
      const v = valgus2d(c.img!, f, t.minJointScore);
      v2[f] = v;
      if (!v) continue;
      // Normalised exceedance of either measure (0 = at its threshold).
      bad[f] = Math.max(v.fppaDeg / t.valgusFppaDeg, v.insideRatio / t.valgusInsideRatio) - 1;
      flags[f] = v.fppaDeg > t.valgusFppaDeg && v.insideRatio > t.valgusInsideRatio;
    } else {
      const v = valgusFrame(c.g, f);
      const bent = [v.kneeDeg[0] < t.valgusKneeFlexedDeg, v.kneeDeg[1] < t.valgusKneeFlexedDeg];
      const r = Math.max(bent[0] ? v.ratio[0] : -Infinity, bent[1] ? v.ratio[1] : -Infinity);
      bad[f] = r / t.valgusRatio - 1;
      flags[f] = r > t.valgusRatio;
    }
  }
  return mistakesFrom(c, 'knee_valgus', flags, bad, {
    evidence: use2d ? '2d' : '3d',
    score: (f) => bad[f] / (t.valgusSevereFactor - 1),
    confidence: (f) => viewConf(c.yaw[f]) * jointConfidence(c.scores, f, LEG3D),
    message: (f, where) => {
      const v = v2[f];
      const what = v ? `knees cave in (FPPA ${Math.round(v.fppaDeg)}°, knees ${Math.round(v.insideRatio * 100)}% of hip width inside the ankles)` : 'knees cave in';
      return `The ${what} ${where}; push the knees out over the toes.`;
    },
  });
}

