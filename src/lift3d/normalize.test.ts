import { describe, expect, it } from 'vitest';
import { denormalizeScreen, fillMissingFrames, normalizeScreen } from './normalize';

describe('screen normalisation', () => {
  it('maps the frame to x ∈ [−1, 1] keeping the aspect ratio, and inverts exactly', () => {
    const px = Float32Array.from([0, 0, 0.9, 1080, 1920, 0.5, 540, 960, 0.1]);
    const n = normalizeScreen(px, 1080, 1920, 0.2);
    expect(Array.from(n.slice(0, 6))).toEqual([-1, -1920 / 1080, 0.9, 1, 1920 / 1080, 0.5].map(Math.fround));
    expect(n[6]).toBeCloseTo(0, 6);
    expect(n[7]).toBeCloseTo(0, 6);
    expect(n[8]).toBe(0); // below minScore
    const back = denormalizeScreen(n, 1080, 1920);
    for (const i of [0, 1, 3, 4, 6, 7]) expect(back[i]).toBeCloseTo(px[i], 3);
  });

  it('rejects a bad video size', () => {
    expect(() => normalizeScreen(new Float32Array(3), 0, 10, 0.2)).toThrow(/positive/);
  });

  it('fills frames without a person from the nearest earlier (or later) frame, score 0', () => {
    const seq = new Float32Array(4 * 51);
    const set = (f: number, x: number, s: number) => { for (let j = 0; j < 17; j++) seq.set([x, x + 1, s], f * 51 + j * 3); };
    set(0, 9, 0); set(1, 1, 0.8); set(2, 7, 0); set(3, 2, 0.9);
    fillMissingFrames(seq, 4);
    expect([seq[0], seq[1], seq[2]]).toEqual([1, 2, 0]);
    expect([seq[2 * 51], seq[2 * 51 + 1], seq[2 * 51 + 2]]).toEqual([1, 2, 0]);
    expect(seq[3 * 51]).toBe(2);
  });
});
