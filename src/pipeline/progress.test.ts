import { describe, expect, it } from 'vitest';
import { EtaEstimator, formatEta } from './progress';

describe('EtaEstimator', () => {
  it('estimates speed and time left from frame ticks', () => {
    const e = new EtaEstimator(0.5);
    expect(e.progress('detecting', 0, 100).etaS).toBeNull();
    [0, 100, 200, 300].forEach((t) => e.tick(t));
    const p = e.progress('detecting', 4, 100);
    expect(p.fps).toBeCloseTo(10, 6);
    expect(p.etaS).toBeCloseTo(9.6, 6);
    expect(p.fraction).toBeCloseTo(0.04, 6);
  });
  it('has no ETA when the total is unknown', () => {
    const e = new EtaEstimator();
    e.tick(0); e.tick(50);
    expect(e.progress('detecting', 2, null)).toMatchObject({ etaS: null, fraction: null, fps: 20 });
  });
  it('formats minutes:seconds', () => {
    expect(formatEta(65.4)).toBe('1:05');
    expect(formatEta(null)).toBe('–');
  });
});
