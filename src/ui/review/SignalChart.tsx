/** One uPlot chart of a per-frame signal with threshold lines, a playhead synced to `frame`, click to seek. */
import { useEffect, useRef } from 'react';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import { chartData, chartOptions, signalSummary, type SignalSpec } from './chartModel';
import { frameAt, timeOf } from '../shared/format';
import '../shared/coach.css';

export interface SignalChartProps {
  spec: SignalSpec;
  fps: number;
  /** Per-frame presentation times in seconds (result JSON `tMs / 1000`); default frame/fps. */
  frameTimesS?: ArrayLike<number>;
  /** Current frame: the playhead line. */
  frame: number;
  onSeek: (frame: number) => void;
  /** Plot height in CSS px (default 180). */
  height?: number;
}

export function SignalChart({ spec, fps, frameTimesS, frame, onSeek, height = 180 }: SignalChartProps) {
  const box = useRef<HTMLDivElement>(null);
  const plot = useRef<uPlot | null>(null);
  const playheadS = useRef(timeOf(frame, fps, frameTimesS));
  const seek = useRef(onSeek);
  useEffect(() => {
    seek.current = onSeek;
  });

  // Build once per signal; playhead moves go through redraw(false) below, not a rebuild.
  useEffect(() => {
    const el = box.current;
    if (!el) return;
    const playhead: uPlot.Plugin = {
      hooks: {
        draw: (u) => {
          const x = Math.round(u.valToPos(playheadS.current, 'x', true));
          const { top, height: h } = u.bbox;
          u.ctx.save();
          u.ctx.strokeStyle = '#ffe066';
          u.ctx.lineWidth = 2 * uPlot.pxRatio;
          u.ctx.beginPath();
          u.ctx.moveTo(x, top);
          u.ctx.lineTo(x, top + h);
          u.ctx.stroke();
          u.ctx.restore();
        },
      },
    };
    const u = new uPlot(chartOptions(spec, el.clientWidth || 320, height, [playhead]), chartData(spec.values, fps, spec.thresholds, frameTimesS), el);
    plot.current = u;
    // Position from the click itself: a tap on a phone has no prior mousemove to update u.cursor.
    const onClick = (e: MouseEvent) => {
      const left = e.clientX - u.over.getBoundingClientRect().left;
      seek.current(frameAt(u.posToVal(left, 'x'), fps, spec.values.length, frameTimesS));
    };
    u.over.addEventListener('click', onClick);
    const ro = new ResizeObserver(() => u.setSize({ width: el.clientWidth || 320, height }));
    ro.observe(el);
    return () => {
      ro.disconnect();
      u.over.removeEventListener('click', onClick);
      u.destroy();
      plot.current = null;
    };
  }, [spec, fps, frameTimesS, height]);

  useEffect(() => {
    playheadS.current = timeOf(frame, fps, frameTimesS);
    plot.current?.redraw(false, false);
  }, [frame, fps, frameTimesS]);

  return (
    <figure className="coach-card" style={{ margin: 0 }}>
      <figcaption>{spec.title}</figcaption>
      <div ref={box} className="coach-chart" role="img" aria-label={`${signalSummary(spec)}. Click the chart to jump to that moment.`} />
    </figure>
  );
}
