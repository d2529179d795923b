/**
 * Rounded back (thoracic/lumbar flexion) in deadlifts and squats. COCO-17 has no spine points, so
 * in 2D the ear–shoulder–hip line stands in for the spine (the head and shoulders drop ventrally
 * off the hip→shoulder line as the upper back rounds; the craniovertebral/ear-line method of
 * posture screening, e.g. Ruivo et al. 2014, Man Ther 19:25–31), and in 3D the lifter's
 * pelvis→spine vs thorax→head chain. Both are measured against the same lifter's standing frames
 * (a person's neutral line is their own), on the side of the body the detector sees better, and
 * with 2D both must agree (see `roundedBackMistakes`). Neither separates the shared real rounded
 * pulls from the clean ones (the head extends in both), so the check stays low-confidence.
 */
import { angleBetweenDeg, degrees } from '../../core/angle';
import { jointAt, sub } from '../../core/vec3';
import { J } from '../body';
import { K, nearSide, type Image2D } from '../image2d';
import { median } from '../signal';
import { jointConfidence } from '../view';
import { lowHalf, mistakesFrom, repMask, type FaultContext } from './context';
import { standingFrames } from './standing';
import type { Mistake } from '../types';

/** 2D flexion (deg) of the shoulder→ear line from the hip→shoulder line, + = towards the chest. */
export function neckFlex2d(img: Image2D, f: number, minScore: number): number | null {
  const side = nearSide(img, f, [[K.left_ear, K.right_ear], [K.left_shoulder, K.right_shoulder], [K.left_hip, K.right_hip]]);
  const [ear, sh, hip] = side === 0 ? [K.left_ear, K.left_shoulder, K.left_hip] : [K.right_ear, K.right_shoulder, K.right_hip];
  if (!img.confident(f, [ear, sh, hip, K.nose], minScore)) return null;
  const p = (j: number) => img.at(f, j);
  const facing = Math.sign(p(K.nose).x - p(ear).x) || 1;
  const tx = p(sh).x - p(hip).x, ty = p(sh).y - p(hip).y;
  const tl = Math.hypot(tx, ty) || 1e-6;
  // Ventral unit normal of the trunk: the perpendicular pointing forward/down.
  let vx = -ty / tl, vy = tx / tl;
  if (vx * facing - vy < 0) { vx = -vx; vy = -vy; }
  const nx = p(ear).x - p(sh).x, ny = p(ear).y - p(sh).y;
  return degrees(Math.atan2(nx * vx + ny * vy, (nx * tx + ny * ty) / tl));
}

/** 3D flexion (deg) between the lower (pelvis→spine) and upper (thorax→head) spine segments. */
export function spineFlex3d(g: Float32Array, f: number): number {
  return angleBetweenDeg(sub(jointAt(g, f, J.spine), jointAt(g, f, J.pelvis)), sub(jointAt(g, f, J.head), jointAt(g, f, J.thorax)));
}

/** Per-frame values of `fn` in the window, and their median over the lifter's standing frames. */
function againstStanding(c: FaultContext, fn: (f: number) => number | null): { raw: Float64Array; base: number } {
  const raw = new Float64Array(c.tS.length).fill(NaN);
  for (let f = c.from; f <= c.to; f++) { const v = fn(f); if (v !== null) raw[f] = v; }
  return { raw, base: median(standingFrames(c).map((f) => raw[f]).filter(Number.isFinite)) };
}

/**
 * With 2D, a frame is flagged only when the 2D ear line *and* the lifter's 3D spine chain both show
 * flexion past their thresholds (ours: each alone fired on half of the clean mocap takes, where the
 * head drops while looking down — docs/analysis.md, "Rounded back: candidate signals"); without 2D,
 * the 3D chain alone.
 */
export function roundedBackMistakes(c: FaultContext, viewConf: (yawDeg: number) => number): Mistake[] {
  const { t } = c;
  const use2d = !!c.img && c.view.label !== 'front' && c.view.label !== 'rear';
  const s2 = use2d ? againstStanding(c, (f) => neckFlex2d(c.img!, f, t.minJointScore)) : null;
  const s3 = againstStanding(c, (f) => (c.usable[f] ? spineFlex3d(c.g, f) : null));
  const main = s2 ?? s3, thr = s2 ? t.roundedBack2dDeg : t.roundedBack3dDeg;
  if (!Number.isFinite(main.base)) return [];
  const inRep = repMask(c, (r) => (c.exercise === 'deadlift' ? range(r.start, r.end) : lowHalf(c, r)));
  const bad = Float64Array.from(main.raw, (v) => v - main.base - thr);
  const flags = Array.from(main.raw, (v, f) => inRep[f] && Number.isFinite(v) && v - main.base > thr && (!s2 || s3.raw[f] - s3.base > t.roundedBack3dDeg));
  return mistakesFrom(c, 'rounded_back', flags, bad, {
    evidence: s2 ? '2d+3d' : '3d',
    score: (f) => bad[f] / t.roundedBackSevereExtraDeg,
    confidence: (f) => viewConf(c.yaw[f]) * (s2 ? 1 : jointConfidence(c.scores, f, [J.pelvis, J.thorax, J.head])),
    message: (f, where) => `The back rounds ${where} (${Math.round(main.raw[f] - main.base)}° more ${s2 ? 'head-and-shoulder drop off the hip–shoulder line' : 'spine flexion'} than when standing); brace and keep the chest proud so the spine stays neutral.`,
  });
}

const range = (a: number, b: number) => Array.from({ length: b - a + 1 }, (_, i) => a + i);
