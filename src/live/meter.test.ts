import { describe, expect, it } from 'vitest';
import { FpsMeter, skippedBetween, smoothMs } from './meter';

describe('live meters', () => {
  it('fps over a sliding window', () => {
    const m = new FpsMeter(1000);
    expect(m.fps()).toBe(0);
    for (let i = 0; i <= 30; i++) m.tick(i * (1000 / 30));
    expect(m.fps()).toBeCloseTo(30, 5);
    // Slower frames later replace the old ones once they leave the window.
    for (let i = 1; i <= 20; i++) m.tick(1000 + i * 100);
    expect(m.fps()).toBeCloseTo(10, 5);
    m.reset();
    expect(m.fps()).toBe(0);
  });

  it('skipped frames are the gap in the presented-frame counter', () => {
    expect(skippedBetween(null, 7)).toBe(0);
    expect(skippedBetween(7, 8)).toBe(0);
    expect(skippedBetween(7, 10)).toBe(2);
    expect(skippedBetween(10, 10)).toBe(0);
  });

  it('smooths durations', () => {
    expect(smoothMs(NaN, 20)).toBe(20);
    expect(smoothMs(20, 30, 0.5)).toBe(25);
  });
});
