import { degrees } from '../core/angle';
import { H36M } from '../core/skeleton';
import type { AngleLabel, PoseArray } from './types';

/** Angle at joint b between segments b→a and b→c, in degrees (NaN when a point is missing). */
export function angleAtDeg(pose: PoseArray, a: number, b: number, c: number, offset = 0): number {
  const o = offset;
  const ux = pose[o + a * 3] - pose[o + b * 3], uy = pose[o + a * 3 + 1] - pose[o + b * 3 + 1], uz = pose[o + a * 3 + 2] - pose[o + b * 3 + 2];
  const vx = pose[o + c * 3] - pose[o + b * 3], vy = pose[o + c * 3 + 1] - pose[o + b * 3 + 1], vz = pose[o + c * 3 + 2] - pose[o + b * 3 + 2];
  const nu = Math.hypot(ux, uy, uz), nv = Math.hypot(vx, vy, vz);
  if (!(nu > 1e-9 && nv > 1e-9)) return NaN;
  const cos = Math.min(1, Math.max(-1, (ux * vx + uy * vy + uz * vz) / (nu * nv)));
  return degrees(Math.acos(cos));
}

const J = H36M;
/** Knee (hip–knee–ankle) and hip (thorax–hip–knee) angles, the ones a squat/deadlift coach reads. */
const DEFAULT_ANGLES: readonly { at: number; a: number; c: number; name: string }[] = [
  { name: 'L knee', a: J.left_hip, at: J.left_knee, c: J.left_ankle },
  { name: 'R knee', a: J.right_hip, at: J.right_knee, c: J.right_ankle },
  { name: 'L hip', a: J.thorax, at: J.left_hip, c: J.left_knee },
  { name: 'R hip', a: J.thorax, at: J.right_hip, c: J.right_knee },
];

/**
 * Labels for the knee and hip angles of one pose (17×3 metres from `offset`), plus an optional
 * spine angle (degrees, from the analyzer's `spineAngleDeg[frame]`) shown at the thorax.
 */
export function defaultAngleLabels(pose: PoseArray, offset = 0, spineAngleDeg?: number | null): AngleLabel[] {
  const out: AngleLabel[] = [];
  for (const d of DEFAULT_ANGLES) {
    const deg = angleAtDeg(pose, d.a, d.at, d.c, offset);
    if (Number.isFinite(deg)) out.push({ joint: d.at, text: `${d.name} ${Math.round(deg)}°` });
  }
  if (spineAngleDeg != null && Number.isFinite(spineAngleDeg)) {
    out.push({ joint: J.thorax, text: `spine ${Math.round(spineAngleDeg)}°` });
  }
  return out;
}
