import { describe, expect, it } from 'vitest';
import { renderToString } from 'react-dom/server';
import { createElement } from 'react';
import { faultColor, groupMistakes, repsWords } from './faults';
import { markersFromAnalysis } from './markers';
import { MistakeList } from './MistakeList';
import type { AnalysisView, MistakeView, RepView } from '../shared/types';

const rep = (startS: number, endS: number): RepView => ({ startS, bottomS: (startS + endS) / 2, endS, durationS: endS - startS, romM: 0.4 });
const reps = [rep(0, 2), rep(2, 4), rep(4, 6)];
const m = (kind: string, startS: number, severity: number): MistakeView => ({ kind, startS, endS: startS + 0.3, severity });

describe('fault cards', () => {
  const mistakes = [m('forward_lean', 0.5, 0.3), m('knee_valgus', 2.5, 0.9), m('forward_lean', 4.5, 0.7), m('forward_lean', 1.0, 0.2)];

  it('groups by kind, worst kind first, reps listed once each', () => {
    const g = groupMistakes(mistakes, reps);
    expect(g.map((x) => x.kind)).toEqual(['knee_valgus', 'forward_lean']);
    expect(g[1].worst.startS).toBe(4.5);
    expect(g[1].occurrences.map((o) => o.atS)).toEqual([0.5, 1.0, 4.5]);
    expect(g[1].reps).toEqual([1, 3]);
    expect(repsWords(g[1].reps)).toBe('in reps 1 and 3');
    expect(repsWords([2])).toBe('in rep 2');
  });

  it('one card per kind, the card and its timeline markers share a colour', () => {
    const html = renderToString(createElement(MistakeList, { mistakes, reps, onSeekS: () => {} }));
    expect(html.match(/class="coach-hint"/g)).toHaveLength(2);
    expect(html).toContain(`border-left-color:${faultColor('forward_lean')}`);
    const a: AnalysisView = { exercise: 'squat', active: { startS: 0, endS: 6 }, repCount: 3, reps, spineAngleDeg: [], mistakes, viewWarnings: [] };
    const markers = markersFromAnalysis(a, 30, 181).filter((x) => x.kind === 'mistake');
    expect(markers).toHaveLength(4);
    for (const mk of markers) expect(mk.color).toBe(faultColor(mk.label.toLowerCase().includes('knee') ? 'knee_valgus' : 'forward_lean'));
    expect(faultColor('knee_valgus')).not.toBe(faultColor('forward_lean'));
  });

  it('a hint of a check this view shows only roughly says so, with the check\'s reason', () => {
    const checks = [
      { kind: 'knee_valgus' as const, status: 'checked' as const, reason: '' },
      { kind: 'forward_lean' as const, status: 'low_confidence' as const, reason: 'Forward lean is checked with less confidence because this is a front-45 view; film from the side for a sure check.' },
    ];
    const html = renderToString(createElement(MistakeList, { mistakes, reps, onSeekS: () => {}, checks }));
    expect(html.match(/data-testid="hint-rough"/g)).toHaveLength(1);
    expect(html).toContain('Only roughly from this angle: Forward lean is checked with less confidence');
  });
});
