/**
 * Parametric exercise motions (barbell deadlift: conventional/sumo/Romanian, good morning,
 * squat, split squat/lunge) as top/bottom joint-angle keyframes with randomised tempo, depth,
 * stance, torso lean and knee travel. A rep is top → bottom → top with cosine easing.
 */
import type { ArmStyle } from './arms';
import type { LegAngles, SagittalPose } from './pose';
import type { Rng } from '../../../src/core/rng';

export type ExerciseKind = 'deadlift' | 'sumo_deadlift' | 'romanian_deadlift' | 'good_morning' | 'squat' | 'split_squat';
export const EXERCISES: readonly ExerciseKind[] = ['deadlift', 'sumo_deadlift', 'romanian_deadlift', 'good_morning', 'squat', 'split_squat'];

export interface MotionFrame { pose: SagittalPose; arms: ArmStyle; armSpread: number; armReach: number; plant: 'both' | 'left' }

interface Keys { top: SagittalPose; bottom: SagittalPose; arms: ArmStyle; spread: number; plant: 'both' | 'left' }

const leg = (thigh: number, shin: number, abduction: number, toeOut: number): LegAngles => ({ thigh, shin, abduction, toeOut });

function keys(kind: ExerciseKind, r: Rng): Keys {
  const heading = r.uniform(0, 360);
  const base = { heading, tilt: r.uniform(-3, 3), head: r.uniform(-10, 15) };
  const stance = (abd: number, toe: number) => ({ abd, toe });
  const sym = (p: Omit<SagittalPose, 'left' | 'right' | 'heading' | 'tilt' | 'head'>, th: number, sh: number, st: { abd: number; toe: number }): SagittalPose =>
    ({ ...base, ...p, left: leg(th, sh, st.abd, st.toe), right: leg(th, sh, st.abd, st.toe) });
  const standUp = (st: { abd: number; toe: number }) => sym({ trunk: r.uniform(-4, 6), hinge: 0.9 }, r.uniform(-3, 3), r.uniform(-3, 3), st);
  switch (kind) {
    case 'deadlift': case 'romanian_deadlift': case 'good_morning': {
      const st = stance(r.uniform(0, 8), r.uniform(0, 15));
      const rdl = kind !== 'deadlift';
      const trunk = rdl ? r.uniform(50, 90) : r.uniform(40, 70);
      const thigh = rdl ? r.uniform(5, 25) : r.uniform(50, 80);
      const shin = rdl ? r.uniform(-8, 2) : -r.uniform(5, 25);
      return { top: standUp(st), bottom: sym({ trunk, hinge: r.uniform(0.6, 0.95) }, thigh, shin, st), arms: kind === 'good_morning' ? 'backbar' : 'hang', spread: r.uniform(0.05, 0.15), plant: 'both' };
    }
    case 'sumo_deadlift': {
      const st = stance(r.uniform(18, 35), r.uniform(15, 35));
      return { top: standUp(st), bottom: sym({ trunk: r.uniform(25, 50), hinge: r.uniform(0.7, 0.95) }, r.uniform(45, 75), -r.uniform(0, 15), st), arms: 'hang', spread: r.uniform(-0.05, 0.02), plant: 'both' };
    }
    case 'squat': {
      const st = stance(r.uniform(4, 20), r.uniform(5, 30));
      return { top: standUp(st), bottom: sym({ trunk: r.uniform(15, 50), hinge: r.uniform(0.6, 0.9) }, r.uniform(65, 115), -r.uniform(15, 40), st), arms: r.pick(['backbar', 'front', 'hips'] as const), spread: r.uniform(0.05, 0.2), plant: 'both' };
    }
    case 'split_squat': {
      const backThigh = -r.uniform(10, 30);
      const top: SagittalPose = { ...base, trunk: r.uniform(-3, 8), hinge: 0.8, left: leg(r.uniform(20, 35), r.uniform(-5, 5), 3, 5), right: leg(backThigh, backThigh - r.uniform(5, 20), 3, 5) };
      const bottom: SagittalPose = { ...top, trunk: r.uniform(0, 20), left: leg(r.uniform(70, 95), -r.uniform(5, 25), 3, 5), right: leg(backThigh + r.uniform(-5, 10), backThigh - r.uniform(80, 105), 3, 5) };
      return { top, bottom, arms: r.pick(['hips', 'hang', 'backbar'] as const), spread: r.uniform(0.05, 0.15), plant: 'left' };
    }
  }
}

function lerpPose(a: SagittalPose, b: SagittalPose, t: number, kneeT: number): SagittalPose {
  const l = (x: number, y: number, s = t) => x + (y - x) * s;
  const lg = (p: LegAngles, q: LegAngles): LegAngles => ({ thigh: l(p.thigh, q.thigh), shin: l(p.shin, q.shin, kneeT), abduction: l(p.abduction, q.abduction), toeOut: l(p.toeOut, q.toeOut) });
  return { trunk: l(a.trunk, b.trunk), hinge: l(a.hinge, b.hinge), head: l(a.head, b.head), heading: a.heading, tilt: a.tilt, left: lg(a.left, b.left), right: lg(a.right, b.right) };
}

/** Depth profile 0 (top) … 1 (bottom) per frame for `reps` reps with random tempo and pauses. */
export function depthProfile(r: Rng, reps: number, fps: number): { depth: number[]; repDepth: number[] } {
  const depth: number[] = [];
  const repDepth: number[] = [];
  const hold = (s: number, v: number, k: number) => { for (let i = 0; i < Math.round(s * fps); i++) { depth.push(v); repDepth.push(k); } };
  const move = (s: number, from: number, to: number, k: number) => {
    const n = Math.max(2, Math.round(s * fps));
    for (let i = 0; i < n; i++) { const e = (1 - Math.cos((Math.PI * i) / (n - 1))) / 2; depth.push(from + (to - from) * e); repDepth.push(k); }
  };
  hold(r.uniform(0.3, 1.5), 0, 1);
  for (let i = 0; i < reps; i++) {
    const k = r.uniform(0.8, 1.05);
    move(r.uniform(0.6, 2.6), 0, 1, k);
    hold(r.uniform(0, 0.8), 1, k);
    move(r.uniform(0.5, 2.0), 1, 0, k);
    hold(r.uniform(0.1, 1.2), 0, k);
  }
  return { depth, repDepth };
}

/** Frames of one parametric exercise set at `fps`. */
export function exerciseFrames(kind: ExerciseKind, r: Rng, fps: number): MotionFrame[] {
  const k = keys(kind, r);
  const kneeExp = r.uniform(0.6, 1.6);
  const reach = r.uniform(0, 1);
  const { depth, repDepth } = depthProfile(r, r.int(2, 5), fps);
  return depth.map((d, i) => {
    const t = Math.min(d * repDepth[i], 1.1);
    return { pose: lerpPose(k.top, k.bottom, t, Math.pow(Math.min(t, 1), kneeExp)), arms: k.arms, armSpread: k.spread, armReach: reach, plant: k.plant };
  });
}
