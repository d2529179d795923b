import { describe, expect, it } from 'vitest';
import { COCO } from '../core/skeleton';
import {
  BODY_HEIGHT_M, cameraRoots, focalPriorPx, medianRoot, priorIntrinsics, pxPerMetre, rawDepths, refineWithLifter, SEGMENT_SHARE,
} from './root-depth';

const W = 1920, H = 1080;
const CAM = priorIntrinsics(W, H); // f = 0.8 × 1920 = 1536 px, centre (960, 540)
const TORSO_M = SEGMENT_SHARE.torso * BODY_HEIGHT_M; // 0.4896 m
const THIGH_M = SEGMENT_SHARE.thigh * BODY_HEIGHT_M;
const SHANK_M = SEGMENT_SHARE.shank * BODY_HEIGHT_M;

/**
 * One standing person's COCO keypoints (x px, y px, score) seen at depth `z` m with the hips' midpoint
 * at (u, v) px; `thighShare` < 1 foreshortens the thighs (a squat seen from the front).
 */
function person(z: number, u: number, v: number, thighShare = 1): number[] {
  const s = CAM.f / z; // px per metre at that depth
  const kp = new Array<number>(51).fill(0);
  const set = (j: number, x: number, y: number) => { kp[j * 3] = x; kp[j * 3 + 1] = y; kp[j * 3 + 2] = 0.9; };
  const half = 0.1 * s;
  set(COCO.left_shoulder, u + half, v - TORSO_M * s); set(COCO.right_shoulder, u - half, v - TORSO_M * s);
  set(COCO.left_hip, u + half, v); set(COCO.right_hip, u - half, v);
  const knee = v + thighShare * THIGH_M * s;
  set(COCO.left_knee, u + half, knee); set(COCO.right_knee, u - half, knee);
  set(COCO.left_ankle, u + half, knee + SHANK_M * s); set(COCO.right_ankle, u - half, knee + SHANK_M * s);
  return kp;
}

const clip = (rows: number[][]) => Float32Array.from(rows.flat());

describe('root depth (RootNet-style: size + focal prior)', () => {
  it('focal prior: 0.8 × the long side, portrait or landscape', () => {
    expect(focalPriorPx(1920, 1080)).toBeCloseTo(1536, 6);
    expect(focalPriorPx(1080, 1920)).toBeCloseTo(1536, 6);
  });

  it('a person twice as far appears half the size: twice the depth', () => {
    const kp = clip([person(2.5, 700, 600), person(5, 1300, 560)]);
    // Torso 0.4896 m seen 1536 · 0.4896 / 2.5 = 300.8 px tall → 300.8 / 0.4896 = 614.4 px per metre.
    expect(pxPerMetre(kp, 0)).toBeCloseTo(614.4, 3);
    const z = rawDepths(kp, 2, CAM.f);
    expect(z[0]).toBeCloseTo(2.5, 5);
    expect(z[1]).toBeCloseTo(5, 5);
    expect(z[1] / z[0]).toBeCloseTo(2, 5);
  });

  it('foreshortened thighs (a squat) do not move the person: the longest segment counts', () => {
    const kp = clip([person(3, 960, 540, 0.3)]);
    expect(rawDepths(kp, 1, CAM.f)[0]).toBeCloseTo(3, 5);
  });

  it('back-projection: hips at the image centre give X = Y = 0; off-centre by (u − cx)·Z/f', () => {
    const roots = cameraRoots(clip([person(4, 960, 540), person(4, 960 + 192, 540 - 96)]), 2, CAM, { depthWindow: 1, centreWindow: 1 });
    expect(Array.from(roots.subarray(0, 3))).toEqual([0, 0, -4].map((v) => expect.closeTo(v, 5)));
    // 192 px right and 96 px up at 4 m through f = 1536 px: 0.5 m right, 0.25 m up.
    expect(Array.from(roots.subarray(3, 6))).toEqual([0.5, 0.25, -4].map((v) => expect.closeTo(v, 5)));
  });

  it('missing frames: nobody → NaN; hips unseen for a frame → filled from the neighbours', () => {
    const hidden = person(3, 960, 540);
    hidden[COCO.left_hip * 3 + 2] = 0.1; // hips below the score gate
    const rows = [person(3, 960, 540), person(3, 960, 540), hidden, person(3, 960, 540), new Array<number>(51).fill(0), person(3, 960, 540)];
    const roots = cameraRoots(clip(rows), rows.length, CAM, { depthWindow: 5, centreWindow: 3 });
    expect(Array.from(roots.subarray(6, 9))).toEqual([0, 0, -3].map((v) => expect.closeTo(v, 5)));
    expect(Array.from(roots.subarray(12, 15)).every(Number.isNaN)).toBe(true);
    expect(roots[17]).toBeCloseTo(-3, 5);
    expect(medianRoot(roots)).toEqual([0, 0, -3].map((v) => expect.closeTo(v, 5)));
    expect(medianRoot(new Float32Array(6).fill(NaN))).toBeNull();
  });

  it('a squat that makes the body look smaller (further) does not push the person back', () => {
    // Front view: at the bottom every segment is foreshortened; the raw depth reads 3 → 5 m for ~1 s of a 3 s window.
    const rows = [...Array(30).fill(3), ...Array(30).fill(5), ...Array(30).fill(3)].map((d) => person(d, 960, 540));
    const roots = cameraRoots(clip(rows), rows.length, CAM);
    for (let f = 0; f < rows.length; f++) expect(roots[f * 3 + 2]).toBeCloseTo(-3, 4);
  });


  it('lifter refinement keeps the size-based distance and the lifter motion', () => {
    // The person walks from 3 m to 4 m; the lifter sees the motion but at 0.8 × the distance (another focal prior).
    const n = 11;
    const truth = Array.from({ length: n }, (_, i) => 3 + i / (n - 1));
    const raw = truth.map((z, i) => z * (i === 5 ? 1.3 : 1)); // one noisy size measurement
    const lifterZ = truth.map((z) => -0.8 * z);
    const z = refineWithLifter(raw, lifterZ)!;
    truth.forEach((t, i) => expect(z[i]).toBeCloseTo(t, 6));
    const rows = truth.map((d) => person(d, 960, 540));
    const lifterRoot = truth.flatMap((d) => [0, 0, -0.8 * d]);
    const roots = cameraRoots(clip(rows), n, CAM, { lifterRoot });
    truth.forEach((t, i) => expect(roots[i * 3 + 2]).toBeCloseTo(-t, 4));
  });
});
