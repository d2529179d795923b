/**
 * Several people on the review screen (people mode, `?people=all`): who the user can choose as the
 * athlete, and where each of them is in a frame (the boxes drawn over the video). Pure. Boxes are in
 * image pixels of the displayed (rotated) video: x right, y down.
 */
import type { BoxPx } from '../core/types';
import type { Session } from '../pipeline/session';

/** One person the user can make the athlete. */
export interface PersonChoice {
  /** The tracker's id (the session's `athleteId` when chosen). */
  id: number;
  /** "Person 1", "Person 2", … in order of first appearance (stable while switching). */
  label: string;
  /** The person the pipeline chose automatically (the one performing the exercise). */
  auto: boolean;
  /** The person whose analysis is on screen. */
  chosen: boolean;
}

/** A choosable person seen in the frame, with their box there (px). */
export interface PersonBox extends PersonChoice { box: BoxPx }

/** Keypoints at or above this score (0..1) count for the box (as the 2D overlay draws them). */
export const MIN_KEYPOINT_SCORE = 0.3;

type PeopleOf = Pick<Session, 'people' | 'athleteId'>;

/**
 * The people the user can choose between, in order of first appearance; [] unless the session
 * tracked at least two (the pipeline lists the automatic athlete first, and a switch keeps that list).
 */
export function personChoices(s: PeopleOf | null | undefined): PersonChoice[] {
  const people = s?.people;
  if (!people || people.length < 2) return [];
  const autoId = people[0].id;
  return [...people].sort((a, b) => a.id - b.id)
    .map((p, k) => ({ id: p.id, label: `Person ${k + 1}`, auto: p.id === autoId, chosen: p.id === s.athleteId }));
}

/** Share of a person's keypoint extent added around it (the head reaches above the eyes and ears). */
const PAD = 0.1;

/**
 * Each choosable person's box in frame `f` (px): the detector's box grown to cover their confident
 * keypoints (plus PAD), so the box drawn over the video holds the whole body; those not seen in that
 * frame are left out.
 */
export function personBoxesAt(s: PeopleOf | null | undefined, f: number): PersonBox[] {
  return personChoices(s).flatMap((c) => {
    const t = s!.people!.find((p) => p.id === c.id)!.session.track;
    if (!(f >= 0 && f < t.frames) || t.personId[f] < 0) return [];
    const b = t.box;
    let [x0, y0, x1, y1] = [b[f * 4], b[f * 4 + 1], b[f * 4] + b[f * 4 + 2], b[f * 4 + 1] + b[f * 4 + 3]];
    const kp = t.keypoints.subarray(f * 51, f * 51 + 51);
    let [kx0, ky0, kx1, ky1] = [Infinity, Infinity, -Infinity, -Infinity];
    for (let j = 0; j < 17; j++) {
      if (kp[j * 3 + 2] < MIN_KEYPOINT_SCORE) continue;
      kx0 = Math.min(kx0, kp[j * 3]); kx1 = Math.max(kx1, kp[j * 3]);
      ky0 = Math.min(ky0, kp[j * 3 + 1]); ky1 = Math.max(ky1, kp[j * 3 + 1]);
    }
    if (kx1 >= kx0) {
      const pad = PAD * Math.max(kx1 - kx0, ky1 - ky0);
      [x0, y0, x1, y1] = [Math.min(x0, kx0 - pad), Math.min(y0, ky0 - pad), Math.max(x1, kx1 + pad), Math.max(y1, ky1 + pad)];
    }
    return [{ ...c, box: [x0, y0, x1 - x0, y1 - y0] as const }];
  });
}
