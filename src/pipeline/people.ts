/**
 * Several people in one clip: the multi-person detector's frames split into one 2D track per person
 * (identity tracking of src/multiview/people.ts), and the athlete among them — the person who performs
 * the exercise. Pure.
 */
import type { BoxPx, Frame2D } from '../core/types';
import { chooseAthlete, medianBox, trackPeople } from '../multiview/people';
import { Track2DBuilder, type Track2D } from './session';

/** One person of a multi-person clip: their 2D track over the whole clip (empty frames where unseen). */
export interface PersonTrack2D {
  /** The tracker's id (1, 2, … in order of appearance). */
  id: number;
  framesSeen: number;
  /** Median box over the frames they were seen in, px. */
  box: BoxPx;
  track: Track2D;
}

/**
 * A person seen in fewer frames than this share of the clip (or 10 frames) is a passing detection,
 * not someone to analyse (a reflection, a poster, a person crossing the background).
 */
export const MIN_SHARE_SEEN = 0.05;

/** Everyone seen long enough, athlete first; `athleteId` null when nobody was. */
export function splitPeople(frames: readonly Frame2D[]): { athleteId: number | null; people: PersonTrack2D[] } {
  const minFrames = Math.max(10, Math.ceil(MIN_SHARE_SEEN * frames.length));
  const tracks = trackPeople(frames).filter((t) => t.frames.length >= Math.min(minFrames, frames.length));
  const athleteId = chooseAthlete(tracks, frames.length);
  const people = tracks.map((t) => {
    const at = new Map(t.frames.map((f, k) => [f, t.persons[k]]));
    const b = new Track2DBuilder(frames.length);
    frames.forEach((f) => { const p = at.get(f.i); b.push({ i: f.i, tMs: f.tMs, persons: p ? [{ ...p, id: t.id }] : [] }); });
    return { id: t.id, framesSeen: t.frames.length, box: medianBox(t), track: b.build() };
  });
  people.sort((a, b) => Number(b.id === athleteId) - Number(a.id === athleteId));
  return { athleteId, people };
}
