import { describe, expect, it } from 'vitest';
import { compare } from './compare';
import { dtw, mapping } from './dtw';
import { alignTo, boneLengths, retarget, yawKabsch } from './align';
import { hasMocap, mocapSequence } from './fixtures/mocap';
import { synthPose, synthSequence, viaCamera } from './fixtures/synthetic';
import { rotY, transformPoints } from '../core/geometry';

describe('DTW and alignment', () => {
  it('DTW maps a slowed-down copy back onto the original', () => {
    const a = Array.from({ length: 20 }, (_, i) => [Math.sin(i / 6)]);
    const b = Array.from({ length: 40 }, (_, i) => [Math.sin(i / 12)]);
    const m = mapping(dtw(a, b).path, a.length);
    m.forEach((j, i) => expect(Math.abs(j - 2 * i)).toBeLessThanOrEqual(2));
    expect(() => dtw([], b)).toThrow(/non-empty/);
  });

  it('Kabsch about the vertical undoes a yaw; retargeting sets the bone lengths', () => {
    const p = synthPose(0.5);
    for (let k = 0; k < 51; k += 3) { p[k] -= p[0]; p[k + 1] -= p[1]; p[k + 2] -= p[2]; }
    expect(yawKabsch(p, transformPoints(p, rotY(0.7)))).toBeCloseTo(-0.7, 5);
    const big = transformPoints(p, [1.3, 0, 0, 0, 1.3, 0, 0, 0, 1.3]);
    const lengths = boneLengths(p, 1);
    const r = retarget(big, lengths);
    r.forEach((v, i) => expect(v).toBeCloseTo(p[i], 5));
    alignTo(p, transformPoints(big, rotY(-1.2)), lengths).forEach((v, i) => expect(v).toBeCloseTo(p[i], 4));
  });
});

describe('compare(user, reference)', () => {
  it('the same movement filmed differently, at another tempo and body size, scores ~100', () => {
    const ref = synthSequence({ reps: 2, repS: 2 });
    const user = viaCamera(synthSequence({ reps: 3, repS: 3.2, pauseS: 0.6 }), { yawDeg: 60, pitchDeg: 10, scale: 1.2 });
    const rep = compare(user, ref);
    expect(rep.score).toBeGreaterThan(95);
    expect(rep.meanDistanceM).toBeLessThan(0.015);
    expect(rep.repPairs.map((p) => p.refRep)).toEqual([0, 1, 0]);
    expect(rep.summary).toMatch(/within 5 cm/);
  });

  it('names what differs and when: caving knees at the bottom', () => {
    const ref = synthSequence({ reps: 1 });
    const user = viaCamera(synthSequence({ reps: 1, valgusM: 0.1, repS: 2.5 }), { yawDeg: -30 });
    const rep = compare(user, ref);
    const knees = rep.worst.find((w) => w.group === 'knees')!;
    expect(knees.message).toMatch(/^knees (9|10|11) cm more inward than the reference at the bottom of rep 1/);
    expect(rep.worst[0].group).toBe('knees');
    expect(rep.perGroupM.knees).toBeGreaterThan(rep.perGroupM.spine);
    expect(rep.score).toBeLessThan(100);
  });

  it('refuses clips without reps', () => {
    expect(() => compare(synthSequence({ reps: 1, depth: 0.05 }), synthSequence({ reps: 1 }))).toThrow(/no reps found in the user clip/);
  });

  it.skipIf(!hasMocap)('real squats: the same person twice is closer than two different people', () => {
    const a = mocapSequence('hdm05/bd/HDM_bd_squat1Reps_001_120.amc');
    const same = compare(mocapSequence('hdm05/bd/HDM_bd_squat1Reps_002_120.amc'), a);
    const other = compare(mocapSequence('cmu/13/13_29.amc', { startFrame: 3805, endFrame: 4592 }), a);
    expect(same.meanDistanceM).toBeLessThan(other.meanDistanceM);
    expect(other.worst.length).toBeGreaterThan(0);
    expect(other.summary).toMatch(/Biggest differences/);
  });
});
