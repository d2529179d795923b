/**
 * "This is not a squat or deadlift": recognises common movements the coach has no analyzer for
 * (push-ups/planks, lunges, jumping jacks, walking/jogging) so that they are not counted as
 * squat reps. Rule-based on whole-clip posture statistics (our heuristics, documented in
 * docs/inputs.md): squats and deadlifts stand on two planted feet side by side, with the body
 * upright most of the time and the arms below the head; each rule below breaks one of those.
 * All lengths are metres, angles degrees.
 */
import { degrees } from '../core/angle';
import { J, kneeAnglesDeg } from './body';
import { percentile } from './signal';

export type OtherActivity = 'push-ups' | 'lunges' | 'jumping jacks' | 'walking or running';

export interface OtherActivityGuess {
  activity: OtherActivity;
  /** The sentence for the user (shown with the analysis warnings). */
  message: string;
  /** The statistic that decided, for tests and docs. */
  evidence: Record<string, number>;
}

export interface OtherActivityInput {
  /** frames × 17 × 3 H36M poses in the input frame (y roughly up: lifter camera frame or mocap world). */
  raw: Float32Array;
  /** The same poses in the ground frame (Y up, Z body forward, X the person's left, pelvis at origin). */
  ground: Float32Array;
  usable: readonly boolean[];
  /** Analysis window, inclusive frame indices. */
  from: number;
  to: number;
  /** Hip→knee→ankle length, m. */
  legLength: number;
}

const at = (p: Float32Array, f: number, j: number, k: number) => p[(f * 17 + j) * 3 + k];

/** Elevation (deg) of the mid-ankle → head axis above the plane normal to the input's +y. */
function bodyElevationDeg(p: Float32Array, f: number): number {
  const v = [0, 1, 2].map((k) => at(p, f, J.head, k) - (at(p, f, J.left_ankle, k) + at(p, f, J.right_ankle, k)) / 2);
  return degrees(Math.atan2(v[1], Math.hypot(v[0], v[2])));
}

/** Number of sign changes of x after dropping values within ±dead of zero (hysteresis). */
function signChanges(x: number[], dead: number): number {
  let last = 0;
  let n = 0;
  for (const v of x) {
    const s = v > dead ? 1 : v < -dead ? -1 : 0;
    if (s === 0) continue;
    if (last !== 0 && s !== last) n++;
    last = s;
  }
  return n;
}

const LUNGES = 'This looks like lunges or a split squat (one foot in front of the other), not a squat or deadlift: no reps were counted. If it is a squat, choose the exercise.';

const share = (xs: boolean[]) => (xs.length ? xs.filter(Boolean).length / xs.length : 0);

/** The other activity this clip most likely shows, or null when it may well be a squat or deadlift. */
export function recogniseOtherActivity(inp: OtherActivityInput): OtherActivityGuess | null {
  const idx: number[] = [];
  for (let f = inp.from; f <= inp.to; f++) if (inp.usable[f]) idx.push(f);
  if (idx.length < 10 || !(inp.legLength > 0)) return null;
  const L = inp.legLength;
  const g = inp.ground;

  // Push-ups / planks: the body lies along the floor (ankle→head axis flat) most of the time.
  const elevation = idx.map((f) => bodyElevationDeg(inp.raw, f));
  const lying = share(elevation.map((e) => Math.abs(e) < 35));
  if (lying > 0.6) {
    return { activity: 'push-ups', evidence: { lyingShare: lying }, message: 'This looks like push-ups or another exercise on the floor, not a squat or deadlift: no reps were counted. If it is a squat or deadlift, choose the exercise.' };
  }

  // Ankles in the ground frame: fore-aft (Z), sideways (X) and vertical (Y) differences; wrists vs shoulders.
  const ankle = (f: number, k: number) => at(g, f, J.left_ankle, k) - at(g, f, J.right_ankle, k);
  const foreAft = idx.map((f) => ankle(f, 2));
  const side = idx.map((f) => Math.abs(ankle(f, 0)));
  const lift = idx.map((f) => ankle(f, 1));
  const range = (x: number[]) => percentile(x, 95) - percentile(x, 5);
  // Both wrists above the higher shoulder by 0.1 leg lengths or more = "arms up".
  const armsUp = idx.map((f) => Math.min(at(g, f, J.left_wrist, 1), at(g, f, J.right_wrist, 1)) - Math.max(at(g, f, J.left_shoulder, 1), at(g, f, J.right_shoulder, 1)) - 0.1 * L);
  const upShare = share(armsUp.map((u) => u > 0));
  const armCycles = signChanges(armsUp, 0.05 * L);

  // Jumping jacks: the arms go up and down again and again while the feet open and close.
  if (armCycles >= 3 && upShare > 0.1 && upShare < 0.85 && range(side) > 0.3 * L) {
    return { activity: 'jumping jacks', evidence: { armCycles, upShare, sideRangeLeg: range(side) / L }, message: 'This looks like jumping jacks, not a squat or deadlift: no reps were counted. If it is a squat or deadlift, choose the exercise.' };
  }

  // Lunges (also walking lunges, whose feet swap): a split stance with both knees bent at the
  // bottom; in walking and running one leg stays nearly straight.
  const split = share(foreAft.map((v) => Math.abs(v) > 0.45 * L));
  const straighterKnee = idx.map((f) => Math.max(...kneeAnglesDeg(g, f)));
  const bothBent = percentile(straighterKnee, 10);
  if (split > 0.3 && bothBent < 125) {
    return { activity: 'lunges', evidence: { splitShare: split, straighterKneeP10: bothBent }, message: LUNGES };
  }

  // Walking/running: the feet pass each other again and again (fore-aft difference changes sign),
  // or, on the spot, lift in turn (vertical difference changes sign).
  const strides = signChanges(foreAft, 0.15 * L);
  const steps = signChanges(lift, 0.1 * L);
  if ((strides >= 3 && range(foreAft) > 0.5 * L) || (steps >= 3 && range(lift) > 0.2 * L)) {
    return { activity: 'walking or running', evidence: { strides, steps, foreAftRangeLeg: range(foreAft) / L, liftRangeLeg: range(lift) / L }, message: 'This looks like walking or running, not a squat or deadlift: no reps were counted. If it is a squat or deadlift, choose the exercise.' };
  }

  // A held split stance (e.g. a split squat filmed at the top) is no squat either.
  if (split > 0.5) return { activity: 'lunges', evidence: { splitShare: split, straighterKneeP10: bothBent }, message: LUNGES };
  return null;
}
