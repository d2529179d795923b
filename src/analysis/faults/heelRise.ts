/**
 * Heel rise of one rep from the two ankles' image tracks, judged only where the picture can show it.
 * COCO-17 has no toe or heel point, so the floor is the ankles' own height when the lifter stands
 * just before and just after the rep; with a moving camera (or a lifter who walks) that floor is
 * unknown and the rep is *not judged* rather than guessed. Pure; all heights in the levelled image
 * (y up, px) and rises in the lifter's shin lengths (knee–ankle image distance when standing).
 */
import { median } from '../signal';

/** One ankle through the clip: levelled image position (px, y up), NaN where not confidently seen. */
export interface AnkleTrack {
  x: ArrayLike<number>;
  y: ArrayLike<number>;
  /** Knee–ankle image distance, px (NaN unseen): the unit of the rise. */
  shin: ArrayLike<number>;
  /** Hip–ankle image distance, px (NaN unseen): the figure's scale (longer, so steadier than the shin). */
  leg: ArrayLike<number>;
}

/** Frames of one rep: standing just before it, standing just after it, and its bottom (deepest part). */
export interface RepWindows { pre: readonly number[]; post: readonly number[]; bottom: readonly number[] }

export interface HeelRiseRules {
  /** Both ankles' mean rise that counts as a heel lift, shin lengths. */
  riseShin: number;
  /**
   * The standing floor may move by at most this between the standing frames before and after the
   * rep (ankle height, shin lengths), else the camera or the lifter moved and the rep is not judged.
   */
  maxFloorShiftShin: number;
  /** Largest sideways travel of the ankles' midpoint at the bottom (shin lengths): feet stay planted in a squat or pull. */
  maxSwayShin: number;
  /** Largest change of the standing leg's image length before vs after (share): the lifter walked closer/farther or the camera zoomed. */
  maxScaleChange: number;
  /** Fewest standing frames each side and least share of bottom frames with both ankles seen. */
  minStandFrames: number;
  minBottomCover: number;
}

// Ours (issue 11 follow-up): the reported rise itself — a floor that moved by more than a 0.1-shin lift cannot place it (a slow drift is interpolated away).
// Sway 0.15 shin ≈ 6 cm: more than the ankle's forward travel when the heel rolls up (≈ 1–2 cm), less than a step.
// Scale 10 %: a step towards a phone 3 m away changes the body's image size by ≈ 10–20 %.
export const HEEL_RULES: Omit<HeelRiseRules, 'riseShin'> = {
  maxFloorShiftShin: 0.1, maxSwayShin: 0.15, maxScaleChange: 0.1, minStandFrames: 3, minBottomCover: 0.5,
};

export interface HeelRepVerdict {
  /** False when the picture cannot show a heel rise in this rep; `why` says which rule refused it. */
  judged: boolean;
  why?: 'no_standing' | 'camera_moved' | 'floor_moved' | 'scale_changed' | 'ankles_unseen' | 'feet_moved';
  /** Median rise over the bottom frames per leg and both legs' mean, shin lengths (NaN when not measured). */
  legRise: [number, number];
  rise: number;
  /** Share of the judged bottom frames in which both ankles are above the rise line (how sustained), 0..1. */
  sustained: number;
  floorShift: number;
  sway: number;
  scaleChange: number;
  /** True when judged, both heels rise (each ≥ half the line) and the mean passes the line. */
  lifted: boolean;
}

const at = (a: ArrayLike<number>, f: number) => a[f];
const seenBoth = (legs: readonly AnkleTrack[], f: number) => legs.every((l) => Number.isFinite(at(l.y, f)) && Number.isFinite(at(l.x, f)) && Number.isFinite(at(l.leg, f)));

/**
 * How far the standing floor wanders over the clip: for each window of standing frames (before and
 * after every rep) the ankles' median height, and the largest spread (max − min) of those heights
 * over the windows, per leg, in standing shin lengths (NaN with fewer than two windows seen).
 */
export function floorSpreadShin(legs: readonly [AnkleTrack, AnkleTrack], windows: readonly (readonly number[])[], minFrames: number): number {
  const seen = windows.map((w) => w.filter((f) => seenBoth(legs, f))).filter((w) => w.length >= minFrames);
  if (seen.length < 2) return NaN;
  return Math.max(...legs.map((l) => {
    const ys = seen.map((w) => median(w.map((f) => at(l.y, f))));
    const shin = median(seen.flatMap((w) => w.map((f) => at(l.shin, f))));
    return (Math.max(...ys) - Math.min(...ys)) / shin;
  }));
}


/**
 * Heel rise of one rep. The floor under each ankle is its median standing height before and after
 * the rep, interpolated in time between the two (slow camera drift cancels); the rise is the ankle's
 * height over that floor at the bottom of the rep, where a heel lift peaks while the hips descend.
 */
export function judgeHeelRep(legs: readonly [AnkleTrack, AnkleTrack], tS: ArrayLike<number>, w: RepWindows, rules: HeelRiseRules): HeelRepVerdict {
  const none = (why: HeelRepVerdict['why'], extra: Partial<HeelRepVerdict> = {}): HeelRepVerdict => ({
    judged: false, why, legRise: [NaN, NaN], rise: NaN, sustained: 0, floorShift: NaN, sway: NaN, scaleChange: NaN, lifted: false, ...extra,
  });
  const pre = w.pre.filter((f) => seenBoth(legs, f)), post = w.post.filter((f) => seenBoth(legs, f));
  if (pre.length < rules.minStandFrames || post.length < rules.minStandFrames) return none('no_standing');
  const t0 = median(pre.map((f) => tS[f])), t1 = median(post.map((f) => tS[f]));
  const floor = legs.map((l) => ({
    y0: median(pre.map((f) => at(l.y, f))), y1: median(post.map((f) => at(l.y, f))),
    shin0: median(pre.map((f) => at(l.shin, f))), shin1: median(post.map((f) => at(l.shin, f))),
    leg0: median(pre.map((f) => at(l.leg, f))), leg1: median(post.map((f) => at(l.leg, f))),
  }));
  const shin = floor.map((b) => (b.shin0 + b.shin1) / 2);
  if (!shin.every((s) => s > 0)) return none('no_standing');
  const floorShift = Math.max(...floor.map((b, i) => Math.abs(b.y1 - b.y0) / shin[i]));
  const scaleChange = Math.max(...floor.map((b) => (2 * Math.abs(b.leg1 - b.leg0)) / (b.leg0 + b.leg1)));
  // Ours: the lifter's floor must hold still across the rep (a tilting/handheld camera moves it).
  if (floorShift > rules.maxFloorShiftShin) return none('floor_moved', { floorShift, scaleChange });
  // Ours: walking towards/away from the camera or zooming changes the standing leg's image length.
  if (scaleChange > rules.maxScaleChange) return none('scale_changed', { floorShift, scaleChange });
  const bottom = w.bottom.filter((f) => seenBoth(legs, f));
  if (!w.bottom.length || bottom.length < Math.max(rules.minStandFrames, rules.minBottomCover * w.bottom.length)) {
    return none('ankles_unseen', { floorShift, scaleChange });
  }
  const frac = (f: number) => (t1 > t0 ? Math.max(0, Math.min(1, (tS[f] - t0) / (t1 - t0))) : 0.5);
  const midX0 = median(pre.map((f) => (at(legs[0].x, f) + at(legs[1].x, f)) / 2));
  const midX1 = median(post.map((f) => (at(legs[0].x, f) + at(legs[1].x, f)) / 2));
  const meanShin = (shin[0] + shin[1]) / 2;
  const rises = bottom.map((f) => legs.map((l, i) => (at(l.y, f) - (floor[i].y0 + frac(f) * (floor[i].y1 - floor[i].y0))) / shin[i]));
  const sways = bottom.map((f) => Math.abs((at(legs[0].x, f) + at(legs[1].x, f)) / 2 - (midX0 + frac(f) * (midX1 - midX0))) / meanShin);
  const sway = median(sways);
  // Ours: planted feet do not slide sideways; a panning camera or a stepping lifter moves both ankles.
  if (sway > rules.maxSwayShin) return none('feet_moved', { floorShift, scaleChange, sway });
  const legRise: [number, number] = [median(rises.map((r) => r[0])), median(rises.map((r) => r[1]))];
  const rise = (legRise[0] + legRise[1]) / 2;
  const above = rises.filter((r) => Math.min(r[0], r[1]) >= rules.riseShin / 2 && (r[0] + r[1]) / 2 >= rules.riseShin).length;
  const lifted = rise >= rules.riseShin && Math.min(...legRise) >= rules.riseShin / 2;
  return { judged: true, legRise, rise, sustained: above / bottom.length, floorShift, sway, scaleChange, lifted };
}
