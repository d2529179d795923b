import { describe, expect, it } from 'vitest';
import { circularMedian, derivative, fillGaps, median, movingMedian, percentile, robustSigma, smooth } from './signal';
import { viewLabel, VIEW_NEEDS } from './view';
import { classifyExercise, squatScore } from './exercise';
import { flaggedEpisodes, momentWords } from './episodes';

describe('signal helpers', () => {
  it('robust statistics ignore NaN', () => {
    expect(median([3, NaN, 1, 2])).toBe(2);
    expect(percentile([0, 10], 90)).toBeCloseTo(9);
    expect(Number.isNaN(median([NaN]))).toBe(true);
    expect(robustSigma([1, 1, 1, 1, 100])).toBe(0);
  });
  it('gap filling, spike removal, derivative, circular median', () => {
    expect(Array.from(fillGaps([NaN, 1, NaN, 3, NaN]))).toEqual([1, 1, 2, 3, 3]);
    expect(Array.from(movingMedian([0, 0, 9, 0, 0], 1))).toEqual([0, 0, 0, 0, 0]);
    expect(smooth([1, 1, 1, 50, 1, 1, 1], 1)[3]).toBeCloseTo(1);
    expect(Array.from(derivative([0, 1, 2], [0, 0.5, 1]))).toEqual([2, 2, 2]);
    expect(circularMedian([Math.PI - 0.1, -Math.PI + 0.1, Math.PI])).toBeCloseTo(Math.PI);
  });
});

describe('view needs and labels', () => {
  it('valgus wants frontal views, spine side views', () => {
    expect(viewLabel(10)).toBe('front');
    expect(viewLabel(-100)).toBe('side');
    expect(viewLabel(170)).toBe('rear');
    expect(VIEW_NEEDS.knee_valgus.confidence(0)).toBeCloseTo(1);
    expect(VIEW_NEEDS.knee_valgus.confidence(180)).toBeCloseTo(1);
    expect(VIEW_NEEDS.knee_valgus.confidence(-45)).toBeCloseTo(0.583, 3);
    expect(VIEW_NEEDS.knee_valgus.confidence(135)).toBeCloseTo(0.583, 3);
    expect(VIEW_NEEDS.knee_valgus.confidence(90)).toBe(0);
    expect(VIEW_NEEDS.spine_angle.confidence(-90)).toBeCloseTo(1);
    expect(VIEW_NEEDS.spine_angle.confidence(25)).toBeCloseTo(0.5);
    expect(VIEW_NEEDS.spine_angle.confidence(180)).toBeCloseTo(0.4);
  });
});

describe('exercise score and episodes', () => {
  it('upright + deep knees + hands high = squat; folded torso + hands low = hinge', () => {
    expect(squatScore({ spineDeg: 55, kneeDeg: 70, wristAboveKneeLeg: 0.5 })).toBeGreaterThan(2);
    expect(squatScore({ spineDeg: 25, kneeDeg: 115, wristAboveKneeLeg: -0.05 })).toBeLessThan(-1);
    expect(classifyExercise([{ spineDeg: 25, kneeDeg: 115, wristAboveKneeLeg: -0.05 }]).exercise).toBe('deadlift');
  });
  it('merges flagged runs per rep and names the moment', () => {
    const reps = [{ start: 0, bottom: 10, top: 20, end: 18 }];
    const flags = Array.from({ length: 30 }, (_, i) => (i >= 8 && i <= 9) || (i >= 11 && i <= 13) || i === 25);
    const bad = Array.from({ length: 30 }, (_, i) => (i === 12 ? 5 : 1));
    const e = flaggedEpisodes(flags, bad, reps, 2, 1);
    expect(e).toEqual([{ start: 8, end: 13, peak: 12, rep: 0 }]);
    expect(momentWords(reps, 12)).toBe('at the bottom of rep 1');
    expect(momentWords(reps, 2)).toBe('on the way down of rep 1');
    expect(momentWords(reps, 28)).toBe('outside the reps');
  });
});
