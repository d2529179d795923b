import { describe, expect, it } from 'vitest';
import type { Frame2D, Person2D } from '../core/types';
import { splitPeople } from './people';

/** A standing person at x, hips at height `hipY` px (y down), seen in this frame. */
const person = (x: number, hipY: number): Person2D => ({
  id: 0, score: 0.9, box: [x - 40, 100, 80, 400],
  keypoints2d: Array.from({ length: 17 }, (_, j) => [x + (j % 2 ? 20 : -20), j >= 11 && j <= 12 ? hipY : 100 + 25 * j, 0.9] as const),
});

describe('splitPeople', () => {
  // 60 frames at 30 fps: a squatter on the left (hips 300 → 420 px and back), a person standing still on
  // the right, and a 3-frame false detection far away.
  const frames: Frame2D[] = Array.from({ length: 60 }, (_, i) => ({
    i, tMs: (i * 1000) / 30,
    persons: [person(600, 300), person(200, 300 + 120 * Math.sin((Math.PI * i) / 30) ** 2), ...(i < 3 ? [person(1000, 300)] : [])],
  }));
  const { athleteId, people } = splitPeople(frames);

  it('keeps everyone seen long enough, the athlete first, with one full-length track each', () => {
    expect(people.map((p) => p.framesSeen)).toEqual([60, 60]);
    expect(people[0].id).toBe(athleteId);
    expect(people[0].box[0] + people[0].box[2] / 2).toBeCloseTo(200, 0);
    for (const p of people) {
      expect(p.track.frames).toBe(60);
      expect([...p.track.personId].every((id) => id === p.id)).toBe(true);
    }
  });

  it('a frame without the person stays empty in their track', () => {
    const gap = frames.map((f, i) => (i === 10 ? { ...f, persons: f.persons.slice(0, 1) } : f));
    const squatter = splitPeople(gap).people.find((p) => Math.abs(p.box[0] + p.box[2] / 2 - 200) < 5)!;
    expect(squatter.track.personId[10]).toBe(-1);
    expect(squatter.framesSeen).toBe(59);
  });
});
