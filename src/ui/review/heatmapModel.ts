/**
 * Layout and colours of the Accuracy tab's joint × frame error heatmap (pure; the canvas draws it).
 * Rows are joints, columns time. A clip with more frames than `maxCols` is binned: a column shows the
 * worst error of its frames (a miss beats any error) and a click seeks to that worst frame.
 * Cell values: error in px or mm; NaN = no truth (grey); Infinity = labelled but not found.
 */
import { frameAtTime } from '../../core/frame-lookup';

export interface HeatmapLayout {
  rows: number;
  frames: number;
  /** Frames per column (1 = one column per frame). */
  binSize: number;
  cols: number;
  /** Cell size, CSS px. */
  cellW: number;
  cellH: number;
  /** Canvas size, CSS px (wider than the panel → the panel scrolls horizontally). */
  width: number;
  height: number;
}

export interface LayoutOptions {
  /** Width the heatmap should fill when the frames fit, CSS px. */
  targetWidth: number;
  /** Narrowest column before it scrolls instead (touch: a finger must hit a column run, not a pixel). */
  minCellW?: number;
  maxCellW?: number;
  cellH?: number;
  /** Most columns drawn; longer clips are binned. */
  maxCols?: number;
}

export function heatmapLayout(frames: number, rows: number, o: LayoutOptions): HeatmapLayout {
  const minW = o.minCellW ?? 4, maxW = o.maxCellW ?? 24, cellH = o.cellH ?? 18, maxCols = o.maxCols ?? 1200;
  const binSize = Math.max(1, Math.ceil(frames / maxCols));
  const cols = Math.ceil(frames / binSize);
  const cellW = cols ? Math.min(maxW, Math.max(minW, Math.floor((o.targetWidth / cols) * 100) / 100)) : minW;
  return { rows, frames, binSize, cols, cellW, cellH, width: Math.ceil(cols * cellW), height: rows * cellH };
}

/** Per column and row: the worst value over the column's frames and the frame it came from (−1 when all NaN). */
export function binErrors(errors: ArrayLike<number>, l: Pick<HeatmapLayout, 'frames' | 'rows' | 'binSize' | 'cols'>): { value: Float32Array; frame: Int32Array } {
  const value = new Float32Array(l.cols * l.rows).fill(NaN);
  const frame = new Int32Array(l.cols * l.rows).fill(-1);
  for (let f = 0; f < l.frames; f++) {
    const c = Math.floor(f / l.binSize);
    for (let r = 0; r < l.rows; r++) {
      const v = errors[f * l.rows + r];
      const k = c * l.rows + r;
      if (Number.isNaN(v)) continue;
      if (frame[k] < 0 || v > value[k]) { value[k] = v; frame[k] = f; }
    }
  }
  return { value, frame };
}

/** The cell under a point of the canvas (CSS px): row and the frame to seek to; null outside or on a grey cell. */
export function cellAt(l: HeatmapLayout, bins: { frame: Int32Array }, x: number, y: number): { row: number; frame: number } | null {
  const c = Math.floor(x / l.cellW), r = Math.floor(y / l.cellH);
  if (c < 0 || r < 0 || c >= l.cols || r >= l.rows) return null;
  const f = bins.frame[c * l.rows + r];
  return { row: r, frame: f >= 0 ? f : Math.min(l.frames - 1, c * l.binSize) };
}

export const NO_TRUTH_COLOUR = '#3b414b';
export const MISSED_COLOUR = '#e040fb';

/** Good → threshold → bad: green, yellow, red (ColorBrewer RdYlGn, reversed). */
const STOPS: readonly (readonly [number, number, number])[] = [[26, 152, 80], [254, 224, 139], [215, 48, 39]];

/** Colour of one cell: 0 → green, scaleMax / 2 → yellow, ≥ scaleMax → red; grey without truth; magenta when missed. */
export function errorColour(v: number, scaleMax: number): string {
  if (Number.isNaN(v)) return NO_TRUTH_COLOUR;
  if (v === Infinity) return MISSED_COLOUR;
  const t = Math.min(1, Math.max(0, v / scaleMax)) * (STOPS.length - 1);
  const i = Math.min(STOPS.length - 2, Math.floor(t)), u = t - i;
  const [a, b] = [STOPS[i], STOPS[i + 1]];
  const hex = (k: number) => Math.round(a[k] + (b[k] - a[k]) * u).toString(16).padStart(2, '0');
  return `#${hex(0)}${hex(1)}${hex(2)}`;
}

/** A round upper end for the colour scale: the 95th percentile of the finite errors, up to 1, 2 or 5 × 10^k (at least `floor`). */
export function niceScaleMax(errors: ArrayLike<number>, floor: number): number {
  const v = Array.from(errors).filter(Number.isFinite).sort((a, b) => a - b);
  const p = v.length ? v[Math.min(v.length - 1, Math.floor(0.95 * v.length))] : 0;
  const x = Math.max(floor, p);
  const e = 10 ** Math.floor(Math.log10(x));
  return [1, 2, 5, 10].map((m) => m * e).find((c) => c >= x - 1e-9)!;
}

const TICK_STEPS_S = [0.5, 1, 2, 5, 10, 15, 30, 60, 120, 300, 600];

/** Time labels under the columns (x in CSS px at the column's centre): the smallest step of 0.5, 1, 2, 5 … s that keeps labels `minGapPx` apart. */
export function timeTicks(tMs: ArrayLike<number>, l: HeatmapLayout, minGapPx = 48): { x: number; label: string }[] {
  const n = Math.min(l.frames, tMs.length);
  if (n < 2) return [];
  const durS = (tMs[n - 1] - tMs[0]) / 1000;
  const step = TICK_STEPS_S.find((s) => (s / Math.max(durS, 1e-9)) * l.width >= minGapPx) ?? TICK_STEPS_S[TICK_STEPS_S.length - 1];
  const out: { x: number; label: string }[] = [];
  for (let t = 0; t <= durS + 1e-9; t += step) {
    const f = frameAtTime(tMs, tMs[0] + t * 1000);
    const label = t < 60 ? `${+t.toFixed(1)} s` : `${Math.floor(t / 60)}:${String(Math.round(t % 60)).padStart(2, '0')}`;
    out.push({ x: (Math.floor(f / l.binSize) + 0.5) * l.cellW, label });
  }
  return out;
}
