/**
 * Movements the coach does not analyse, from real motion capture (CMU cmu/13 labels_mocap6
 * segments, CMU walks, HDM05 takes): recognised as "not a squat or deadlift", no reps counted,
 * unless the user chose the exercise; real squats stay squats.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from './analyze';
import { hasMocap, MISSING_MOCAP, mocapSequence } from './fixtures/mocap';

if (!hasMocap) console.warn(MISSING_MOCAP);
const d = hasMocap ? describe : describe.skip;

d('unknown exercise on mocap', () => {
  it.each([
    ['cmu/13/13_29.amc', 1, 468, 'jumping jacks'],
    ['cmu/13/13_30.amc', 1, 216, 'jumping jacks'],
    ['cmu/13/13_31.amc', 2725, 3017, 'jumping jacks'],
    ['cmu/02/02_01.amc', 1, 343, 'walking or running'],
    ['cmu/02/02_02.amc', 1, 298, 'walking or running'],
    ['cmu/03/03_01.amc', 1, 432, 'walking or running'],
    ['cmu/07/07_Walk07.amc', 1, 379, 'walking or running'],
    ['cmu/13/13_30.amc', 1933, 2465, 'walking or running'],
  ])('%s frames %i–%i: "%s", no reps', (clip, s, e, what) => {
    const a = analyze(mocapSequence(clip, { startFrame: s, endFrame: e }));
    expect(a.exercise).toBe('unknown');
    expect(a.repCount).toBe(0);
    expect(a.viewWarnings[0]).toMatch(new RegExp(`looks like ${what}.*not a squat or deadlift`));
  });

  it('counts reps when the user insists on the exercise', () => {
    const a = analyze(mocapSequence('cmu/13/13_29.amc', { startFrame: 1, endFrame: 468 }), { exercise: 'squat' });
    expect(a.exercise).toBe('squat');
    expect(a.viewWarnings.join(' ')).not.toMatch(/looks like/);
  });

  it.each([
    ['cmu/13/13_29.amc', 3805, 4592],
    ['cmu/13/13_30.amc', 1417, 1932],
  ])('a real squat (%s %i–%i) is not mistaken for another movement', (clip, s, e) => {
    const a = analyze(mocapSequence(clip, { startFrame: s, endFrame: e }));
    expect(a.exercise).toBe('squat');
    expect(a.viewWarnings.join(' ')).not.toMatch(/looks like/);
  });
});
