import { describe, expect, it } from 'vitest';
import { boxFromKeypoints, cropToImage, poseScore, toPerson } from './pose-math';

describe('pose-math', () => {
  it('maps crop-normalised (y, x) to image-normalised coordinates', () => {
    const raw = new Float32Array(51);
    raw[0] = 0.5; raw[1] = 0.25; raw[2] = 0.8;
    const k = cropToImage(raw, { yMin: -0.5, xMin: 0.1, yMax: 1.5, xMax: 0.6, height: 2, width: 0.5 });
    expect(k[0].y).toBeCloseTo(0.5, 10);
    expect(k[0].x).toBeCloseTo(0.225, 10);
    expect(k[0].score).toBeCloseTo(0.8, 6);
  });
  it('scores as the mean of keypoints above 0.2', () => {
    const kps = [0.9, 0.7, 0.1].map((score) => ({ x: 0, y: 0, score }));
    expect(poseScore(kps)).toBeCloseTo(0.8, 10);
    expect(poseScore([{ x: 0, y: 0, score: 0.1 }])).toBe(0);
  });
  it('boxes only confident keypoints, in pixels', () => {
    expect(boxFromKeypoints([[10, 20, 0.9], [30, 60, 0.5], [500, 500, 0.05]])).toEqual([10, 20, 20, 40]);
    const p = toPerson([{ x: 0.5, y: 0.5, score: 0.9 }, { x: 1, y: 0.25, score: 0.9 }], { width: 200, height: 100 });
    expect(p.keypoints2d[1]).toEqual([200, 25, 0.9]);
    expect(p.box).toEqual([100, 25, 100, 25]);
  });
});
