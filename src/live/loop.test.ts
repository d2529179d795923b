/**
 * LiveLoop scheduling with browser parts replaced (no camera or MoveNet in Node): a video whose
 * requestVideoFrameCallback the test drives, a detector that returns an orthographic picture of the
 * frame's synthetic pose, and a lifter that returns that frame's ground-truth synthetic 3D pose.
 * Checks newest-frame-wins, one lift in flight overlapping the next detect, reps/cues reaching the
 * caller, and stop().
 */
import { describe, expect, it } from 'vitest';
import { H36M } from '../core/skeleton';
import type { Person2D } from '../core/types';
import { synthSequence, viaCamera } from '../analysis/fixtures/synthetic';
import type { PoseDetector2D } from '../pose2d/detector';
import type { PoseLifter } from '../lift3d/types';
import { LiveLoop, type LiveFrame } from './loop';

type Meta = { presentedFrames: number; mediaTime: number; captureTime: number };
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

class FakeVideo {
  videoWidth = 640;
  videoHeight = 360;
  frame = -1;
  private cb: ((now: number, m: Meta) => void) | null = null;
  requestVideoFrameCallback(cb: (now: number, m: Meta) => void) { this.cb = cb; return 1; }
  cancelVideoFrameCallback() { this.cb = null; }
  present(i: number) {
    this.frame = i;
    const cb = this.cb;
    this.cb = null;
    cb?.(performance.now(), { presentedFrames: i + 1, mediaTime: i / 30, captureTime: (i * 1000) / 30 });
  }
}

/** COCO-17 keypoint → the H36M joint it is drawn from (face points from the head). */
const COCO_FROM_H36M = [H36M.head, H36M.head, H36M.head, H36M.head, H36M.head, H36M.left_shoulder, H36M.right_shoulder, H36M.left_elbow, H36M.right_elbow,
  H36M.left_wrist, H36M.right_wrist, H36M.left_hip, H36M.right_hip, H36M.left_knee, H36M.right_knee, H36M.left_ankle, H36M.right_ankle];

/** The synthetic pose of frame f as the detector would see it: an orthographic picture, 120 px/m, in the 640×360 frame. */
function project(pose3d: Float32Array, f: number): [number, number, number][] {
  return COCO_FROM_H36M.map((h) => [320 + 120 * pose3d[(f * 17 + h) * 3], 170 - 120 * pose3d[(f * 17 + h) * 3 + 1], 0.9]);
}

function setup(detectMs: number, liftMs: number) {
  const seq = viaCamera(synthSequence({ reps: 3, valgusM: 0.12 }), { yawDeg: 0, pitchDeg: 10 });
  const video = new FakeVideo();
  const busy = { detect: 0, lift: 0, maxLift: 0, overlap: false };
  const detected: number[] = [];
  const detector: PoseDetector2D = {
    model: 'movenet-lightning', backend: 'wasm', reset() {}, dispose() {},
    async estimate(src) {
      const f = (src as unknown as FakeVideo).frame;
      busy.detect++;
      if (busy.lift > 0) busy.overlap = true;
      await sleep(detectMs);
      busy.detect--;
      detected.push(f);
      return [{ id: 0, box: [0, 0, 640, 360], score: 0.9, keypoints2d: project(seq.pose3d, f) } satisfies Person2D];
    },
  };
  const lifter: PoseLifter = {
    modelId: 'test-double', executionProvider: 'wasm', receptiveField: 27, causal: true, reset() {}, async dispose() {}, async liftSequence() { throw new Error('unused'); },
    async liftFrame() {
      busy.lift++;
      busy.maxLift = Math.max(busy.maxLift, busy.lift);
      if (busy.detect > 0) busy.overlap = true;
      await sleep(liftMs);
      busy.lift--;
      const f = detected.shift()!; // lifts follow detections in order
      return seq.pose3d.slice(f * 51, f * 51 + 51);
    },
  };
  const frames: LiveFrame[] = [];
  const reps: number[] = [];
  const loop = new LiveLoop(video as unknown as HTMLVideoElement, detector, lifter, { onFrame: (x) => frames.push(x), onRep: (n) => reps.push(n) });
  return { seq, video, loop, frames, reps, busy };
}

describe('LiveLoop', () => {
  it('processes every frame when fast enough: reps and a view-gated cue reach the caller', async () => {
    const { seq, video, loop, frames, reps } = setup(0, 0);
    loop.start();
    for (let i = 0; i < seq.frames; i++) { video.present(i); await sleep(1); }
    await sleep(30); // let the last lift land (stop() drops a lift still in flight)
    await loop.stop();
    expect(loop.stats.framesProcessed).toBe(seq.frames);
    expect(loop.stats.framesSkipped).toBe(0);
    expect(loop.stats.framesLifted).toBe(seq.frames);
    expect(reps).toEqual([1, 2, 3]);
    expect(frames.some((f) => f.cue?.kind === 'knee_valgus')).toBe(true);
    expect(frames.filter((f) => f.pose3d === null)).toHaveLength(seq.frames); // 2D first, then 3D, per frame
  });

  it('skips stale frames instead of queueing; one lift in flight, overlapping the next detect', async () => {
    const { seq, video, loop, busy } = setup(6, 4);
    loop.start();
    for (let i = 0; i < seq.frames; i++) { video.present(i); await sleep(1); }
    await sleep(30); // let the newest pending frame be detected (stop() drops one still waiting)
    await loop.stop();
    const s = loop.stats;
    expect(s.framesSkipped).toBeGreaterThan(0);
    expect(s.framesProcessed + s.framesSkipped).toBeLessThanOrEqual(seq.frames);
    expect(s.framesProcessed + s.framesSkipped).toBeGreaterThan(seq.frames - 3);
    expect(busy.maxLift).toBe(1);
    expect(busy.overlap).toBe(true);
    expect(s.fps).toBeGreaterThan(0);
    expect(loop.repCount).toBe(3); // the counter copes with a lower frame rate
  });

  it('does nothing after stop()', async () => {
    const { video, loop } = setup(0, 0);
    loop.start();
    video.present(0);
    await sleep(5);
    await loop.stop();
    const n = loop.stats.framesProcessed;
    video.present(1);
    await sleep(5);
    expect(loop.stats.framesProcessed).toBe(n);
  });
});
