import { describe, expect, it } from 'vitest';
import { synthSequence, viaCamera } from '../analysis/fixtures/synthetic';
import type { CoachResult } from '../core/result';
import { COCO } from '../core/skeleton';
import { withAnalysis } from '../pipeline/analysis';
import type { Session } from '../pipeline/session';
import { sessionFromResult } from '../pipeline/session-json';
import { SEGMENT_SHARE, BODY_HEIGHT_M } from '../lift3d/root-depth';
import { otherPeople3d } from './people-3d';

// 1280 × 720 video: focal prior f = 0.8 × 1280 = 1024 px, centre (640, 360).
const F = 1024;

/** COCO keypoints of a standing body at depth `z` m with the hips' midpoint at (u, v) px (other joints on the hips). */
function body(z: number, u: number, v: number): [number, number, number][] {
  const s = F / z;
  const kp = Array.from({ length: 17 }, () => [u, v, 0.9] as [number, number, number]);
  const torso = SEGMENT_SHARE.torso * BODY_HEIGHT_M * s, thigh = SEGMENT_SHARE.thigh * BODY_HEIGHT_M * s, shank = SEGMENT_SHARE.shank * BODY_HEIGHT_M * s;
  kp[COCO.left_shoulder] = [u + 20, v - torso, 0.9]; kp[COCO.right_shoulder] = [u - 20, v - torso, 0.9];
  kp[COCO.left_hip] = [u + 20, v, 0.9]; kp[COCO.right_hip] = [u - 20, v, 0.9];
  kp[COCO.left_knee] = [u + 20, v + thigh, 0.9]; kp[COCO.right_knee] = [u - 20, v + thigh, 0.9];
  kp[COCO.left_ankle] = [u + 20, v + thigh + shank, 0.9]; kp[COCO.right_ankle] = [u - 20, v + thigh + shank, 0.9];
  return kp;
}

/** One person's session: the synthetic squat as lifted 3D, seen at depth `z` with the hips at (u, v) px. */
function personSession(id: number, z: number, u: number, v: number): Session {
  const seq = viaCamera(synthSequence({ kind: 'squat', reps: 2, depth: 1 }));
  const frames = Array.from({ length: seq.frames }, (_, f) => ({
    i: f, tMs: seq.tMs[f],
    persons: [{ id, box: [u - 100, v - 300, 200, 600], score: 0.9, keypoints2d: body(z, u, v),
      pose3d: Array.from({ length: 17 }, (_, j) => [seq.pose3d[f * 51 + j * 3], seq.pose3d[f * 51 + j * 3 + 1], seq.pose3d[f * 51 + j * 3 + 2]]) }],
  }));
  const result = { format: 'coach-analysis/1', video: { file: 'two.mp4', width: 1280, height: 720, fps: seq.fps, frameCount: seq.frames, durationS: seq.frames / seq.fps },
    backend: 'wasm', model: 'movenet-multipose', frames, timingsMs: { decode: 0, detect2d: 0, total: 0 }, athleteId: id } as unknown as CoachResult;
  return sessionFromResult(result);
}

/** The athlete 3 m away at the image centre; the other person twice as far, 256 px to the right. */
function twoPeople(): Session {
  const athlete = personSession(1, 3, 640, 360);
  const other = personSession(2, 6, 640 + 256, 360);
  return { ...athlete, athleteId: 1, people: [{ id: 1, framesSeen: athlete.track.frames, box: [540, 60, 200, 600], session: athlete }, { id: 2, framesSeen: other.track.frames, box: [796, 60, 200, 600], session: other }] };
}

describe('other people in the 3D view (people mode)', () => {
  it('camera axes (no analysis): 1.5 m to the right and 3 m further back, feet on the floor', () => {
    const s = twoPeople();
    const [o] = otherPeople3d({ ...s, analysis: null });
    expect(o.id).toBe(2);
    // 256 px right at 6 m through f = 1024 px: X = 256 · 6 / 1024 = 1.5 m; the athlete at X = 0. Depth 6 vs 3 m: z 3 m lower.
    expect(o.root[0]).toBeCloseTo(1.5, 2);
    expect(o.root[2]).toBeCloseTo(-3, 2);
    expect(o.root[1]).toBeGreaterThan(0.5); // the pelvis above the floor (feet planted at y = 0)
    expect(o.pose.length).toBe(s.track.frames * 51);
  });

  it('in the analysis ground frame: the same distance, rotated with the athlete', () => {
    const s = withAnalysis(twoPeople(), {});
    expect(s.analysis).not.toBeNull();
    const [o] = otherPeople3d(s);
    // |d| = hypot(1.5, Y offset (360 − 360 = 0), 3) = 3.354 m; the ground rotation keeps lengths, and the offset lies almost in the floor plane.
    expect(Math.hypot(o.root[0], o.root[2])).toBeCloseTo(Math.hypot(1.5, 3), 1);
  });

  it('nobody else outside people mode or with one person', () => {
    const s = twoPeople();
    expect(otherPeople3d({ ...s, people: undefined })).toEqual([]);
    expect(otherPeople3d({ ...s, people: s.people!.slice(0, 1) })).toEqual([]);
  });
});
