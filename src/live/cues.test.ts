/** Live cues (issue 11): no cue and no rep without a confident person; a shown cue clears. The cues'
 * agreement with the review on mocap faults is tools/eval/live-cues.mocap.test.ts. */
import { describe, expect, it } from 'vitest';
import { resolveThresholds } from '../analysis/thresholds';
import { confidentPerson, RepCoach, type LiveCue } from './cues';

const T = resolveThresholds();

describe('no cue and no rep without a confident person (issue 11)', () => {
  const person = (score: number, heightPx = 400): number[][] => Array.from({ length: 17 }, (_, j) => [100, 100 + (j / 16) * heightPx, score]);

  it('a low-scored scatter (empty room) or a tiny figure is not a person; a clear body is', () => {
    expect(confidentPerson(person(0.9), 720, T)).toBe(true);
    expect(confidentPerson(person(0.3), 720, T)).toBe(false);
    expect(confidentPerson(person(0.9, 50), 720, T)).toBe(false);
    expect(confidentPerson([], 720, T)).toBe(false);
  });

  it('a cue on screen disappears as soon as the person is gone, and after holdS otherwise', () => {
    const coach = new RepCoach('squat', T, { holdS: 2 });
    const shown: LiveCue = { kind: 'knee_valgus', severity: 0.5, level: 'moderate', message: 'm', rep: 1 };
    Object.assign(coach, { cue: shown, cueS: 1 });
    const pose = new Float32Array(51);
    expect(coach.push({ tS: 1.5, pose, keypoints2d: null, scores: new Float32Array(17) })).toBe(shown);
    expect(coach.push({ tS: 1.6, pose: null, keypoints2d: null, scores: new Float32Array(17) })).toBeNull();
    Object.assign(coach, { cue: shown, cueS: 1 });
    expect(coach.push({ tS: 3.5, pose, keypoints2d: null, scores: new Float32Array(17) })).toBeNull();
  });
});
