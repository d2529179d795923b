/**
 * Arm placement for parametric exercises: two-link IK (law of cosines) from shoulder to a hand
 * target with a pole direction for the elbow. Positions in metres, mocap world frame.
 */
type V = [number, number, number];
const add = (a: V, b: V): V => [a[0] + b[0], a[1] + b[1], a[2] + b[2]];
const sub = (a: V, b: V): V => [a[0] - b[0], a[1] - b[1], a[2] - b[2]];
const mul = (a: V, s: number): V => [a[0] * s, a[1] * s, a[2] * s];
const dot = (a: V, b: V) => a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
const unit = (a: V): V => mul(a, 1 / (Math.hypot(a[0], a[1], a[2]) || 1));

/** Elbow and wrist for a shoulder, a hand target, bone lengths and an elbow pole direction. */
export function twoLinkIk(shoulder: V, target: V, upper: number, fore: number, pole: V): { elbow: V; wrist: V } {
  const toT = sub(target, shoulder);
  const d = Math.min(Math.max(Math.hypot(...toT), Math.abs(upper - fore) + 1e-3), upper + fore - 1e-4);
  const along = unit(toT);
  const x = (upper * upper - fore * fore + d * d) / (2 * d);
  const h = Math.sqrt(Math.max(upper * upper - x * x, 0));
  const perp = unit(sub(pole, mul(along, dot(pole, along))));
  const elbow = add(add(shoulder, mul(along, x)), mul(perp, h));
  return { elbow, wrist: add(shoulder, mul(along, d)) };
}

export type ArmStyle = 'hang' | 'backbar' | 'front' | 'hips';

export interface BodyFrame { shoulder: V; hip: V; up: V; forward: V; outward: V }

/** Hand target and elbow pole for an arm style (`spread` m sideways, `reach` forward tilt 0..1). */
export function armTarget(style: ArmStyle, b: BodyFrame, armLen: number, spread: number, reach: number): { target: V; pole: V } {
  const down: V = [0, -1, 0];
  switch (style) {
    case 'hang':
      return { target: add(b.shoulder, add(mul(unit(add(down, mul(b.forward, reach * 0.3))), armLen * 0.99), mul(b.outward, spread))), pole: mul(b.forward, -1) };
    case 'front':
      return { target: add(b.shoulder, mul(unit(add(b.forward, mul(down, 0.2 - reach * 0.4))), armLen * 0.97)), pole: down };
    case 'backbar':
      return { target: add(add(b.shoulder, mul(b.outward, 0.12 + spread)), add(mul(b.up, 0.06), mul(b.forward, -0.07))), pole: add(down, mul(b.forward, -0.5)) };
    case 'hips':
      return { target: add(b.hip, add(mul(b.outward, 0.06), mul(b.up, 0.06))), pole: add(b.outward, mul(b.forward, -0.6)) };
  }
}
