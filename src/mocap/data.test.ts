import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { H36M, COCO } from '../core/skeleton';
import { findMocapClips, loadMocapClip, sharedDir } from './node';

const MOCAP = path.join(sharedDir(), 'data/mocap');
const have = existsSync(MOCAP);
if (!have) console.warn(`[mocap tests] skipped: shared mocap data not found at ${MOCAP} (set COACH_SHARED_DIR)`);

const joint = (a: Float32Array, f: number, j: number) => Array.from(a.subarray((f * 17 + j) * 3, (f * 17 + j) * 3 + 3));
const dist = (a: number[], b: number[]) => Math.hypot(a[0] - b[0], a[1] - b[1], a[2] - b[2]);

describe.skipIf(!have)('mocap corpus (shared data)', () => {
  it('finds every clip with its folder skeleton and subject', () => {
    const refs = findMocapClips(MOCAP);
    expect(refs.length).toBe(317);
    const r = refs.find((c) => c.amcPath.endsWith('13_29.amc'))!;
    expect(r.subject).toBe('cmu_13');
    expect(path.basename(r.asfPath)).toBe('13.asf');
    expect(refs.find((c) => c.amcPath.includes('HDM_bd_'))!.subject).toBe('hdm05_bd');
  });

  it('13_29 squat takes the pelvis from ~1.06 m to ~0.41 m with plausible bones', () => {
    const clip = loadMocapClip(path.join(MOCAP, 'cmu/13/13_29.amc'), { startFrame: 3805, endFrame: 4592 });
    expect(clip.frameCount).toBe(788);
    const ys = Array.from({ length: clip.frameCount }, (_, f) => joint(clip.h36m, f, H36M.pelvis)[1]);
    expect(Math.max(...ys)).toBeCloseTo(1.06, 1);
    expect(Math.min(...ys)).toBeCloseTo(0.41, 1);
    for (const f of [0, 400]) {
      const thigh = dist(joint(clip.h36m, f, H36M.left_hip), joint(clip.h36m, f, H36M.left_knee));
      const shin = dist(joint(clip.h36m, f, H36M.left_knee), joint(clip.h36m, f, H36M.left_ankle));
      expect(thigh).toBeGreaterThan(0.3); expect(thigh).toBeLessThan(0.6);
      expect(shin).toBeGreaterThan(0.3); expect(shin).toBeLessThan(0.6);
    }
  });

  it('builds COCO 3D keypoints: face above shoulders, eyes ahead of ears, hips higher and wider', () => {
    const clip = loadMocapClip(path.join(MOCAP, 'hdm05/bd/HDM_bd_squat1Reps_001_120.amc'), { fps: 30 });
    expect(clip.subject).toBe('hdm05_bd');
    const f = 0;
    const c = (j: number) => joint(clip.coco3d, f, j);
    const h = (j: number) => joint(clip.h36m, f, j);
    expect(c(COCO.nose)[1]).toBeGreaterThan(c(COCO.left_shoulder)[1] + 0.1);
    expect(dist(c(COCO.left_ear), c(COCO.right_ear))).toBeGreaterThan(0.1);
    expect(dist(c(COCO.left_ear), c(COCO.right_ear))).toBeLessThan(0.2);
    expect(c(COCO.left_hip)[1]).toBeGreaterThan(h(H36M.left_hip)[1]);
    expect(dist(c(COCO.left_hip), c(COCO.right_hip))).toBeGreaterThan(dist(h(H36M.left_hip), h(H36M.right_hip)));
    const midEar = [0, 1, 2].map((k) => (c(COCO.left_ear)[k] + c(COCO.right_ear)[k]) / 2);
    const midEye = [0, 1, 2].map((k) => (c(COCO.left_eye)[k] + c(COCO.right_eye)[k]) / 2);
    expect(dist(midEar, c(COCO.nose))).toBeGreaterThan(dist(midEye, c(COCO.nose)));
    expect(Math.min(...Array.from({ length: clip.frameCount }, (_, i) => joint(clip.h36m, i, H36M.left_ankle)[1]))).toBeGreaterThan(-0.1);
  });
});
