import { describe, expect, it } from 'vitest';
import { median, pairedRatio, round, summarize } from './stats';

describe('bench stats', () => {
  it('median of odd and even counts', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(() => median([])).toThrow(/no samples/);
  });
  it('summarize reports spread relative to the median and drops non-finite runs', () => {
    const s = summarize([10, 12, 8, Number.NaN]);
    expect(s).toMatchObject({ median: 10, min: 8, max: 12, n: 3 });
    expect(s.spread).toBeCloseTo(0.4);
  });
  it('paired ratio cancels a common drift between rounds', () => {
    // b drifts 2x slower in round 2, a drifts the same way: the paired ratio stays 1.5
    expect(pairedRatio([30, 15, 30], [20, 10, 20])).toBeCloseTo(1.5);
    expect(pairedRatio([30, 30], [20])).toBeCloseTo(1.5);
  });
  it('rounds to decimals', () => {
    expect(round(1.23456, 2)).toBe(1.23);
  });
});
