/**
 * People mode in the 3D view: every other tracked person placed around the athlete where they stand
 * in the room. Pure.
 *
 * Spaces: the athlete's display frame (review-model.ts: the analysis ground frame when there is an
 * analysis, else the lifter's camera axes; metres, y up, floor at y = 0). Each person's root in camera
 * space comes from pipeline/roots.ts (RootNet-style depth from body size); another person's offset from
 * the athlete is rotated into the display frame with the athlete's camera → ground rotation, so their
 * distance and side are as in the video, and their feet are planted on the floor like the athlete's
 * (a small error in the estimated depth would otherwise make them float or sink).
 */
import { IDENTITY, transformPoints, type Mat3 } from '../core/geometry';
import { has3d, type Session } from '../pipeline/session';
import { personRoots } from '../pipeline/roots';
import { medianRoot } from '../lift3d/root-depth';
import { plantedRoots, type DisplayMotion } from './review-model';

/** Another person in the 3D view: their poses in the athlete's display frame and where their pelvis is. */
export interface OtherMotion extends DisplayMotion {
  id: number;
}

/** The rotation that took the athlete's camera-axes poses into the display frame (as displayMotion chose). */
function displayRotation(s: Pick<Session, 'analysis' | 'track'>): Mat3 {
  const a = s.analysis;
  return a && a.ground.length === s.track.frames * 51 ? a.groundRotation : IDENTITY;
}

const finite3 = (r: ArrayLike<number>, f: number) => Number.isFinite(r[f * 3]) && Number.isFinite(r[f * 3 + 1]) && Number.isFinite(r[f * 3 + 2]);

/**
 * The people other than the athlete, for the 3D view; [] outside people mode, or when the athlete
 * cannot be placed. A person's frame has NaN poses where they are not seen (or have no 3D).
 */
export function otherPeople3d(s: Session): OtherMotion[] {
  const people = s.people;
  if (!people || people.length < 2 || !has3d(s)) return [];
  const aRoot = personRoots(s);
  const aMed = medianRoot(aRoot);
  if (!aMed) return [];
  const R = displayRotation(s);
  const frames = s.track.frames;
  return people.filter((p) => p.id !== s.athleteId && has3d(p.session) && p.session.track.frames === frames).flatMap((p) => {
    const o = p.session;
    const oRoot = personRoots(o);
    const oMed = medianRoot(oRoot);
    if (!oMed) return [];
    const pose = transformPoints(o.motion!.pose, R);
    const root = plantedRoots(pose, frames);
    for (let f = 0; f < frames; f++) {
      const [ox, oy, oz] = finite3(oRoot, f) ? [oRoot[f * 3], oRoot[f * 3 + 1], oRoot[f * 3 + 2]] : oMed;
      const [ax, ay, az] = finite3(aRoot, f) ? [aRoot[f * 3], aRoot[f * 3 + 1], aRoot[f * 3 + 2]] : aMed;
      const d = [ox - ax, oy - ay, oz - az];
      root[f * 3] = R[0] * d[0] + R[1] * d[1] + R[2] * d[2];
      root[f * 3 + 2] = R[6] * d[0] + R[7] * d[1] + R[8] * d[2];
    }
    return [{ id: p.id, pose, root, frames }];
  });
}
