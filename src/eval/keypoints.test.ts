import { describe, expect, it } from 'vitest';
import { evaluateCoco, parseCoco, type CocoAnnotation } from './coco';
import { addMpjpe, emptyMpjpe, headSizeFromFace, mpjpeOf, type Pt } from './keypoints';

/** COCO keypoints from a sparse {joint: [x, y]} map (others unlabelled, v = 0). */
function kp(points: Record<number, [number, number]>): number[] {
  return Array.from({ length: 17 }, (_, j) => (points[j] ? [...points[j], 2] : [0, 0, 0])).flat();
}
/** A 17-point prediction from a sparse map (others not found). */
function pred(points: Record<number, [number, number]>): Pt[] {
  return Array.from({ length: 17 }, (_, j) => points[j] ?? null);
}

describe('eval:keypoints on a hand-computed example', () => {
  // Image 1: person P, head box 30×40 (diagonal 50 → PCKh threshold 25 px), torso ls→rh = hypot(35, 100) = 105.95 (PCK@0.2 threshold 21.19 px).
  const P: CocoAnnotation = { image_id: 1, bbox: [70, 90, 60, 250], head_box: [0, 0, 30, 40],
    keypoints: kp({ 0: [100, 100], 5: [80, 150], 6: [120, 150], 11: [85, 250], 12: [115, 250], 13: [85, 330] }) };
  // Image 2: person A (missed: the only detection is far away), person B (found; no hips labelled, so no torso size).
  const A: CocoAnnotation = { image_id: 2, bbox: [470, 90, 60, 170], head_box: [0, 0, 60, 80],
    keypoints: kp({ 0: [500, 100], 5: [480, 150], 6: [520, 150], 11: [485, 250], 12: [515, 250] }) };
  const B: CocoAnnotation = { image_id: 2, bbox: [70, 90, 60, 70], head_box: [0, 0, 30, 40],
    keypoints: kp({ 0: [100, 100], 5: [80, 150], 6: [120, 150] }) };
  const coco = parseCoco({ images: [{ id: 1, file_name: 'p.jpg' }, { id: 2, file_name: 'ab.jpg' }], annotations: [P, A, B] });
  const detections = new Map([
    // errors: nose 10 ✓, l-shoulder 20 ✓, r-shoulder 30 ✗, l-hip 0 ✓, r-hip 24.9 (✓ PCKh, ✗ PCK@0.2), l-knee not found ✗
    [1, [pred({ 0: [106, 108], 5: [80, 170], 6: [150, 150], 11: [85, 250], 12: [115, 274.9] })]],
    [2, [pred({ 0: [100, 100], 5: [80, 160], 6: [120, 150] })]],
  ]);

  it('matches people, skips unlabelled joints and counts the missed person as wrong', () => {
    const r = evaluateCoco(coco, detections);
    expect(r).toMatchObject({ images: 2, persons: 3, matched: 2, noHeadSize: 0, noTorso: 1 });
    // PCKh per joint: nose 2/3, l-sh 2/3, r-sh 1/3, l-hip 1/2, r-hip 1/2, l-knee 0/1; unlabelled joints NaN.
    const want = [2 / 3, NaN, NaN, NaN, NaN, 2 / 3, 1 / 3, NaN, NaN, NaN, NaN, 1 / 2, 1 / 2, 0, NaN, NaN, NaN];
    r.perJoint.forEach((v, j) => (Number.isNaN(want[j]) ? expect(v).toBeNaN() : expect(v).toBeCloseTo(want[j], 10)));
    expect(r.pckh05).toBeCloseTo(4 / 9, 10);
    // PCK@0.2 (P and A have a torso): nose 1/2, l-sh 1/2, r-sh 0, l-hip 1/2, r-hip 0, l-knee 0 → 1.5 / 6.
    expect(r.pck02).toBeCloseTo(0.25, 10);
  });

  it('an image with no detections at all (a missing frame) makes its people misses', () => {
    const r = evaluateCoco(coco, new Map([[1, detections.get(1)!]]));
    expect(r.matched).toBe(1);
    expect(r.perJoint[0]).toBeCloseTo(1 / 3, 10);
  });

  it('rejects malformed files with a readable message', () => {
    expect(() => parseCoco({ images: [] })).toThrow(/annotations/);
    expect(() => parseCoco({ images: [{ id: 1, file_name: 'x' }], annotations: [{ image_id: 1, keypoints: [1, 2] }] })).toThrow(/17 × \[x, y, v\]/);
  });

  it('head size without a head box comes from the ears, eyes or nose → ear (profile views)', () => {
    expect(headSizeFromFace(pred({ 3: [0, 0], 4: [20, 0] }))).toBeCloseTo(20 * Math.SQRT2, 10);
    expect(headSizeFromFace(pred({ 1: [0, 0], 2: [10, 0] }))).toBeCloseTo(20 * Math.SQRT2, 10);
    expect(headSizeFromFace(pred({ 0: [0, 0] }))).toBeNull();
    // Profile: the ears overlap (span 2), the nose is 9 px in front of the near ear → width 18.
    expect(headSizeFromFace(pred({ 0: [9, 0], 3: [0, 0], 4: [2, 0] }))).toBeCloseTo(18 * Math.SQRT2, 10);
  });
});

describe('MPJPE and 3DPCK over a video with gaps', () => {
  it('skips unlabelled joints and counts frames without a prediction apart', () => {
    const c = emptyMpjpe(2);
    addMpjpe(c, [[0, 0, 0], [0, 1000, 0]], [[100, 0, 0], [0, 1200, 0]]); // errors 100 (within 150) and 200
    addMpjpe(c, [[0, 0, 0], null], null); // frame without a result: 1 labelled joint missing, 1 unlabelled
    const m = mpjpeOf(c);
    expect(m.mean).toBe(150);
    expect(m.perJoint).toEqual([100, 200]);
    expect(m.missing).toBe(1);
    expect(m.pck).toBeCloseTo(1 / 3, 10);
  });
});
