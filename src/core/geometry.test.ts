import { describe, expect, it } from 'vitest';
import { degrees } from './angle';
import { applyMat, axisAngle, eulerDeg, mulMat, rotationBetween, rotX, rotY, rotZ, transformPoints, transpose, wrapAngle } from './geometry';
import { angleAt, angleBetween, cross, jointAt, normalize, rejectFrom } from './vec3';

describe('vec3 + geometry', () => {
  it('angles, cross products and projections', () => {
    expect(cross([1, 0, 0], [0, 1, 0])).toEqual([0, 0, 1]);
    expect(angleAt([1, 0, 0], [0, 0, 0], [0, 1, 0])).toBeCloseTo(Math.PI / 2);
    expect(angleBetween([0, 0, 0], [1, 0, 0])).toBe(0);
    expect(rejectFrom([1, 2, 3], [0, 1, 0])).toEqual([1, 0, 3]);
    expect(normalize([0, 0, 0])).toEqual([0, 0, 0]);
    expect(jointAt(Float32Array.of(0, 0, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9), 1, 1, 2)).toEqual([7, 8, 9]);
  });

  it('rotations: rotY turns +z towards +x; rotationBetween maps directions, also opposite ones', () => {
    const r = applyMat(rotY(Math.PI / 2), [0, 0, 1]);
    expect(r[0]).toBeCloseTo(1);
    for (const [a, b] of [[[0, 1, 0], [0.3, 0.9, -0.2]], [[0, 1, 0], [0, -1, 0]], [[1, 2, 3], [1, 2, 3]]] as [number, number, number][][]) {
      const m = rotationBetween(a, b);
      applyMat(m, normalize(a)).forEach((v, i) => expect(v).toBeCloseTo(normalize(b)[i], 6));
      mulMat(m, transpose(m)).forEach((v, i) => expect(v).toBeCloseTo(i % 4 === 0 ? 1 : 0, 6));
    }
    expect(Array.from(transformPoints([1, 0, 0, 0, 0, 1], axisAngle([0, 1, 0], Math.PI / 2))).map((v) => Math.round(v))).toEqual([0, 0, -1, 1, 0, 0]);
    expect(wrapAngle(3 * Math.PI)).toBeCloseTo(Math.PI);
    expect(wrapAngle(-Math.PI / 2 - 2 * Math.PI)).toBeCloseTo(-Math.PI / 2);
  });

  it('Euler angles (Acclaim order string): the first axis is applied first', () => {
    const [x, y, z] = [0.3, -1.1, 2.0];
    const want = mulMat(rotZ(z), mulMat(rotY(y), rotX(x)));
    eulerDeg('XYZ', [x, y, z].map(degrees)).forEach((v, i) => expect(v).toBeCloseTo(want[i], 12));
    eulerDeg('zyx', [90, 0, 0]).forEach((v, i) => expect(v).toBeCloseTo(rotZ(Math.PI / 2)[i], 12));
    expect(() => eulerDeg('XQZ', [0, 0, 0])).toThrow(/unknown rotation axis 'q'/);
  });
});
