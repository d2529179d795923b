/**
 * Skeleton alignment for comparison (MobiDev fitness-coach flow, steps 5b–c): a common centre,
 * rotation about the vertical by 2-D Procrustes/Kabsch on the torso joints (Kabsch 1976, restricted
 * to rotations about Y), and size normalisation by re-targeting the reference onto the user's bone
 * lengths (keeping the reference's bone directions).
 */
import { rotY, transformPoints } from '../core/geometry';
import { H36M_BONES, H36M as J } from '../core/skeleton';
import { dist, jointAt } from '../core/vec3';
import { median } from './signal';

export const TORSO = [J.pelvis, J.left_hip, J.right_hip, J.spine, J.thorax, J.left_shoulder, J.right_shoulder];

/** Median length of every H36M bone over the frames, metres (index = child joint). */
export function boneLengths(p: Float32Array, frames: number): number[] {
  const out = new Array<number>(17).fill(0);
  for (const [a, b] of H36M_BONES) {
    const l: number[] = [];
    for (let f = 0; f < frames; f++) l.push(dist(jointAt(p, f, a), jointAt(p, f, b)));
    out[b] = median(l);
  }
  return out;
}

/** One pose (17×3) re-targeted to `lengths` (parents come first in H36M order), pelvis at origin. */
export function retarget(pose: ArrayLike<number>, lengths: number[]): Float32Array {
  const out = new Float32Array(51);
  for (const [a, b] of H36M_BONES) {
    const d = [0, 1, 2].map((k) => pose[b * 3 + k] - pose[a * 3 + k]);
    const n = Math.hypot(d[0], d[1], d[2]) || 1;
    for (let k = 0; k < 3; k++) out[b * 3 + k] = out[a * 3 + k] + (d[k] / n) * lengths[b];
  }
  return out;
}

/** Rotation angle about Y that best maps `ref` onto `user` over `joints` (both pelvis-centred). */
export function yawKabsch(user: ArrayLike<number>, ref: ArrayLike<number>, joints = TORSO): number {
  let A = 0, B = 0;
  for (const j of joints) {
    const [ux, uz, rx, rz] = [user[j * 3], user[j * 3 + 2], ref[j * 3], ref[j * 3 + 2]];
    A += ux * rx + uz * rz;
    B += ux * rz - uz * rx;
  }
  return Math.atan2(B, A);
}

/**
 * The reference pose re-targeted to the user's bones and turned about Y onto the user's torso.
 * `anchor: 'feet'` then shifts it so both mid-ankles coincide (feet are the planted base in squats
 * and deadlifts, so "hips 12 cm lower" means a deeper squat); 'pelvis' keeps both roots at the origin.
 */
export function alignTo(user: Float32Array, ref: ArrayLike<number>, userBones: number[], anchor: 'pelvis' | 'feet' = 'pelvis'): Float32Array {
  const r = transformPoints(retarget(ref, userBones), rotY(yawKabsch(user, retarget(ref, userBones))));
  if (anchor === 'feet') {
    for (let k = 0; k < 3; k++) {
      const d = (user[J.left_ankle * 3 + k] + user[J.right_ankle * 3 + k] - r[J.left_ankle * 3 + k] - r[J.right_ankle * 3 + k]) / 2;
      for (let j = 0; j < 17; j++) r[j * 3 + k] += d;
    }
  }
  return r;
}
