import { describe, expect, it } from 'vitest';
import type { Phase, Progress } from '../pipeline/progress';
import { LIFT_EXPECTED_S, overallFraction, ProgressTracker } from './progress-model';

const rep = (phase: Phase, done: number, total: number): Progress => ({ phase, framesDone: done, framesTotal: total, fraction: done / total, fps: 30, etaS: null });

describe('progress over all stages', () => {
  it('glance fraction is monotonic across stages and ends at 1', () => {
    const seq = [rep('starting', 0, 1), rep('loading-model', 0, 100), rep('detecting', 10, 100), rep('detecting', 100, 100), rep('lifting', 100, 100), rep('analysing', 100, 100), rep('done', 100, 100)];
    const f = seq.map(overallFraction);
    for (let i = 1; i < f.length; i++) expect(f[i]).toBeGreaterThanOrEqual(f[i - 1]);
    expect(f.at(-1)).toBe(1);
  });

  it('predicts one end time through detection and the silent lifting stage; the bar never goes back', () => {
    const t = new ProgressTracker(true);
    const ends: number[] = [];
    const bars: number[] = [];
    let now = 0;
    t.update(rep('loading-model', 0, 200), 0);
    // 200 frames at 50 ms each (10 s, from 1 s), then lifting takes the expected time, analysis 0.5 s.
    for (let i = 0; i <= 200; i++) {
      now = 1000 + i * 50;
      t.update(rep('detecting', i, 200), now);
      const v = t.view(now);
      bars.push(v.fraction);
      if (v.etaS !== null && i > 20) ends.push(v.etaS + now / 1000);
    }
    t.update(rep('lifting', 200, 200), now);
    for (let k = 1; k <= 2 * LIFT_EXPECTED_S; k++) {
      now += 500;
      const v = t.view(now);
      bars.push(v.fraction);
      if (v.etaS !== null) ends.push(v.etaS + now / 1000);
      expect(v.etaS).not.toBeNull();
    }
    const realEnd = 1 + 10 + LIFT_EXPECTED_S + 0.5;
    for (const end of ends) expect(Math.abs(end - realEnd)).toBeLessThan(1.5);
    for (let i = 1; i < bars.length; i++) expect(bars[i]).toBeGreaterThanOrEqual(bars[i - 1]);
    expect(bars.at(-1)).toBeGreaterThan(0.9);
    expect(bars.at(-1)).toBeLessThan(1);
  });
});
