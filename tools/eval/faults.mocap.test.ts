/**
 * The form checks on mocap faults seen through virtual cameras (tools/eval/lib/synth-faults.ts: 2D with
 * detector-like noise, 3D with lifter-like noise): each fault is found from a view that checks it,
 * and the clean take stays silent. Skips without ../shared.
 */
import { describe, expect, it } from 'vitest';
import { injectFault, loadWorld, MOCAP_SETS, render, type SynthKind } from './lib/synth-faults';
import { analyze } from '../../src/analysis/analyze';
import { hasMocap, MISSING_MOCAP, mocapDir } from '../../src/analysis/fixtures/mocap';
import type { PoseSequence } from '../../src/analysis/types';
import { makeRng } from '../../src/core/rng';

/** A hand-held phone: the whole picture drifts (random walk, 4 px/frame) and shakes (6 px) each frame. */
function handheld(seq: PoseSequence, seed: number): PoseSequence {
  const g = makeRng(seed), kp = seq.keypoints2d!.slice();
  let drift = 0;
  for (let f = 0; f < seq.frames; f++) {
    drift += 4 * g.normal();
    const dx = 6 * g.normal(), dy = 6 * g.normal() + drift;
    for (let j = 0; j < 17; j++) { kp[(f * 17 + j) * 3] += dx; kp[(f * 17 + j) * 3 + 1] += dy; }
  }
  return { ...seq, keypoints2d: kp };
}

const SQUAT = MOCAP_SETS.find((s) => s.amc === 'cmu/13/13_30.amc')!;

describe.skipIf(!hasMocap)('form checks on mocap faults through virtual cameras', () => {
  const world = hasMocap ? loadWorld(mocapDir, SQUAT) : null;
  const kinds = (kind: SynthKind | null, yaw: number) => {
    const a = analyze(render(kind ? injectFault(world!, kind) : world!, yaw, 3), { exercise: 'squat' });
    return { a, found: new Set(a.mistakes.map((m) => m.kind)) };
  };

  it.each([
    ['knee_valgus', 0], ['knee_valgus', 180], ['shallow_depth', 0], ['shallow_depth', 90],
  ] as const)('%s is found from yaw %i°, where it is checked', (kind, yaw) => {
    const { a, found } = kinds(kind, yaw);
    expect(a.checks.find((c) => c.kind === kind)!.status).toBe('checked');
    expect(a.repCount).toBe(2); // shallow reps are counted too
    expect([...found]).toContain(kind);
  });

  it.each([0, 90, 180])('the clean take is silent from yaw %i°', (yaw) => {
    const { a, found } = kinds(null, yaw);
    expect(a.repCount).toBe(2);
    expect([...found].filter((k) => a.checks.find((c) => c.kind === k)!.status === 'checked')).toEqual([]);
  });

  it('30° more trunk lean (well past the shins) is found from the side', () => {
    // 13_29's squats: with the extra lean the trunk ends > 25° past the shins (13_30's stay under that).
    const deep = loadWorld(mocapDir, MOCAP_SETS.find((s) => s.amc === 'cmu/13/13_29.amc' && s.start === 3805)!);
    const a = analyze(render(injectFault(deep, 'forward_lean'), 90, 3), { exercise: 'squat' });
    expect(a.checks.find((c) => c.kind === 'forward_lean')!.status).toBe('checked');
    expect(a.mistakes.map((m) => m.kind)).toContain('forward_lean');
  });

  it('rounded back: a clean pull whose head drops (looking down) is not told its back rounds', () => {
    // CMU 02_06 deadlifts: the head follows the eyes to the floor; the ear line alone flagged it.
    const dl = loadWorld(mocapDir, MOCAP_SETS.find((s) => s.amc === 'cmu/02/02_06.amc')!);
    for (const yaw of [90, -90]) {
      const a = analyze(render(dl, yaw, 3), { exercise: 'deadlift' });
      expect(a.checks.find((c) => c.kind === 'rounded_back')!.status).toBe('low_confidence');
      expect(a.mistakes.filter((m) => m.kind === 'rounded_back')).toEqual([]);
    }
  });

  it.each([0, 90, 180])('heels rising 6 cm at the bottom are found from yaw %i° (low confidence, still camera)', (yaw) => {
    const deep = loadWorld(mocapDir, MOCAP_SETS.find((s) => s.amc === 'cmu/13/13_29.amc' && s.start === 3805)!);
    const a = analyze(render(injectFault(deep, 'heel_lift'), yaw, 3), { exercise: 'squat' });
    expect(a.checks.find((c) => c.kind === 'heel_lift')!.status).toBe('low_confidence');
    expect(a.mistakes.map((m) => m.kind)).toContain('heel_lift');
  });

  it.each([0, 90])('a hand-held camera does not fake a heel lift on the clean take (yaw %i°)', (yaw) => {
    // The previous rule (any frame's ankles 0.1 shin over the clip's standing height) flagged both reps here.
    for (const amc of ['cmu/13/13_29.amc', 'cmu/13/13_30.amc']) {
      const w = loadWorld(mocapDir, MOCAP_SETS.find((s) => s.amc === amc)!);
      const a = analyze(handheld(render(w, yaw, 3), 11), { exercise: 'squat' });
      expect(a.repCount).toBe(2);
      expect(a.mistakes.filter((m) => m.kind === 'heel_lift')).toEqual([]);
    }
  });

  it.each([90, -90])('hips rising first (shoulders held low for half the rise) are found from the side (yaw %i°); the clean pulls stay silent', (yaw) => {
    const dl = loadWorld(mocapDir, MOCAP_SETS.find((s) => s.amc === 'cmu/02/02_06.amc')!);
    const bad = analyze(render(injectFault(dl, 'hips_rise_first'), yaw, 3), { exercise: 'deadlift' });
    expect(bad.checks.find((c) => c.kind === 'hips_rise_first')!.status).toBe('checked');
    expect(bad.repCount).toBe(6);
    expect(bad.mistakes.filter((m) => m.kind === 'hips_rise_first').length).toBeGreaterThanOrEqual(2);
    const clean = analyze(render(dl, yaw, 3), { exercise: 'deadlift' });
    expect(clean.mistakes.filter((m) => m.kind === 'hips_rise_first')).toEqual([]);
  });

  it('a side view does not run the valgus check at all', () => {
    const { a, found } = kinds('knee_valgus', 90);
    expect(a.checks.find((c) => c.kind === 'knee_valgus')!.status).toBe('not_checked');
    expect(found.has('knee_valgus')).toBe(false);
  });
});

if (!hasMocap) console.warn(MISSING_MOCAP);
