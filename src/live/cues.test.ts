/** Live cues (issue 11): no cue and no rep without a confident person; a shown cue clears. The cues'
 * agreement with the review on mocap faults is tools/eval/live-cues.mocap.test.ts. */
import { describe, expect, it } from 'vitest';
import { resolveThresholds } from '../analysis/thresholds';
import type { Check, Mistake } from '../analysis/types';
import { confidentPerson, cueOf, RepCoach, type LiveCue } from './cues';

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
    const shown: LiveCue = { kind: 'knee_valgus', severity: 0.5, level: 'moderate', message: 'm', rep: 1, sure: true };
    Object.assign(coach, { cue: shown, cueS: 1 });
    const pose = new Float32Array(51);
    expect(coach.push({ tS: 1.5, pose, keypoints2d: null, scores: new Float32Array(17) })).toBe(shown);
    expect(coach.push({ tS: 1.6, pose: null, keypoints2d: null, scores: new Float32Array(17) })).toBeNull();
    Object.assign(coach, { cue: shown, cueS: 1 });
    expect(coach.push({ tS: 3.5, pose, keypoints2d: null, scores: new Float32Array(17) })).toBeNull();
  });
});

describe('which finding becomes the live cue', () => {
  const finding = (kind: Mistake['kind'], score: number): Mistake => ({ kind, startS: 0, endS: 1, rep: 0, severity: 'moderate', score, confidence: 0.8, evidence: '2d', message: kind });
  const checks: Check[] = [{ kind: 'knee_valgus', status: 'checked', reason: '' }, { kind: 'forward_lean', status: 'low_confidence', reason: 'film from the side' }];

  it('a finding of a check this view judges goes first, even when a rougher one scores higher', () => {
    const cue = cueOf([finding('forward_lean', 0.9), finding('knee_valgus', 0.2)], 3, checks)!;
    expect(cue).toMatchObject({ kind: 'knee_valgus', rep: 3, sure: true });
  });

  it('a finding of a low-confidence check alone is a cue that is not sure; no finding, no cue', () => {
    expect(cueOf([finding('forward_lean', 0.9)], 1, checks)).toMatchObject({ kind: 'forward_lean', sure: false });
    expect(cueOf([], 1, checks)).toBeNull();
  });
});
