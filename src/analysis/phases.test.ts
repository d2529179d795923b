import { describe, expect, it } from 'vitest';
import { directionBits, edgeResponse, majorityFilter, phaseEdges } from './phases';
import { pruneByRom, segmentReps } from './reps';
import { makeRng } from '../core/rng';
import { DEFAULT_THRESHOLDS } from './thresholds';

const bits = (s: string) => Uint8Array.from(s, (c) => Number(c));
const str = (b: Uint8Array) => Array.from(b).join('');

describe('phase detection (MobiDev deadlift rep counter)', () => {
  it('neighbour comparison gives 1 going up, 0 going down, and holds through a dead band', () => {
    expect(str(directionBits([0, 1, 2, 3, 2, 1, 0], 1, 0.1))).toBe('1111000'); // the peak holds the last phase
    expect(str(directionBits([0, 1, 2, 2, 2, 2, 2], 1, 0.1))).toBe('1111111');
  });

  it('majority window removes isolated flips', () => {
    expect(str(majorityFilter(bits('11110111100001000'), 5))).toBe('11111111100000000');
  });

  it('edge kernel peaks at ±h exactly at clean phase changes', () => {
    const b = bits('000000111111000000');
    const r = edgeResponse(b, 3);
    expect(r[6]).toBe(3);
    expect(r[12]).toBe(-3);
    expect(Math.max(...r)).toBe(3);
    expect(phaseEdges(b, 3)).toEqual([{ frame: 6, kind: 'bottom' }, { frame: 12, kind: 'top' }]);
    expect(phaseEdges(bits('0001100000'), 3)).toEqual([]);
  });
});

describe('rep segmentation', () => {
  const t = DEFAULT_THRESHOLDS;
  const wave = (reps: number, amp: number, noise: number, seed = 1) => {
    const g = makeRng(seed);
    const fps = 30, n = fps * (2 + reps * 3);
    return Float64Array.from({ length: n }, (_, i) => {
      const s = i / fps - 1;
      const k = Math.floor(s / 3), u = s - k * 3;
      const d = s < 0 || k >= reps || u > 2 ? 0 : 0.5 * (1 - Math.cos(Math.PI * u));
      return 1 - amp * d + noise * g.normal();
    });
  };

  it('counts noisy reps exactly and finds start < bottom < end', () => {
    for (const seed of [1, 2, 3]) {
      const seg = segmentReps(wave(5, 0.4, 0.01, seed), { fps: 30, minRom: 0.17, needDescent: true, thresholds: t });
      expect(seg.reps).toHaveLength(5);
      for (const r of seg.reps) expect(r.start < r.bottom && r.bottom < r.end && r.end <= r.top).toBe(true);
    }
  });

  it('makes no ghost reps from noise or movements below the minimum range', () => {
    expect(segmentReps(wave(0, 0, 0.02), { fps: 30, minRom: 0.17, needDescent: true, thresholds: t }).reps).toHaveLength(0);
    expect(segmentReps(wave(4, 0.1, 0.01), { fps: 30, minRom: 0.17, needDescent: true, thresholds: t }).reps).toHaveLength(0);
  });

  it('rejects dips faster than a rep (gait), keeps the same dip when slow', () => {
    const dips = (period: number) => Float64Array.from({ length: 300 }, (_, i) => 1 - 0.1 * (1 - Math.cos((2 * Math.PI * i) / period)));
    expect(segmentReps(dips(12), { fps: 30, minRom: 0.12, needDescent: true, thresholds: t }).reps).toHaveLength(0);
    expect(segmentReps(dips(45), { fps: 30, minRom: 0.12, needDescent: true, thresholds: t }).reps.length).toBeGreaterThanOrEqual(5);
  });

  it('needs a descent for squats but not for a deadlift starting at the floor', () => {
    const pull = Float64Array.from({ length: 90 }, (_, i) => (i < 30 ? 20 : i < 60 ? 20 + (i - 30) * 2.3 : 89));
    expect(segmentReps(pull, { fps: 30, minRom: 30, needDescent: false, thresholds: t }).reps).toHaveLength(1);
    expect(segmentReps(pull, { fps: 30, minRom: 30, needDescent: true, thresholds: t }).reps).toHaveLength(0);
  });

  it('pruning keeps the deepest bottom when merging shallow wiggles', () => {
    const x = Float64Array.from([1, 0.4, 0.45, 0.38, 1]);
    const ex = pruneByRom(x, [{ frame: 0, kind: 'top' }, { frame: 1, kind: 'bottom' }, { frame: 2, kind: 'top' }, { frame: 3, kind: 'bottom' }, { frame: 4, kind: 'top' }], 0.2);
    expect(ex.map((e) => e.frame)).toEqual([0, 3, 4]);
  });
});
