import { createElement } from 'react';
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { ComparisonPanel, type ComparisonPanelProps } from './ComparisonPanel';
import { scoreWords, sparklineSegments, sparkMax, type ComparisonView } from './comparisonModel';

const report: ComparisonView = {
  score: 72.4,
  groups: [
    { group: 'knees', diffCm: [2, 4, null, 9, 3], meanCm: 4.5 },
    { group: 'hands', diffCm: [1, 1, 1, 1, 1], meanCm: 1 },
  ],
  worst: [{ tS: 2.5, group: 'knees', diffCm: 9, text: 'knees 9 cm more inward at the bottom' }],
};
const noop = () => {};
const render = (over: Partial<ComparisonPanelProps> = {}) => renderToString(createElement(ComparisonPanel, {
  reference: { name: 'coach-squat.mp4', source: 'video' }, sessions: [{ id: 's1', name: 'Monday squat' }],
  status: 'ready', report, fps: 30, frameCount: 150, frame: 75,
  onLoadVideo: noop, onPickSession: noop, onClear: noop, onSeek: noop, ...over,
}));

describe('comparison model', () => {
  it('draws sparklines split at gaps on a shared scale', () => {
    expect(sparkMax(report.groups)).toBe(9);
    expect(sparklineSegments([0, 9, null, 4.5], 30, 10, 9)).toEqual(['0.0,10.0 10.0,0.0', '30.0,5.0']);
    expect(sparklineSegments([20], 30, 10, 10)).toEqual(['0.0,0.0']);
    expect(sparklineSegments([], 30, 10, 9)).toEqual([]);
  });
  it('puts the score in words', () => {
    expect(scoreWords(90)).toMatch(/Very close/);
    expect(scoreWords(30)).toMatch(/Quite different/);
  });
});

describe('ComparisonPanel markup', () => {
  it('offers a labelled file input and session picker', () => {
    const html = render({ report: null, status: 'idle', reference: null });
    expect(html).toMatch(/<label[^>]*>Reference video<\/label><input[^>]*type="file" accept="video\/\*"/);
    expect(html).toContain('<option value="s1">Monday squat</option>');
  });
  it('shows score, per-group bars and sparklines, and jumpable worst moments', () => {
    const html = render();
    expect(html).toContain('aria-label="Score 72 out of 100"');
    expect(html).toContain('Close, with a few differences');
    expect(html).toContain('<th scope="row" style="text-align:left">Knees</th>');
    expect(html).toContain('width:50.0%');
    expect(html.match(/<polyline/g)).toHaveLength(3);
    expect(html).toContain('aria-label="Show me 0:02.5: knees 9 cm more inward at the bottom"');
    expect(html).toContain('Knees: knees 9 cm more inward');
  });
  it('reports loading and errors', () => {
    expect(render({ status: 'loading', report: null })).toMatch(/role="status">Analysing the reference/);
    expect(render({ status: 'error', error: 'No person found in the reference video.' })).toMatch(/role="alert"[^>]*>No person found/);
  });
});
