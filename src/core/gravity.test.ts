import { describe, expect, it } from 'vitest';
import { combineUp, pitchRoll } from './gravity';

describe('combineUp', () => {
  it('weights frames by 1/σ², skips masked and invalid frames, reports the median σ', () => {
    const s = Math.SQRT1_2;
    const up = Float32Array.from([0, 1, 0, s, s, 0, 0, 1, 0, NaN, NaN, NaN]);
    const g = combineUp(up, Float32Array.from([1, 100, 1, 2]))!;
    expect(g.frames).toBe(3);
    expect(g.up[1]).toBeGreaterThan(0.9999);
    expect(g.sigmaDeg).toBe(1);
    const masked = combineUp(up, Float32Array.from([1, 1, 1, 1]), [false, true, false, true])!;
    expect(masked.up[0]).toBeCloseTo(s, 6);
    expect(combineUp(up, Float32Array.from([0, 0, 0, 0]))).toBeNull();
  });

  it('pitch is positive when the camera looks down, roll when up leans to image right', () => {
    const d = Math.PI / 180;
    expect(pitchRoll([0, Math.cos(20 * d), Math.sin(20 * d)]).pitchDeg).toBeCloseTo(20, 6);
    expect(pitchRoll([Math.sin(5 * d), Math.cos(5 * d), 0]).rollDeg).toBeCloseTo(5, 6);
  });
});
