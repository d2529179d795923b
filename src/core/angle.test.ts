import { describe, expect, it } from 'vitest';
import { angleBetweenDeg, degrees, elevationDeg, radians } from './angle';

describe('angle', () => {
  it('degrees and radians are inverse', () => {
    expect(degrees(Math.PI)).toBe(180);
    expect(radians(90)).toBeCloseTo(Math.PI / 2, 15);
    for (const d of [-720, -33.3, 0, 1e-9, 47, 359.99]) expect(degrees(radians(d))).toBeCloseTo(d, 10);
  });

  it('angle between vectors in degrees, 0 for a zero vector', () => {
    expect(angleBetweenDeg([1, 0, 0], [0, 2, 0])).toBeCloseTo(90, 12);
    expect(angleBetweenDeg([1, 1, 0], [-3, -3, 0])).toBeCloseTo(180, 4);
    expect(angleBetweenDeg([0, 0, 0], [1, 0, 0])).toBe(0);
  });

  it('elevation above the plane normal to up: signed, scale-free, NaN when undefined', () => {
    expect(elevationDeg([0, 5, 0], [0, 1, 0])).toBeCloseTo(90, 12);
    expect(elevationDeg([3, 0, 4], [0, 1, 0])).toBe(0);
    expect(elevationDeg([1, 1, 0], [0, 1, 0])).toBeCloseTo(45, 12);
    expect(elevationDeg([1, -1, 0], [0, 2, 0])).toBeCloseTo(-45, 12);
    // A tilted `up` (camera axes): 30° below +y towards +z.
    const up: [number, number, number] = [0, Math.cos(radians(30)), Math.sin(radians(30))];
    expect(elevationDeg(up, up)).toBeCloseTo(90, 6);
    expect(elevationDeg([0, 1, 0], up)).toBeCloseTo(60, 10);
    expect(elevationDeg([0, 0, 0], [0, 1, 0])).toBeNaN();
    expect(elevationDeg([1, 0, 0], [0, 0, 0])).toBeNaN();
  });
});
