import { describe, expect, it } from 'vitest';
import { mistakeCue, mistakeTitle, viewWarningText } from '../shared/coachWords';
import { mistakeMomentS, repFlags, repNumberAt, sortMistakes, trimError } from './coachModel';
import { SAMPLE_ANALYSIS } from './fixtures';

const { reps, mistakes } = SAMPLE_ANALYSIS;

describe('coach view model', () => {
  it('flags reps by time overlap', () => {
    expect(repFlags(reps[0], mistakes)).toEqual(['Mystery kind']);
    expect(repFlags(reps[1], mistakes)).toEqual(['Knees caving in']);
    expect(repFlags({ ...reps[0], startS: 10, endS: 11 }, mistakes)).toEqual([]);
  });
  it('finds the rep under the playhead and the moment to show', () => {
    expect(repNumberAt(4, reps)).toBe(2);
    expect(repNumberAt(3.2, reps)).toBeNull();
    expect(mistakeMomentS({ kind: 'x', startS: 2, endS: 2.5, severity: 1 })).toBe(2);
    expect(mistakeMomentS({ kind: 'x', startS: 2, endS: 6, severity: 1 })).toBe(4);
  });
  it('orders mistakes worst first', () => {
    expect(sortMistakes(mistakes).map((m) => m.kind)).toEqual(['knee_valgus', 'mystery_kind']);
    expect(sortMistakes([{ kind: 'a', startS: 1, endS: 2, severity: 'low' }, { kind: 'b', startS: 3, endS: 4, severity: 'high' }])[0].kind).toBe('b');
  });
  it('validates trims with human messages', () => {
    expect(trimError(undefined, undefined, 10)).toBeNull();
    expect(trimError(1, 5, 10)).toBeNull();
    expect(trimError(-1, undefined, 10)).toMatch(/Start must be between 0 and 10.0 s/);
    expect(trimError(4, 4.2, 10)).toMatch(/half a second/);
  });
  it('speaks plainly and falls back to the analyzer for unknown kinds', () => {
    expect(mistakeTitle('forward_lean')).toBe('Leaning too far forward');
    expect(mistakeCue('knee_valgus')).toMatch(/knees out/i);
    expect(mistakeCue('mystery_kind', 'Analyzer says so.')).toBe('Analyzer says so.');
    expect(mistakeTitle('bar_drift')).toBe('Bar drift');
    expect(viewWarningText('knee_valgus_needs_front_view')).toMatch(/front view.*knee-cave hints are off/);
    expect(viewWarningText('Filmed too far away.')).toBe('Filmed too far away.');
  });
});
