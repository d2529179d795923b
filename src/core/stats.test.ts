import { describe, expect, it } from 'vitest';
import { median, movingMedian, movingPercentile, percentile } from './stats';

describe('order statistics', () => {
  it('percentile interpolates between ranks and skips NaN', () => {
    expect(percentile([0, 10], 90)).toBeCloseTo(9);
    expect(median([3, NaN, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(Number.isNaN(median([NaN]))).toBe(true);
  });

  it('running median drops a one-frame outlier and ignores NaN', () => {
    expect(Array.from(movingMedian([3, 3, 9, 3, NaN, 3], 1))).toEqual([3, 3, 3, 6, 3, 3]);
  });

  it('running low quantile over a window', () => {
    expect(Array.from(movingPercentile([1, 2, 3, 4, 5], 2, 25))).toEqual([1.5, 1.75, 2, 2.75, 3.5]);
    expect(Number.isNaN(movingPercentile([NaN, NaN], 1, 25)[0])).toBe(true);
  });
});
