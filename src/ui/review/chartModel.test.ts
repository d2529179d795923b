import { createElement } from 'react';
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { chartData, chartOptions, signalSummary, type SignalSpec } from './chartModel';
import { SignalCharts } from './SignalCharts';

const spec: SignalSpec = {
  key: 'spineAngleDeg', title: 'Spine angle to floor', unit: '°',
  values: [60, 50, null, 30, 40], thresholds: [{ value: 45, label: 'Forward-lean limit' }],
};

describe('signal chart model', () => {
  it('builds time, signal and constant threshold columns with gaps kept', () => {
    const [t, v, th] = chartData(spec.values, 10, spec.thresholds);
    expect(t).toEqual([0, 0.1, 0.2, 0.3, 0.4]);
    expect(v).toEqual([60, 50, null, 30, 40]);
    expect(th).toEqual([45, 45, 45, 45, 45]);
    expect(chartData([1, Number.NaN], 0, [])[1]).toEqual([1, null]);
  });
  it('draws thresholds dashed and keeps click-drag from zooming', () => {
    const o = chartOptions(spec, 300, 150);
    expect(o.series).toHaveLength(3);
    expect(o.series[2]).toMatchObject({ label: 'Forward-lean limit', dash: [6, 4] });
    expect(o.cursor?.drag).toEqual({ x: false, y: false });
  });
  it('summarises the signal for screen readers', () => {
    expect(signalSummary(spec)).toBe('Spine angle to floor: min 30°, max 60°, 2 frames below Forward-lean limit (45°)');
    expect(signalSummary({ ...spec, values: [null] })).toMatch(/no measurements/);
  });
  it('renders one labelled figure per present signal', () => {
    const html = renderToString(createElement(SignalCharts, {
      signals: { spineAngleDeg: spec.values, hipHeightM: [0.9, 0.6, 0.9] }, fps: 30, frame: 0, onSeek: () => {},
    }));
    expect(html.match(/<figure/g)).toHaveLength(2);
    expect(html).toContain('<figcaption>Hip height</figcaption>');
    expect(html).toContain('aria-label="Spine angle to floor: min 30°');
    expect(renderToString(createElement(SignalCharts, { signals: {}, fps: 30, frame: 0, onSeek: () => {} }))).toContain('No signals');
  });
});
