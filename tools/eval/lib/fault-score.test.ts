import { describe, expect, it } from 'vitest';
import { labelsFromCsv, scoreLabel, tally } from './fault-score';

describe('fault scoring', () => {
  const [valgus, clean] = labelsFromCsv([
    { file: 'a.mp4', exercise: 'squat', kind: 'knee_valgus', fault_start_s: '0.0', fault_end_s: '2', clean_start_s: '', clean_end_s: '' },
    { file: 'b.mp4', exercise: 'deadlift', kind: 'rounded_back', fault_start_s: '', fault_end_s: '', clean_start_s: '1', clean_end_s: '3' },
  ]);

  it('a fault span is found only by an overlapping mistake of its kind', () => {
    expect(scoreLabel(valgus, [{ kind: 'knee_valgus', startS: 1.9, endS: 2.5 }], 'front', 'checked')[0].ok).toBe(true);
    expect(scoreLabel(valgus, [{ kind: 'knee_valgus', startS: 2.1, endS: 2.5 }], 'front', 'checked')[0].ok).toBe(false);
    expect(scoreLabel(valgus, [{ kind: 'forward_lean', startS: 0, endS: 2 }], 'front', 'checked')[0].ok).toBe(false);
  });

  it('a clean span is silent unless a mistake of its kind overlaps it', () => {
    expect(scoreLabel(clean, [{ kind: 'bar_drift', startS: 1, endS: 2 }], 'side', 'checked')[0].ok).toBe(true);
    expect(scoreLabel(clean, [{ kind: 'rounded_back', startS: 2.9, endS: 4 }], 'side', 'checked')[0].ok).toBe(false);
  });

  it('tallies found and silent per key', () => {
    const o = [...scoreLabel(valgus, [], 'front', 'checked'), ...scoreLabel(clean, [], 'side', 'checked')];
    const t = tally(o, (x) => x.kind);
    expect(t.get('knee_valgus')).toEqual({ found: 0, faults: 1, silent: 0, cleans: 0 });
    expect(t.get('rounded_back')).toEqual({ found: 0, faults: 0, silent: 1, cleans: 1 });
  });
});
