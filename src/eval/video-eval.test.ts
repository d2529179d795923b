import { describe, expect, it } from 'vitest';
import { H36M } from '../core/skeleton';
import type { Pt } from './keypoints';
import { parseTruth, TruthError, type VideoTruth } from './truth';
import { evaluateVideo, predFromResult, truthFrameIndex, type PredFrame } from './video-eval';

const pts = (m: Record<number, number[]>): Pt[] => Array.from({ length: 17 }, (_, j) => m[j] ?? null);

describe('evaluateVideo (hand-computed)', () => {
  // Two decoded frames. Truth: frame 0 (compared), frame 1 (app found nobody), frame 7 (beyond the clip).
  const truth: VideoTruth = {
    source: { kind: 'labels' }, size: null,
    frames: [
      { i: 0, tS: null, headPx: 30, pose3d: null, kp2d: pts({ 0: [15, 15], 5: [0, 0], 12: [30, 40] }) },
      { i: 1, tS: null, headPx: 30, pose3d: null, kp2d: pts({ 5: [0, 0], 12: [30, 40] }) },
      { i: 7, tS: null, headPx: null, pose3d: null, kp2d: pts({ 5: [0, 0] }) },
    ],
  };
  // Frame 0: shoulder off by 5 px, hip by 12 px, nose below the confidence cut (null). Frame 1: no person.
  const pred: PredFrame[] = [
    { tMs: 0, kp2d: pts({ 5: [3, 4], 12: [30, 52] }), pose3d: null },
    { tMs: 100, kp2d: null, pose3d: null },
  ];
  const r = evaluateVideo(truth, pred);

  it('counts frames, misses and unscorable frames', () => {
    expect(r).toMatchObject({ frames: 2, truthFrames: 3, framesCompared: 1, missingFrames: 2, outsideClip: 1, noHeadSize: 1, noTorso: 1 });
  });
  it('PCKh@0.5 (threshold 15 px) and PCK@0.2 (torso 50 px → 10 px), mean of per-joint rates', () => {
    // PCKh: shoulder 1/2, hip 1/2 (12 < 15), nose 0/1 → 1/3. PCK@0.2: shoulder 1/2, hip 0/2, nose 0/1 → 1/6.
    expect(r.pckh05).toBeCloseTo(1 / 3, 12);
    expect(r.pck02).toBeCloseTo(1 / 6, 12);
    expect(r.perJoint2d[5]).toEqual({ pckh05: 0.5, pck02: 0.5, meanPx: 5 });
    expect(r.perJoint2d[12]).toEqual({ pckh05: 0.5, pck02: 0, meanPx: 12 });
    expect(r.perJoint2d[0].pckh05).toBe(0);
    expect(r.perJoint2d[0].meanPx).toBeNaN(); // never compared
    expect(r.perJoint2d[1].pckh05).toBeNaN(); // never labelled
    expect(r.meanErrPx).toBe(8.5);
    expect(r.mpjpeMm).toBeNaN();
    expect(r.errors3dMm).toBeNull();
  });
  it('fills the frame × joint matrix: error, miss (∞), no truth (NaN)', () => {
    const e = r.errors2dPx;
    expect(e.length).toBe(34);
    expect([e[5], e[12], e[0], e[17 + 5], e[17 + 12]]).toEqual([5, 12, Infinity, Infinity, Infinity]);
    expect(e[1]).toBeNaN();
    expect(e[17]).toBeNaN();
  });
});

describe('evaluateVideo 3D', () => {
  it('aligns roots (pelvis, else mid-hip) and gives MPJPE in mm and 3DPCK@150', () => {
    const g0 = pts({ [H36M.pelvis]: [1, 1, 3], [H36M.left_hip]: [1.1, 1, 3], [H36M.head]: [1, 1.5, 3] });
    // No pelvis label: the root is the middle of the hips (1, 0, 0).
    const g1 = pts({ [H36M.left_hip]: [0.9, 0, 0], [H36M.right_hip]: [1.1, 0, 0], [H36M.head]: [1, 0.5, 0] });
    const p0 = pts({ [H36M.pelvis]: [0, 0, 0], [H36M.left_hip]: [0.1, 0, 0.03], [H36M.head]: [0, 0.3, 0] });
    const p1 = pts({ [H36M.pelvis]: [0, 0, 0], [H36M.left_hip]: [-0.1, 0, 0], [H36M.right_hip]: [0.1, 0, 0], [H36M.head]: [0, 0.5, 0.1] });
    const r = evaluateVideo(
      { source: { kind: 'labels' }, size: null, frames: [{ i: 0, tS: null, headPx: null, kp2d: null, pose3d: g0 }, { i: 1, tS: null, headPx: null, kp2d: null, pose3d: g1 }] },
      [{ tMs: 0, kp2d: null, pose3d: p0 }, { tMs: 40, kp2d: null, pose3d: p1 }],
    );
    // Errors: f0 left hip 30, head 200; f1 hips 0, 0, head 100 → mean 330/5 = 66 mm; within 150: 4/5.
    expect(r.mpjpeMm).toBeCloseTo(66, 9);
    expect(r.pck3d150).toBeCloseTo(0.8, 12);
    expect(r.perJoint3d[H36M.head].mpjpeMm).toBeCloseTo(150, 9);
    expect(r.perJoint3d[H36M.head].pck150).toBe(0.5);
    expect(r.perJoint3d[H36M.pelvis].mpjpeMm).toBeNaN(); // the root is not scored
    expect(r.errors3dMm![H36M.left_hip]).toBeCloseTo(30, 3);
    expect(r.pckh05).toBeNaN();
    // PA-MPJPE: frame 0 shares only two scored joints (skipped); frame 1's tilted head is partly aligned away.
    expect(r.pampjpeMm).toBeGreaterThan(0);
    expect(r.pampjpeMm).toBeLessThan(100 / 3);
  });

  it('PA-MPJPE removes a global rotation, size and offset that MPJPE counts', () => {
    const g = pts({ [H36M.pelvis]: [0, 0, 3], [H36M.left_hip]: [0.1, 0, 3], [H36M.right_hip]: [-0.1, 0, 3], [H36M.head]: [0, 0.6, 3.1], [H36M.left_knee]: [0.12, -0.45, 3.05] });
    const c = Math.cos(0.5), sn = Math.sin(0.5);
    // The same pose turned 0.5 rad about the vertical, 20 % larger, elsewhere; one joint not found.
    const p = g.map((q, j) => (q && j !== H36M.left_knee ? [1.2 * (c * q[0] + sn * (q[2] - 3)) + 2, 1.2 * q[1] - 1, 1.2 * (-sn * q[0] + c * (q[2] - 3)) + 5] : null));
    const r = evaluateVideo({ source: { kind: 'labels' }, size: null, frames: [{ i: 0, tS: null, headPx: null, kp2d: null, pose3d: g }] }, [{ tMs: 0, kp2d: null, pose3d: p }]);
    expect(r.mpjpeMm).toBeGreaterThan(20);
    expect(r.pampjpeMm).toBeCloseTo(0, 6);
  });
});

describe('truthFrameIndex', () => {
  const t = [0, 33.3, 66.7, 100];
  it('maps an index, or a time to the nearest frame within half a frame', () => {
    expect(truthFrameIndex({ i: 3, tS: null }, t)).toBe(3);
    expect(truthFrameIndex({ i: 4, tS: null }, t)).toBe(-1);
    expect(truthFrameIndex({ i: null, tS: 0.07 }, t)).toBe(2);
    expect(truthFrameIndex({ i: null, tS: 0.2 }, t)).toBe(-1);
  });
});

describe('parseTruth', () => {
  it('reads coach-truth/1 JSON with nulls, COCO v = 0, time-named frames', () => {
    const kp = Array.from({ length: 17 }, (_, j) => (j === 3 ? [5, 6, 0] : j === 4 ? null : [j, 2 * j]));
    const t = parseTruth(JSON.stringify({ format: 'coach-truth/1', video: { width: 720, height: 1280 }, frames: [{ frame: 2, keypoints2d: kp, headSizePx: 40 }, { t: 1.5, keypoints2d: null }] }));
    expect(t.size).toEqual({ width: 720, height: 1280 });
    expect(t.frames[0]).toMatchObject({ i: 2, tS: null, headPx: 40, pose3d: null });
    expect(t.frames[0].kp2d![3]).toBeNull();
    expect(t.frames[0].kp2d![4]).toBeNull();
    expect(t.frames[0].kp2d![5]).toEqual([5, 10]);
    expect(t.frames[1]).toMatchObject({ i: null, tS: 1.5, kp2d: null });
  });
  it('reads the long CSV: 2D by COCO name, 3D by H36M name, empty = unlabelled', () => {
    const t = parseTruth('# comment\nframe,joint,x_px,y_px,x_m,y_m,z_m\n0,nose,10,20,,,\n0,pelvis,,,0,0.9,3\n0,left_hip,100,200,0.1,0.9,3\n1,nose,,,,,\n');
    expect(t.frames).toHaveLength(2);
    expect(t.frames[0].kp2d![0]).toEqual([10, 20]);
    expect(t.frames[0].kp2d![11]).toEqual([100, 200]);
    expect(t.frames[0].pose3d![H36M.pelvis]).toEqual([0, 0.9, 3]);
    expect(t.frames[0].pose3d![H36M.left_hip]).toEqual([0.1, 0.9, 3]);
    expect(t.frames[1].kp2d).toBeNull();
  });
  it('takes a coach-analysis/1 result as a model reference (confident joints only)', () => {
    const kp = Array.from({ length: 17 }, (_, j) => [j, j, j === 0 ? 0.3 : 0.9]);
    const t = parseTruth(JSON.stringify({ format: 'coach-analysis/1', model: 'movenet-thunder', video: { width: 10, height: 20 }, frames: [{ i: 0, tMs: 0, persons: [{ keypoints2d: kp }] }, { i: 1, tMs: 33, persons: [] }] }));
    expect(t.source).toEqual({ kind: 'model', model: 'movenet-thunder' });
    expect(t.frames[0].kp2d![0]).toBeNull();
    expect(t.frames[0].kp2d![1]).toEqual([1, 1]);
    expect(t.frames[1].kp2d).toBeNull();
  });
  it.each([
    ['{not json', /not valid JSON/],
    ['{"format":"x"}', /"format" must be "coach-truth\/1"/],
    ['{"format":"coach-truth/1","frames":[{"frame":0,"keypoints2d":[[1,2]]}]}', /frames\[0\]\.keypoints2d must be 17 points/],
    ['{"format":"coach-truth/1","frames":[{"keypoints2d":null}]}', /needs "frame"/],
    ['{"format":"coach-truth/1","frames":[{"frame":0,"keypoints2d":null}]}', /labels no joint/],
    ['frame,joint,x_px,y_px\n0,elbow,1,2\n', /line 2: "elbow" is not a COCO-17 joint/],
    ['frame,joint,x_px,y_px\n0,nose,1,\n', /line 2: x_px,y_px must all be numbers or all empty/],
    ['a,b\n', /header has "frame"/],
  ])('rejects %j with a clear message', (text, msg) => {
    expect(() => parseTruth(text)).toThrow(TruthError);
    expect(() => parseTruth(text)).toThrow(msg);
  });
});

describe('predFromResult', () => {
  it('cuts joints under the confidence threshold and keeps frames without a person', () => {
    const kp = Array.from({ length: 17 }, (_, j) => [j, j, j === 2 ? 0.1 : 0.5]);
    const p = predFromResult({ frames: [{ tMs: 0, persons: [{ keypoints2d: kp }] }, { tMs: 33, persons: [] }] });
    expect(p[0].kp2d![2]).toBeNull();
    expect(p[0].kp2d![3]).toEqual([3, 3]);
    expect(p[1]).toEqual({ tMs: 33, kp2d: null, pose3d: null });
  });
});
