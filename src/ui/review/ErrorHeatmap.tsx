/**
 * Joint × frame error heatmap (layout and colours: ./heatmapModel.ts). Joint names are HTML beside the
 * canvas (readable at any zoom; they stay put while the cells scroll sideways on a phone); a click or
 * tap on a cell seeks the video to that frame; a line marks the frame on screen.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import { useAppStore } from '../../store';
import { seekFrame } from '../../store/playback';
import { binErrors, cellAt, errorColour, heatmapLayout, MISSED_COLOUR, NO_TRUTH_COLOUR, timeTicks } from './heatmapModel';

export interface ErrorHeatmapProps {
  /** frames × rows errors (px or mm); NaN = no truth, Infinity = not found. */
  errors: Float32Array;
  rows: readonly string[];
  unit: 'px' | 'mm';
  /** Top of the colour scale (red), same unit. */
  scaleMax: number;
}

export function ErrorHeatmap({ errors, rows, unit, scaleMax }: ErrorHeatmapProps) {
  const scroller = useRef<HTMLDivElement>(null);
  const canvas = useRef<HTMLCanvasElement>(null);
  const [width, setWidth] = useState(600);
  const [picked, setPicked] = useState<{ row: number; frame: number } | null>(null);
  const frames = errors.length / rows.length;
  const current = useAppStore((s) => s.currentFrame);
  const tMs = useAppStore((s) => s.session?.track.tMs);
  useEffect(() => {
    const el = scroller.current;
    if (!el) return;
    const ro = new ResizeObserver(() => setWidth(el.clientWidth));
    ro.observe(el);
    return () => ro.disconnect();
  }, []);
  const touch = typeof matchMedia === 'function' && matchMedia('(pointer: coarse)').matches;
  const layout = useMemo(() => heatmapLayout(frames, rows.length, { targetWidth: width, minCellW: touch ? 6 : 2, cellH: 20 }), [frames, rows.length, width, touch]);
  const bins = useMemo(() => binErrors(errors, layout), [errors, layout]);
  const ticks = useMemo(() => (tMs ? timeTicks(tMs, layout) : []), [tMs, layout]);
  useEffect(() => {
    const c = canvas.current;
    if (!c) return;
    const dpr = window.devicePixelRatio || 1;
    c.width = Math.round(layout.width * dpr);
    c.height = Math.round(layout.height * dpr);
    const g = c.getContext('2d')!;
    g.setTransform(dpr, 0, 0, dpr, 0, 0);
    for (let col = 0; col < layout.cols; col++) {
      for (let r = 0; r < layout.rows; r++) {
        g.fillStyle = errorColour(bins.value[col * layout.rows + r], scaleMax);
        g.fillRect(col * layout.cellW, r * layout.cellH, layout.cellW + 0.5, layout.cellH - 1);
      }
    }
  }, [layout, bins, scaleMax]);
  const onClick = (e: React.MouseEvent<HTMLCanvasElement>) => {
    const box = e.currentTarget.getBoundingClientRect();
    const hit = cellAt(layout, bins, e.clientX - box.left, e.clientY - box.top);
    if (hit) { seekFrame(hit.frame); setPicked(hit); }
  };
  const pickedValue = picked ? errors[picked.frame * rows.length + picked.row] : NaN;
  const pickedText = !picked ? null
    : `${rows[picked.row].replace(/_/g, ' ')}, frame ${picked.frame}${tMs ? ` (${(tMs[picked.frame] / 1000).toFixed(2)} s)` : ''}: `
      + (Number.isNaN(pickedValue) ? 'no truth' : pickedValue === Infinity ? 'not found' : `${pickedValue.toFixed(1)} ${unit}`);
  const markerX = (Math.floor(current / layout.binSize) + 0.5) * layout.cellW;
  return (
    <figure className="heatmap" data-testid="heatmap">
      <div className="heatmap-body">
        <ol className="heatmap-labels" aria-hidden="true">
          {rows.map((r) => <li key={r} style={{ height: layout.cellH }}>{r.replace(/_/g, ' ')}</li>)}
        </ol>
        {/* Focusable so keyboard users can scroll it with the arrow keys (axe: scrollable-region-focusable). */}
        <div className="heatmap-scroll" ref={scroller} tabIndex={0} role="region" aria-label="Error heatmap: arrow keys scroll through the clip">
          <div style={{ position: 'relative', width: layout.width }}>
            <canvas ref={canvas} data-testid="heatmap-canvas" data-cols={layout.cols} data-bin={layout.binSize}
              style={{ width: layout.width, height: layout.height, display: 'block', cursor: 'pointer' }} onClick={onClick}
              role="img" aria-label={`Error per joint (rows) and frame (columns), ${unit}; click a cell to show that frame`} />
            <div className="heatmap-marker" style={{ left: markerX, height: layout.height }} />
            <div className="heatmap-axis" aria-hidden="true">
              {ticks.map((t) => <span key={t.label} style={{ left: t.x }}>{t.label}</span>)}
            </div>
          </div>
        </div>
      </div>
      <figcaption className="heatmap-legend">
        <span className="heatmap-scale">
          <span className="heatmap-ramp" />
          <span className="heatmap-ticks"><span>0</span><span>{scaleMax / 2}</span><span>≥ {scaleMax} {unit}</span></span>
        </span>
        <span><span className="heatmap-swatch" style={{ background: NO_TRUTH_COLOUR }} /> no truth</span>
        <span><span className="heatmap-swatch" style={{ background: MISSED_COLOUR }} /> not found</span>
        {pickedText && <span data-testid="heatmap-picked" aria-live="polite">{pickedText}</span>}
        {layout.binSize > 1 && <span>each column = {layout.binSize} frames (worst shown)</span>}
        {layout.width > width + 1 && <span data-testid="heatmap-scroll-hint">{touch ? 'swipe' : 'scroll'} sideways for the whole clip</span>}
      </figcaption>
    </figure>
  );
}
