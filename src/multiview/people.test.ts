import { describe, expect, it } from 'vitest';
import type { Frame2D, Keypoint2D, Person2D } from '../core/types';
import { chooseAthlete, iou, trackPeople } from './people';

/** Standing COCO-17 pose (px) of a ~820 px tall person centred on x = 0, feet at y = 1060. */
const STAND: [number, number][] = [
  [0, 250], [12, 238], [-12, 238], [30, 245], [-30, 245], [60, 340], [-60, 340], [85, 470], [-85, 470],
  [80, 590], [-80, 590], [40, 640], [-40, 640], [45, 850], [-45, 850], [50, 1060], [-50, 1060],
];

/** A person at horizontal position `x`, squatting by `depth` px (hips, torso and head drop), scaled by `s`. */
function person(x: number, depth: number, s = 1, stride = 0, score = 0.9): Person2D {
  const kps: Keypoint2D[] = STAND.map(([px, py], k) => {
    const drop = k <= 12 ? depth : k <= 14 ? depth * 0.4 : 0;
    const step = k === 15 || k === 13 ? stride : k === 16 || k === 14 ? -stride : 0;
    return [x + s * (px + step), 1060 - s * (1060 - py - drop), 0.9];
  });
  const xs = kps.map((k) => k[0]), ys = kps.map((k) => k[1]);
  const box = [Math.min(...xs), Math.min(...ys), Math.max(...xs) - Math.min(...xs), Math.max(...ys) - Math.min(...ys)] as const;
  return { id: 0, box, score, keypoints2d: kps };
}

/** 6 s at 30 fps: the athlete squats at x = 400; a passer-by walks from x = 900 to x = −100 in front of them (slightly smaller, farther back). */
function scene(hideAthlete: (i: number) => boolean = () => false): { frames: Frame2D[] } {
  const frames: Frame2D[] = [];
  for (let i = 0; i < 180; i++) {
    const t = i / 30;
    const athlete = person(400, 200 * (0.5 - 0.5 * Math.cos(2 * Math.PI * t / 2)));
    const walker = person(900 - (1000 * i) / 179, 0, 0.9, 40 * Math.sin(2 * Math.PI * t), 0.8); // score tags who is who for the test
    // Detection order swaps halfway, as a detector's order carries no identity.
    const persons = hideAthlete(i) ? [walker] : i < 90 ? [athlete, walker] : [walker, athlete];
    frames.push({ i, tMs: (1000 * i) / 30, persons });
  }
  return { frames };
}

/** Identity switches: frames where a track's person changes between athlete and walker. */
function switches(tracks: ReturnType<typeof trackPeople>, isAthlete: (p: Person2D) => boolean): number {
  let n = 0;
  for (const t of tracks) for (let k = 1; k < t.persons.length; k++) if (isAthlete(t.persons[k]) !== isAthlete(t.persons[k - 1])) n++;
  return n;
}

describe('multi-person tracking', () => {
  it('keeps two people apart through a crossing (no identity switch) and picks the squatter as the athlete', () => {
    const { frames } = scene();
    const tracks = trackPeople(frames);
    expect(tracks).toHaveLength(2);
    const isAthlete = (p: Person2D) => p.score === 0.9;
    expect(switches(tracks, isAthlete)).toBe(0);
    const athleteTrack = tracks.find((t) => isAthlete(t.persons[0]))!;
    expect(athleteTrack.frames).toHaveLength(180);
    expect(chooseAthlete(tracks, frames.length)).toBe(athleteTrack.id);
  });

  it('a person hidden for 0.3 s keeps their id; gone longer than maxAge they come back as someone new', () => {
    const short = trackPeople(scene((i) => i >= 40 && i < 49).frames);
    expect(short).toHaveLength(2);
    const long = trackPeople(scene((i) => i >= 40 && i < 80).frames);
    expect(long).toHaveLength(3);
  });

  it('box IoU', () => {
    expect(iou([0, 0, 10, 10], [5, 0, 10, 10])).toBeCloseTo(50 / 150, 10);
    expect(iou([0, 0, 10, 10], [20, 0, 10, 10])).toBe(0);
  });
});
