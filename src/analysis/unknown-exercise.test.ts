/**
 * Push-ups and lunges are not in the shared mocap, so they are synthesised from a real mocap squat
 * (CMU 13_29, labelled squat segment): the whole body turned to lie along the floor (a plank that
 * moves like the squat), and a split stance (one foot 0.5 m forward, the other 0.25 m back).
 */
import { describe, expect, it } from 'vitest';
import { radians } from '../core/angle';
import { analyze } from './analyze';
import { J } from './body';
import { hasMocap, MISSING_MOCAP, mocapSequence } from './fixtures/mocap';
import type { PoseSequence } from './types';

if (!hasMocap) console.warn(MISSING_MOCAP);
const d = hasMocap ? describe : describe.skip;
const squat = () => mocapSequence('cmu/13/13_29.amc', { startFrame: 3805, endFrame: 4592 });

/** Every joint rotated by `deg` about the world x axis through the first frame's pelvis (mocap: y up). */
function tipped(seq: PoseSequence, deg: number): PoseSequence {
  const p = Float32Array.from(seq.pose3d);
  const c = Math.cos(radians(deg)), s = Math.sin(radians(deg));
  const [, py, pz] = [p[0], p[1], p[2]];
  for (let i = 0; i < p.length; i += 3) {
    const y = p[i + 1] - py, z = p[i + 2] - pz;
    p[i + 1] = py + c * y - s * z;
    p[i + 2] = pz + s * y + c * z;
  }
  return { ...seq, pose3d: p };
}

/**
 * Left knee and ankle moved `fwd` m along the body's forward direction, right ankle `back` m behind;
 * `swapAt` (0..1 of the clip): from there on the other leg leads (walking lunges).
 */
function splitStance(seq: PoseSequence, fwd: number, back: number, swapAt = 2): PoseSequence {
  const p = Float32Array.from(seq.pose3d);
  for (let f = 0; f < seq.frames; f++) {
    const [lk, la, ra] = f >= swapAt * seq.frames ? [J.right_knee, J.right_ankle, J.left_ankle] : [J.left_knee, J.left_ankle, J.right_ankle];
    const o = f * 51;
    const hx = p[o + J.left_hip * 3] - p[o + J.right_hip * 3], hz = p[o + J.left_hip * 3 + 2] - p[o + J.right_hip * 3 + 2];
    const n = Math.hypot(hx, hz) || 1;
    const [fx, fz] = [-hz / n, hx / n]; // horizontal, perpendicular to the hips line
    const move = (j: number, k: number) => { p[o + j * 3] += fx * k; p[o + j * 3 + 2] += fz * k; };
    move(lk, fwd / 2); move(la, fwd); move(ra, -back);
  }
  return { ...seq, pose3d: p };
}

d('unknown exercise on synthesised movements', () => {
  it('a body lying along the floor is "push-ups", no reps', () => {
    const a = analyze(tipped(squat(), 80));
    expect(a.exercise).toBe('unknown');
    expect(a.repCount).toBe(0);
    expect(a.viewWarnings[0]).toMatch(/looks like push-ups.*not a squat or deadlift/);
  });
  it('a split stance is "lunges", no reps; choosing squat counts them', () => {
    const seq = splitStance(squat(), 0.5, 0.25);
    const a = analyze(seq);
    expect(a.exercise).toBe('unknown');
    expect(a.viewWarnings[0]).toMatch(/looks like lunges/);
    const chosen = analyze(seq, { exercise: 'squat' });
    expect(chosen.exercise).toBe('squat');
    expect(chosen.repCount).toBeGreaterThan(0);
  });
  it('walking lunges (the leading leg swaps) are "lunges", not walking', () => {
    const a = analyze(splitStance(squat(), 0.5, 0.25, 0.5));
    expect(a.exercise).toBe('unknown');
    expect(a.viewWarnings[0]).toMatch(/looks like lunges/);
  });
  it('a slightly tilted camera (20°) keeps a squat a squat', () => {
    const a = analyze(tipped(squat(), 20));
    expect(a.exercise).toBe('squat');
    expect(a.viewWarnings.join(' ')).not.toMatch(/looks like/);
  });
});
