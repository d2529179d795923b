/**
 * Heel lift: the heels leave the floor at the bottom of a squat or in the pull (squat and deadlift
 * coaching cue "heels down", e.g. Myer et al. 2014). COCO-17 has no toes, so the floor is the
 * lifter's own standing ankle height in the levelled image just before and after each rep, and a
 * rep is judged only when that floor held still (camera steady, lifter not walking); see
 * `heelRise.ts`. Rises are in shin lengths. Needs 2D keypoints.
 */
import { K, len } from '../image2d';
import type { RepFrames } from '../reps';
import { pushIf, repMistake, type FaultContext } from './context';
import { floorSpreadShin, HEEL_RULES, judgeHeelRep, type AnkleTrack, type HeelRepVerdict } from './heelRise';
import { standingFrames } from './standing';
import type { Mistake } from '../types';

const LEGS: [number, number, number][] = [[K.left_hip, K.left_knee, K.left_ankle], [K.right_hip, K.right_knee, K.right_ankle]];

/** Standing time taken before and after a rep as its floor, s (a breath's pause; a rep's top). */
const STAND_WINDOW_S = 0.5;
/** Share of the rep's hip range (from its bottom) that counts as "the bottom" (depth ≥ 75 %). */
const BOTTOM_SHARE = 0.25;

/** Both ankles' image tracks; a frame counts only with hip, knee and ankle at ≥ `minScore`. */
export function ankleTracks(c: FaultContext, minScore: number): [AnkleTrack, AnkleTrack] {
  const img = c.img!;
  const n = c.tS.length;
  const track = ([hp, kn, an]: [number, number, number]): AnkleTrack => {
    const x = new Float64Array(n).fill(NaN), y = new Float64Array(n).fill(NaN), shin = new Float64Array(n).fill(NaN), leg = new Float64Array(n).fill(NaN);
    for (let f = c.from; f <= c.to; f++) {
      if (!img.confident(f, [kn, an], minScore)) continue;
      const a = img.at(f, an);
      x[f] = a.x; y[f] = a.y; shin[f] = len(img.at(f, kn), a);
      if (img.confident(f, [hp], minScore)) leg[f] = len(img.at(f, hp), a);
    }
    return { x, y, shin, leg };
  };
  return [track(LEGS[0]), track(LEGS[1])];
}

/** The rep's standing frames just before and after it, and its bottom frames (hips in the lowest quarter of the rep's range). */
export function repWindows(c: FaultContext, r: RepFrames, stand: readonly number[]) {
  const t0 = c.tS[r.start], t1 = c.tS[r.end];
  let pre = stand.filter((f) => c.tS[f] >= t0 - STAND_WINDOW_S && c.tS[f] <= t0 + 0.15);
  let post = stand.filter((f) => c.tS[f] >= t1 - 0.15 && c.tS[f] <= t1 + STAND_WINDOW_S);
  // A set that starts or ends in the hole (or a pull from the floor): the standing frames inside the rep serve.
  if (!pre.length || !post.length) {
    const inside = stand.filter((f) => f >= r.start && f <= r.end);
    const before = inside.filter((f) => f <= r.bottom), after = inside.filter((f) => f >= r.bottom);
    if (!pre.length) pre = before.length ? before : inside;
    if (!post.length) post = after.length ? after : inside;
  }
  const h = c.sig.hipHeight;
  const top = Math.max(h[r.start], h[r.end]), bot = h[r.bottom];
  const line = bot + BOTTOM_SHARE * (top - bot);
  const bottom: number[] = [];
  for (let f = Math.max(r.start, c.from); f <= Math.min(r.end, c.to); f++) if (h[f] <= line) bottom.push(f);
  return { pre, post, bottom };
}

/** Per-rep verdicts (for the evaluation and the tests), or null without 2D. */
export function heelVerdicts(c: FaultContext): HeelRepVerdict[] | null {
  if (!c.img) return null;
  const legs = ankleTracks(c, Math.max(c.t.minJointScore, 0.5)); // ankles are the detector's least sure joints
  const stand = standingFrames(c);
  const rules = { ...HEEL_RULES, riseShin: c.t.heelLiftShin };
  const wins = c.reps.map((r) => repWindows(c, r, stand));
  return wins.map((w, i): HeelRepVerdict => {
    // Ours: a still camera keeps the standing floor at one image height over neighbouring reps; one that
    // wanders by more than the rise we report (handheld, tilting to follow the lifter) cannot place it.
    const spread = floorSpreadShin(legs, wins.slice(Math.max(0, i - 1), i + 2).flatMap((x) => [x.pre, x.post]), rules.minStandFrames);
    return spread > rules.maxFloorShiftShin
      ? { judged: false, why: 'camera_moved', legRise: [NaN, NaN], rise: NaN, sustained: 0, floorShift: spread, sway: NaN, scaleChange: NaN, lifted: false }
      : judgeHeelRep(legs, c.tS, w, rules);
  });
}

export function heelLiftMistakes(c: FaultContext, viewConf: (yawDeg: number) => number): Mistake[] {
  const verdicts = heelVerdicts(c);
  if (!verdicts) return [];
  const out: Mistake[] = [];
  const stand = standingFrames(c);
  c.reps.forEach((r, i) => {
    const v = verdicts[i];
    if (!v.lifted) return;
    const { bottom } = repWindows(c, r, stand);
    const score = (v.rise - c.t.heelLiftShin) / c.t.heelLiftSevereExtraShin;
    // Confidence: how sustained the rise is over the bottom frames (a lift holds; noise flickers).
    pushIf(out, repMistake(c, 'heel_lift', i, bottom[0], bottom[bottom.length - 1], score, viewConf(c.yaw[r.bottom]) * v.sustained, '2d',
      `The heels come up at the bottom of rep ${i + 1} (ankles ${Math.round(v.rise * 100)}% of a shin length above their standing height); keep the whole foot on the floor, weight over mid-foot.`));
  });
  return out;
}
