/** Turns a per-group pose difference into words ("knees 9 cm more inward at the bottom of rep 2"). */
import { H36M as J } from '../core/skeleton';

export type JointGroup = 'feet' | 'knees' | 'hips' | 'hands' | 'spine';

/** Joint groups (MobiDev flow step 5e: feet, knees, hands/elbows, ...). */
export const GROUPS: Record<JointGroup, readonly number[]> = {
  feet: [J.left_ankle, J.right_ankle],
  knees: [J.left_knee, J.right_knee],
  hips: [J.pelvis, J.left_hip, J.right_hip],
  hands: [J.left_elbow, J.left_wrist, J.right_elbow, J.right_wrist],
  spine: [J.spine, J.thorax, J.neck, J.head, J.left_shoulder, J.right_shoulder],
};

const LEFT = new Set<number>([J.left_ankle, J.left_knee, J.left_hip, J.left_elbow, J.left_wrist, J.left_shoulder]);
const RIGHT = new Set<number>([J.right_ankle, J.right_knee, J.right_hip, J.right_elbow, J.right_wrist, J.right_shoulder]);

const NAMES: Record<JointGroup, string> = { feet: 'feet', knees: 'knees', hips: 'hips', hands: 'hands/elbows', spine: 'upper body' };

/**
 * Describes `user − ref` for a group in the body frame (X = person's left, Y up, Z forward) along its
 * dominant axis. Bilateral joints use outward-positive lateral offsets ("more inward/outward").
 */
export function describeDifference(group: JointGroup, user: ArrayLike<number>, ref: ArrayLike<number>): { text: string; cm: number } {
  const joints = GROUPS[group];
  let lat = 0, up = 0, fwd = 0;
  let bilateral = false;
  for (const j of joints) {
    const d = [0, 1, 2].map((k) => user[j * 3 + k] - ref[j * 3 + k]);
    const out = LEFT.has(j) ? 1 : RIGHT.has(j) ? -1 : 0;
    if (out) bilateral = true;
    lat += out ? out * d[0] : d[0];
    up += d[1];
    fwd += d[2];
  }
  [lat, up, fwd] = [lat, up, fwd].map((v) => v / joints.length);
  const axes: [number, string, string][] = [
    [lat, bilateral ? 'more outward' : 'further to the left', bilateral ? 'more inward' : 'further to the right'],
    [up, 'higher', 'lower'],
    [fwd, 'further forward', 'further back'],
  ];
  const [v, pos, neg] = axes.reduce((a, b) => (Math.abs(b[0]) > Math.abs(a[0]) ? b : a));
  const cm = Math.round(Math.abs(v) * 100);
  return { text: `${NAMES[group]} ${cm} cm ${v >= 0 ? pos : neg}`, cm };
}
