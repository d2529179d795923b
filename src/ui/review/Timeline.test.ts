import { createElement } from 'react';
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { SAMPLE_ANALYSIS } from './fixtures';
import { markersFromAnalysis } from './markers';
import { Timeline, type TimelineProps } from './Timeline';

const noop = () => {};
const props = (over: Partial<TimelineProps> = {}): TimelineProps => ({
  frame: 45, frameCount: 210, fps: 30, playing: false, speed: 1,
  markers: markersFromAnalysis(SAMPLE_ANALYSIS, 30, 210),
  onSeek: noop, onPlayingChange: noop, onSpeedChange: noop, shortcuts: false, ...over,
});

describe('Timeline markup', () => {
  it('labels its controls and shows time and frame', () => {
    const html = renderToString(createElement(Timeline, props()));
    for (const label of ['Previous frame', 'Next frame', 'aria-label="Play"']) expect(html).toContain(label);
    expect(html).toMatch(/<label[^>]*>Position<\/label>/);
    expect(html).toMatch(/<label[^>]*>Speed<\/label>/);
    expect(html).toContain('0:01.5 / 0:07.0 · frame 45 / 209');
    expect(html).toContain('<kbd>J</kbd>');
  });
  it('positions markers along the bar and names them with their time', () => {
    const html = renderToString(createElement(Timeline, props()));
    // Rep 2 starts at 3.5 s = frame 105 → 105/209 of the bar.
    expect(html).toMatch(/class="coach-marker rep point" data-lane="0" data-frame="105" style="left:50\.239%"/);
    expect(html).toContain('aria-label="Rep 2 at 0:03.5"');
    expect(html).toMatch(/class="coach-marker mistake" data-lane="2" data-frame="138" style="left:66\.029%;width:8\.612%;background:#ff7b7b"/);
    // Phase spans stay clickable but out of the tab order; reps and mistakes are tab stops.
    expect(html).toMatch(/aria-label="Rep 1 lowering at 0:01.0" title="Rep 1 lowering" tabindex="-1"/);
    expect(html).toMatch(/aria-label="Rep 1 at 0:01.0" title="Rep 1">/);
  });
  it('reads time from per-frame times when given', () => {
    const times = Array.from({ length: 210 }, (_, i) => 0.5 + i / 25);
    const html = renderToString(createElement(Timeline, props({ frameTimesS: times })));
    expect(html).toContain('0:02.3 / 0:08.9 · frame 45 / 209');
  });
  it('shows Pause while playing and offers every speed from 0.25× to 2×', () => {
    const html = renderToString(createElement(Timeline, props({ playing: true, speed: 0.5 })));
    expect(html).toContain('aria-label="Pause"');
    expect(html.match(/<option /g)).toHaveLength(7);
    expect(html).toMatch(/<option value="0.5" selected="">0.5×<\/option>/);
  });
});
