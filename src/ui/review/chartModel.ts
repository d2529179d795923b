/** Pure data/options builders for the uPlot signal charts (no DOM; uPlot types only). */
import type uPlot from 'uplot';
import { DEFAULT_THRESHOLDS as ANALYZER_DEFAULTS, type Thresholds } from '../../analysis/thresholds';

/** A horizontal reference line, e.g. the forward-lean limit, in the signal's unit. */
export interface Threshold {
  value: number;
  label: string;
}

/** One per-frame signal: index i is frame i (time i/fps s); null = gated / not measured. */
export interface SignalSpec {
  key: string;
  title: string;
  /** Unit shown on the axis, e.g. "°" or "m". */
  unit: string;
  values: readonly (number | null)[];
  thresholds: readonly Threshold[];
}

/**
 * Display defaults, in the signals' units: the spine limit is the analyzer's default
 * `forwardLeanDeg` (src/analysis/thresholds.ts, with its source); the knee line marks parallel depth.
 * The integrator should pass the analyzer's configured thresholds instead where it has them.
 */
export const DEFAULT_THRESHOLDS = {
  spineAngleDeg: [{ value: ANALYZER_DEFAULTS.forwardLeanDeg, label: 'Forward-lean limit' }],
  kneeAngleDeg: [{ value: 90, label: 'Parallel depth' }],
  hipHeightM: [] as Threshold[],
} satisfies Record<string, Threshold[]>;

/** Threshold lines for the charts from the analyzer's effective thresholds (the analysis' own, not the defaults). */
export function chartThresholds(t: Pick<Thresholds, 'forwardLeanDeg'>): Partial<Record<keyof typeof DEFAULT_THRESHOLDS, Threshold[]>> {
  return { spineAngleDeg: [{ value: t.forwardLeanDeg, label: 'Forward-lean limit' }] };
}

/** uPlot columns: [time s, signal, one constant column per threshold]; times from `timesS` or i/fps. */
export function chartData(values: readonly (number | null)[], fps: number, thresholds: readonly Threshold[], timesS?: ArrayLike<number>): uPlot.AlignedData {
  const n = values.length;
  const t = Array.from({ length: n }, (_, i) => (timesS && i < timesS.length ? timesS[i] : fps > 0 ? i / fps : i));
  const v = values.map((x) => (x === null || !Number.isFinite(x) ? null : x));
  return [t, v, ...thresholds.map((th) => new Array<number>(n).fill(th.value))];
}

/** A one-line text summary for screen readers, e.g. "min 28°, max 71°, 3 frames below Forward-lean limit (45°)". */
export function signalSummary(spec: SignalSpec): string {
  const vals = spec.values.filter((x): x is number => x !== null && Number.isFinite(x));
  if (vals.length === 0) return `${spec.title}: no measurements`;
  const fmt = (x: number) => `${Math.abs(x) >= 10 ? x.toFixed(0) : x.toFixed(2)}${spec.unit}`;
  const parts = [`min ${fmt(Math.min(...vals))}`, `max ${fmt(Math.max(...vals))}`];
  for (const th of spec.thresholds) parts.push(`${vals.filter((x) => x < th.value).length} frames below ${th.label} (${fmt(th.value)})`);
  return `${spec.title}: ${parts.join(', ')}`;
}

const AXIS = { stroke: '#a8b1bd', grid: { stroke: '#2e3643', width: 1 }, ticks: { stroke: '#2e3643', width: 1 } };

/** uPlot options: time axis in seconds, the signal in accent blue, thresholds dashed warm lines, no drag-zoom. */
export function chartOptions(spec: SignalSpec, width: number, height: number, plugins: uPlot.Plugin[] = []): uPlot.Options {
  return {
    width,
    height,
    plugins,
    cursor: { drag: { x: false, y: false }, points: { show: false } },
    legend: { show: true },
    scales: { x: { time: false } },
    axes: [
      { ...AXIS, label: 'time (s)' },
      { ...AXIS, label: spec.unit, size: 56 },
    ],
    series: [
      { label: 'time (s)', value: (_u, v) => (v == null ? '–' : `${v.toFixed(2)} s`) },
      { label: spec.title, stroke: '#5cc8ff', width: 2, spanGaps: false, points: { show: false },
        value: (_u, v) => (v == null ? '–' : `${v.toFixed(spec.unit === 'm' ? 2 : 0)}${spec.unit}`) },
      ...spec.thresholds.map((th) => ({ label: th.label, stroke: '#ffc65c', width: 1.5, dash: [6, 4], points: { show: false } })),
    ],
  };
}
