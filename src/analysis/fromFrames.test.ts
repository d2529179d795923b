import { describe, expect, it } from 'vitest';
import { h36mScores, sequenceFromFrames } from './fromFrames';
import { analyze } from './analyze';
import { synthSequence } from './fixtures/synthetic';
import { H36M as J, COCO } from '../core/skeleton';

describe('sequenceFromFrames', () => {
  it('maps COCO scores to H36M joints and gates frames without a person', () => {
    const kp = Array.from({ length: 17 }, () => [0, 0, 0.8]);
    kp[COCO.left_hip][2] = 0.4;
    const s = h36mScores(kp);
    expect(s[J.left_hip]).toBeCloseTo(0.4, 6);
    expect(s[J.pelvis]).toBeCloseTo(0.6, 6);
    const synth = synthSequence({ reps: 2 });
    const frames = Array.from({ length: synth.frames }, (_, f) => ({
      tMs: Number(synth.tMs[f]),
      pose3d: f % 10 === 3 ? null : Array.from({ length: 17 }, (_, j) => Array.from(synth.pose3d.subarray(f * 51 + j * 3, f * 51 + j * 3 + 3))),
      keypoints2d: kp,
    }));
    const seq = sequenceFromFrames(frames, synth.fps);
    expect(Number.isNaN(seq.pose3d[3 * 51])).toBe(true);
    const a = analyze(seq);
    expect(a.repCount).toBe(2);
    expect(a.spineAngleDeg[3]).toBeNull();
  });
});
