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

/** Each choosable person's box in frame `f` (px); those not seen in that frame are left out. */
export function personBoxesAt(s: PeopleOf | null | undefined, f: number): PersonBox[] {
  return personChoices(s).flatMap((c) => {
    const t = s!.people!.find((p) => p.id === c.id)!.session.track;
    if (!(f >= 0 && f < t.frames) || t.personId[f] < 0) return [];
    const b = t.box;
    return [{ ...c, box: [b[f * 4], b[f * 4 + 1], b[f * 4 + 2], b[f * 4 + 3]] as const }];
  });
}
