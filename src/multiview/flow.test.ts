import { describe, expect, it } from 'vitest';
import { hornSchunck, motionEnergy, type Gray } from './flow';

/** A smooth bright blob centred at (cx, cy) on a 48×32 frame. */
function blob(cx: number, cy: number): Gray {
  const w = 48, h = 32;
  const data = new Float32Array(w * h);
  for (let y = 0; y < h; y++) for (let x = 0; x < w; x++) data[y * w + x] = 200 * Math.exp(-((x - cx) ** 2 + (y - cy) ** 2) / 40);
  return { w, h, data };
}

describe('Horn–Schunck optical flow', () => {
  it('recovers the direction of a one-pixel move', () => {
    const { u, v } = hornSchunck(blob(20, 16), blob(21, 16));
    const i = 16 * 48 + 17; // on the blob's leading slope
    expect(u[i]).toBeGreaterThan(0.4);
    expect(Math.abs(v[i])).toBeLessThan(0.2);
    const down = hornSchunck(blob(20, 16), blob(20, 17));
    expect(down.v[13 * 48 + 20]).toBeGreaterThan(0.4);
  });

  it('motion energy is zero for a still frame and grows with the move', () => {
    expect(motionEnergy(blob(20, 16), blob(20, 16))).toBe(0);
    const small = motionEnergy(blob(20, 16), blob(20.5, 16));
    const large = motionEnergy(blob(20, 16), blob(22, 16));
    expect(small).toBeGreaterThan(0);
    expect(large).toBeGreaterThan(small);
  });
});
