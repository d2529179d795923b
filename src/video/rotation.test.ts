import { describe, expect, it } from 'vitest';
import { addRotations, rotatedSize, rotationFromMatrix } from './rotation';

const F = 65536;
describe('rotationFromMatrix', () => {
  it('reads the common phone rotations', () => {
    expect(rotationFromMatrix([F, 0, 0, 0, F, 0, 0, 0, 1 << 30])).toBe(0);
    expect(rotationFromMatrix([0, F, 0, -F, 0, 0, 0, 0, 1 << 30])).toBe(90);
    expect(rotationFromMatrix([-F, 0, 0, 0, -F, 0, 0, 0, 1 << 30])).toBe(180);
    expect(rotationFromMatrix([0, -F, 0, F, 0, 0, 0, 0, 1 << 30])).toBe(270);
    expect(rotationFromMatrix(undefined)).toBe(0);
  });
  it('adds the movie and track rotations', () => {
    expect(addRotations(90, 270)).toBe(0);
    expect(addRotations(180, 90)).toBe(270);
  });
  it('swaps width and height for quarter turns', () => {
    expect(rotatedSize(1920, 1080, 90)).toEqual({ width: 1080, height: 1920 });
    expect(rotatedSize(1920, 1080, 180)).toEqual({ width: 1920, height: 1080 });
  });
});
