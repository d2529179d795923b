import { createElement } from 'react';
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { CoachPanel, type CoachPanelProps } from './CoachPanel';
import { SAMPLE_ANALYSIS } from './fixtures';

const noop = () => {};
const render = (over: Partial<CoachPanelProps> = {}) =>
  renderToString(createElement(CoachPanel, {
    analysis: SAMPLE_ANALYSIS, fps: 30, frameCount: 210, frame: 120, exerciseChoice: 'auto',
    onExerciseChoiceChange: noop, trim: {}, onTrimChange: noop, onSeek: noop, ...over,
  }));

describe('CoachPanel markup', () => {
  it('lists reps with their numbers and flags, highlighting the current one', () => {
    const html = render();
    expect(html).toContain('2 reps');
    expect(html).toContain('<td>2.0 s</td><td>42 cm</td><td>1.0 / 1.0</td><td>0.41 / 0.80</td>');
    expect(html).toMatch(/<tr aria-current="true"><td><button[^>]*aria-label="Go to rep 2"/);
    expect(html).toContain('<td class="coach-flags coach-flag">Knees caving in</td>');
  });
  it('gives plain-words hints, worst first, with a show-me button at the moment', () => {
    const html = render();
    const knee = html.indexOf('Knees caving in <span');
    const other = html.indexOf('Mystery kind <span');
    expect(knee).toBeGreaterThan(0);
    expect(other).toBeGreaterThan(knee);
    expect(html).toContain('aria-label="Show me: Knees caving in at 0:04.6"');
    expect(html).toContain('Something odd happened.');
    expect(html).toContain('1× in rep 2');
  });
  it('shows view warnings in words and labelled exercise/trim controls', () => {
    const html = render({ trim: { startS: 1 } });
    expect(html).toContain('Knee tracking needs a front view');
    expect(html).toContain('Custom analyzer sentence.');
    expect(html).toMatch(/<label[^>]*>Analyse as<\/label>/);
    expect(html).toMatch(/<label[^>]*>Start \(s\)<\/label>/);
    expect(html).toMatch(/<label[^>]*>End \(s\)<\/label>/);
    expect(html).toContain('Analysed 0:00.5–0:06.5');
    expect(html).toMatch(/<option value="auto" selected="">Detect automatically<\/option>/);
  });
  it('shows the analyzer level and measurement sentence beside the cue, and knee depth when given', () => {
    const a = { ...SAMPLE_ANALYSIS, reps: SAMPLE_ANALYSIS.reps.map((r) => ({ ...r, minKneeDeg: 88.6 })),
      mistakes: [{ kind: 'forward_lean', startS: 1.5, endS: 2, severity: 0.9, level: 'mild', rep: 0, message: 'Spine at 31° (9° below the limit) in rep 1' }] };
    const html = render({ analysis: a });
    expect(html).toContain('Leaning too far forward <span class="coach-sev-mild">(mild)</span>');
    expect(html).toContain('<p class="coach-muted">Spine at 31° (9° below the limit) in rep 1</p>');
    expect(html).toContain('<td>89°</td>');
  });
  it('says what to do when there is no analysis yet, and shows trim errors', () => {
    expect(render({ analysis: null })).toContain('Analyse a video to see reps');
    expect(render({ trim: { startS: 5, endS: 5.1 } })).toMatch(/role="alert"[^>]*>End must be at least half a second after start/);
  });
});
