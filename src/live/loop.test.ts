/**
 * LiveLoop scheduling with browser parts replaced (no camera or MoveNet in Node): a video whose
 * requestVideoFrameCallback the test drives, a detector that tags each person with the frame it saw,
 * and a lifter that returns that frame's ground-truth synthetic 3D pose. Checks newest-frame-wins,
 * one lift in flight overlapping the next detect, reps/cues reaching the caller, and stop().
 */
import { describe, expect, it } from 'vitest';
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

function setup(detectMs: number, liftMs: number) {
  const seq = viaCamera(synthSequence({ reps: 3, valgusM: 0.12 }), { yawDeg: 0, pitchDeg: 10 });
  const video = new FakeVideo();
  const busy = { detect: 0, lift: 0, maxLift: 0, overlap: false };
  const detector: PoseDetector2D = {
    model: 'movenet-lightning', backend: 'wasm', reset() {}, dispose() {},
    async estimate(src) {
      const f = (src as unknown as FakeVideo).frame;
      busy.detect++;
      if (busy.lift > 0) busy.overlap = true;
      await sleep(detectMs);
      busy.detect--;
      // A standing body: keypoints spread head to ankles over most of the 360 px frame.
      const kp = Array.from({ length: 17 }, (_, j) => [f, 40 + j * 17, 0.9] as const);
      return [{ id: 0, box: [0, 0, 10, 10], score: 0.9, keypoints2d: kp } satisfies Person2D];
    },
  };
  const lifter: PoseLifter = {
    modelId: 'test-double', executionProvider: 'wasm', receptiveField: 27, causal: true, reset() {}, async dispose() {}, async liftSequence() { throw new Error('unused'); },
    async liftFrame(kp) {
      busy.lift++;
      busy.maxLift = Math.max(busy.maxLift, busy.lift);
      if (busy.detect > 0) busy.overlap = true;
      await sleep(liftMs);
      busy.lift--;
      const f = kp[0];
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
