/**
 * Each tracked person's root (pelvis) in camera space, from their 2D track and, when lifted, their
 * lifter's root trajectory (src/lift3d/root-depth.ts: RootNet-style depth from the body's size and a
 * focal-length prior). Metres, the lifter's camera axes: x right, y up, z towards the viewer. Pure.
 */
import { cameraRoots, medianRoot, priorIntrinsics } from '../lift3d/root-depth';
import { roundTo } from '../core/result';
import type { Session } from './session';

/** Roots already computed, per 2D track (the 3D view and every save/export of people mode ask again). */
const computed = new WeakMap<Session['track'], { motion: Session['motion']; roots: Float32Array }>();

/** frames × 3 metres, camera axes; NaN where the person is not in the frame. Shared: do not write to it. */
export function personRoots(s: Pick<Session, 'track' | 'video' | 'motion'>): Float32Array {
  const hit = computed.get(s.track);
  if (hit && hit.motion === s.motion) return hit.roots;
  const roots = cameraRoots(s.track.keypoints, s.track.frames, priorIntrinsics(s.video.width, s.video.height), { lifterRoot: s.motion?.root ?? null });
  computed.set(s.track, { motion: s.motion, roots });
  return roots;
}

/** The person's median root over the clip, metres (1 cm), camera axes; null when never placed. */
export function medianRootM(s: Pick<Session, 'track' | 'video' | 'motion'>): [number, number, number] | null {
  const m = medianRoot(personRoots(s));
  return m ? (m.map((v) => roundTo(v, 2)) as [number, number, number]) : null;
}
