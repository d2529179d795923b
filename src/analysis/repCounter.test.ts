import { describe, expect, it } from 'vitest';
import { createRepCounter, step, type RepEvent } from './repCounter';
import { hasMocap, mocapSequence } from './fixtures/mocap';
import { synthSequence, viaCamera } from './fixtures/synthetic';
import type { Exercise, PoseSequence } from './types';

function run(seq: PoseSequence, exercise: Exercise = 'squat'): RepEvent[] {
  let s = createRepCounter({ exercise });
  const events: RepEvent[] = [];
  for (let f = 0; f < seq.frames; f++) {
    const r = step(s, seq.pose3d.subarray(f * 51, f * 51 + 51), Number(seq.tMs[f]));
    s = r.state;
    if (r.event) events.push(r.event);
  }
  return events;
}

describe('streaming rep counter', () => {
  it('counts synthetic squats frame by frame, also through a pitched, noisy camera', () => {
    expect(run(synthSequence({ reps: 4 }))).toHaveLength(4);
    const ev = run(viaCamera(synthSequence({ reps: 3, depth: 0.7 }), { yawDeg: 45, pitchDeg: 15, noiseM: 0.01, seed: 2 }));
    expect(ev.map((e) => e.rep)).toEqual([1, 2, 3]);
    expect(ev[0].bottomS).toBeLessThan(ev[0].endS);
  });

  it('reports the live phase: lowering, then rising, still when standing', () => {
    const seq = synthSequence({ reps: 1, repS: 2, pauseS: 1 });
    let s = createRepCounter();
    const phases: string[] = [];
    for (let f = 0; f < seq.frames; f++) {
      s = step(s, seq.pose3d.subarray(f * 51, f * 51 + 51), Number(seq.tMs[f])).state;
      phases.push(s.phase);
    }
    const runs = phases.filter((p, i) => i === 0 || p !== phases[i - 1]);
    expect(runs).toEqual(['still', 'lowering', 'still', 'rising', 'still']);
  });

  it('counts hinges in deadlift mode and nothing for a shallow bob', () => {
    expect(run(synthSequence({ reps: 2, kind: 'hinge' }), 'deadlift')).toHaveLength(2);
    expect(run(synthSequence({ reps: 3, depth: 0.1 }))).toHaveLength(0);
  });

  it('is pure: stepping never mutates the previous state; null poses are skipped', () => {
    const s0 = createRepCounter();
    const copy = JSON.stringify(s0);
    const { state } = step(s0, synthSequence({ reps: 1 }).pose3d.subarray(0, 51), 0);
    expect(JSON.stringify(s0)).toBe(copy);
    expect(state).not.toBe(s0);
    expect(step(state, null, 33).state).toBe(state);
  });

  it.skipIf(!hasMocap)('agrees with the offline counts on mocap (CMU 13 squats, HDM05 squat, walking, 02_06 hinges)', () => {
    expect(run(mocapSequence('cmu/13/13_29.amc', { startFrame: 3805, endFrame: 4592 }))).toHaveLength(2);
    expect(run(viaCamera(mocapSequence('cmu/13/13_30.amc', { startFrame: 1417, endFrame: 1932 }), { yawDeg: 120, pitchDeg: 10, noiseM: 0.015 }))).toHaveLength(2);
    expect(run(mocapSequence('hdm05/bd/HDM_bd_squat1Reps_001_120.amc'))).toHaveLength(1);
    for (const walk of ['cmu/07/walk_03.amc', 'cmu/07/07_Walk07.amc', 'cmu/02/02_01.amc', 'cmu/05/md_walk.amc']) expect(run(mocapSequence(walk)), walk).toHaveLength(0);
    expect(run(mocapSequence('cmu/02/02_03.amc'))).toHaveLength(0);
    expect(run(mocapSequence('cmu/13/13_30.amc', { startFrame: 805, endFrame: 1416 }))).toHaveLength(0); // knee raises
    expect(run(mocapSequence('cmu/02/02_06.amc'), 'deadlift')).toHaveLength(6);
  });
});

