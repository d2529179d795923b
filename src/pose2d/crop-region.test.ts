import { describe, expect, it } from 'vitest';
import { COCO } from '../core/skeleton';
import { CropRegionTracker, determineNextCropRegion, initCropRegion, LowPassFilter, torsoVisible, type NormKeypoint } from './crop-region';

const pose = (score = 0.9): NormKeypoint[] => Array.from({ length: 17 }, () => ({ x: 0.5, y: 0.5, score }));

/** A small standing person in the left part of a 1000×500 landscape frame. */
function smallPerson(): NormKeypoint[] {
  const k = pose();
  const set = (i: number, xPx: number, yPx: number) => { k[i] = { x: xPx / 1000, y: yPx / 500, score: 0.9 }; };
  for (let i = 0; i < 5; i++) set(i, 200, 150);
  set(COCO.left_shoulder, 210, 200); set(COCO.right_shoulder, 190, 200);
  set(COCO.left_elbow, 215, 240); set(COCO.right_elbow, 185, 240);
  set(COCO.left_wrist, 215, 270); set(COCO.right_wrist, 185, 270);
  set(COCO.left_hip, 205, 300); set(COCO.right_hip, 195, 300);
  set(COCO.left_knee, 205, 350); set(COCO.right_knee, 195, 350);
  set(COCO.left_ankle, 205, 400); set(COCO.right_ankle, 195, 400);
  return k;
}

describe('initCropRegion', () => {
  it('first frame of a landscape video: centred square of full height', () => {
    const r = initCropRegion(true, { width: 1000, height: 500 });
    expect(r).toMatchObject({ yMin: 0, yMax: 1, xMin: 0.25, xMax: 0.75, width: 0.5, height: 1 });
  });
  it('lost track in a landscape video: whole image padded to a square', () => {
    const r = initCropRegion(false, { width: 1000, height: 500 });
    expect(r).toMatchObject({ xMin: 0, xMax: 1, yMin: -0.5, yMax: 1.5, height: 2, width: 1 });
  });
  it('portrait video mirrors the rules', () => {
    expect(initCropRegion(true, { width: 500, height: 1000 })).toMatchObject({ xMin: 0, width: 1, yMin: 0.25, height: 0.5 });
    expect(initCropRegion(false, { width: 500, height: 1000 })).toMatchObject({ yMin: 0, height: 1, xMin: -0.5, width: 2 });
  });
});

describe('determineNextCropRegion', () => {
  it('centres a square on the hips sized from torso (x1.9) and body (x1.2) ranges', () => {
    const r = determineNextCropRegion(null, smallPerson(), { width: 1000, height: 500 });
    // hip centre (200, 300); max body y-range = |300-150| = 150 → half = max(1.9*100, 1.2*150) = 190
    expect(r.xMin * 1000).toBeCloseTo(200 - 190, 6);
    expect(r.yMin * 500).toBeCloseTo(300 - 190, 6);
    expect(r.width * 1000).toBeCloseTo(380, 6);
    expect(r.height * 500).toBeCloseTo(380, 6);
  });
  it('falls back to the padded full image when the torso is not visible', () => {
    const k = smallPerson();
    k[COCO.left_hip].score = 0.1; k[COCO.right_hip].score = 0.1;
    expect(torsoVisible(k)).toBe(false);
    expect(determineNextCropRegion({ yMin: 0, xMin: 0, yMax: 1, xMax: 1, height: 1, width: 1 }, k, { width: 1000, height: 500 }))
      .toEqual(initCropRegion(false, { width: 1000, height: 500 }));
  });
  it('ignores low-confidence limbs for the body range', () => {
    const k = smallPerson();
    k[COCO.left_ankle] = { x: 0.99, y: 0.99, score: 0.05 };
    const r = determineNextCropRegion(null, k, { width: 1000, height: 500 });
    expect(r.width * 1000).toBeCloseTo(380, 6);
  });
});

describe('LowPassFilter and CropRegionTracker', () => {
  it('filters y += 0.9 (x - y)', () => {
    const f = new LowPassFilter(0.9);
    expect(f.apply(10)).toBe(10);
    expect(f.apply(20)).toBeCloseTo(19, 10);
  });
  it('starts with the centre crop, then tracks and resets', () => {
    const size = { width: 1000, height: 500 };
    const t = new CropRegionTracker();
    expect(t.current(size)).toEqual(initCropRegion(true, size));
    t.update(smallPerson(), size);
    const r = t.current(size);
    expect(r.xMin * 1000).toBeCloseTo(10, 6);
    t.reset();
    expect(t.current(size)).toEqual(initCropRegion(true, size));
  });
});
