import { describe, expect, it } from 'vitest';
import { analyze } from './analyze';
import { findMocapClips } from '../mocap/node';
import { hasMocap, mocapDir, mocapSequence } from './fixtures/mocap';
import { synthSequence, viaCamera } from './fixtures/synthetic';
import { kneeAnglesDeg } from './body';
import { H36M as J } from '../core/skeleton';
import { applyMat, rotY, transpose } from '../core/geometry';
import { jointAt } from '../core/vec3';
import { groundFrame, usableFrames } from './ground';
import { DEFAULT_THRESHOLDS } from './thresholds';
import type { PoseSequence } from './types';

const valgus = (a: ReturnType<typeof analyze>) => a.mistakes.filter((m) => m.kind === 'knee_valgus');

/**
 * Real motion with caving knees: in the floor-aligned frame, rotated so the hips line is the x
 * axis, each knee is moved so that at full flexion it sits `insideM` metres inside its ankle
 * (blended in with knee flexion, so standing is unchanged).
 */
function injectValgus(seq: PoseSequence, insideM: number): PoseSequence {
  const g = groundFrame(seq.pose3d, seq.frames, usableFrames(seq.pose3d, seq.frames, undefined, 0), DEFAULT_THRESHOLDS).poses;
  for (let f = 0; f < seq.frames; f++) {
    const flex = Math.min(1, Math.max(0, (170 - Math.min(...kneeAnglesDeg(g, f))) / 80));
    const hl = jointAt(g, f, J.left_hip), hr = jointAt(g, f, J.right_hip);
    const m = rotY(Math.atan2(hl[2] - hr[2], hl[0] - hr[0]));
    for (const [k, a, side] of [[J.left_knee, J.left_ankle, 1], [J.right_knee, J.right_ankle, -1]]) {
      const kq = applyMat(m, jointAt(g, f, k)), aq = applyMat(m, jointAt(g, f, a));
      kq[0] += flex * (aq[0] - side * insideM - kq[0]);
      g.set(applyMat(transpose(m), kq), (f * 17 + k) * 3);
    }
  }
  return { ...seq, pose3d: g };
}

describe('knee valgus', () => {
  it.each([[0], [180], [30], [-150]])('synthetic caving knees are flagged per rep (camera yaw %i°, noisy)', (yawDeg) => {
    const a = analyze(viaCamera(synthSequence({ reps: 3, valgusM: 0.08 }), { yawDeg, pitchDeg: 10, noiseM: 0.005, seed: 4 }), { exercise: 'squat' });
    const v = valgus(a);
    expect(v.map((m) => m.rep)).toEqual([0, 1, 2]);
    expect(v[0].message).toMatch(/knees? cave/);
    expect(v[0].score).toBeGreaterThan(0);
  });

  it('clean synthetic squats are not flagged, from front, rear and 45°', () => {
    for (const yawDeg of [0, 45, 180, -135]) {
      const a = analyze(viaCamera(synthSequence({ reps: 3 }), { yawDeg, noiseM: 0.005, seed: 9 }), { exercise: 'squat' });
      expect(valgus(a)).toEqual([]);
    }
  });

  it('severity grows with the amount of caving', () => {
    const sev = [0.06, 0.1, 0.16].map((m) => Math.max(...valgus(analyze(synthSequence({ reps: 1, valgusM: m }))).map((x) => x.score)));
    expect(sev[0]).toBeLessThan(sev[1]);
    expect(sev[1]).toBeLessThan(sev[2]);
  });

  it('a side view does not check valgus and says why', () => {
    const a = analyze(viaCamera(synthSequence({ reps: 2, valgusM: 0.1 }), { yawDeg: 90 }), { exercise: 'squat' });
    expect(valgus(a)).toEqual([]);
    expect(a.viewWarnings.join(' ')).toMatch(/Film from the front or behind to check knee tracking/);
    expect(a.analyzers.find((x) => x.name === 'knee_valgus')!.confidence).toBeLessThan(0.3);
  });

  it.skipIf(!hasMocap)('real mocap squats: clean ones not flagged, the same motion with the knees 7 cm inside the ankles at depth flagged', () => {
    const clips = findMocapClips(mocapDir).filter((c) => c.amcPath.includes('squat1Reps')).map((c) => c.amcPath.slice(mocapDir.length + 1));
    const clean = [...clips.map((c) => mocapSequence(c)), mocapSequence('cmu/13/13_29.amc', { startFrame: 3805, endFrame: 4592 }), mocapSequence('cmu/13/13_30.amc', { startFrame: 1417, endFrame: 1932 })];
    for (const seq of clean) expect(valgus(analyze(seq, { exercise: 'squat' }))).toEqual([]);
    const flagged = clean.filter((seq) => valgus(analyze(injectValgus(seq, 0.07), { exercise: 'squat' })).length > 0).length;
    expect(flagged).toBe(clean.length);
  });
});
