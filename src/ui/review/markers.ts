/** Timeline markers: built from an analysis, and laid out as percentages along the scrub bar. */
import { frameAt } from '../shared/format';
import { mistakeTitle } from '../shared/coachWords';
import { faultColor } from './faults';
import type { AnalysisView, MarkerKind, TimelineMarker } from '../shared/types';

/** `frameTimesS`: per-frame times (s) for variable-frame-rate clips. Reps as points at their start, eccentric (start→bottom) and concentric (bottom→end) spans, mistakes as spans. */
export function markersFromAnalysis(a: AnalysisView, fps: number, frameCount: number, frameTimesS?: ArrayLike<number>): TimelineMarker[] {
  const f = (s: number) => frameAt(s, fps, frameCount, frameTimesS);
  const out: TimelineMarker[] = [];
  a.reps.forEach((r, i) => {
    out.push({ id: `rep-${i}`, kind: 'rep', frame: f(r.startS), label: `Rep ${i + 1}` });
    out.push({ id: `ecc-${i}`, kind: 'eccentric', frame: f(r.startS), endFrame: f(r.bottomS), label: `Rep ${i + 1} lowering` });
    out.push({ id: `con-${i}`, kind: 'concentric', frame: f(r.bottomS), endFrame: f(r.endS), label: `Rep ${i + 1} rising` });
  });
  a.mistakes.forEach((m, i) => {
    out.push({ id: `mistake-${i}`, kind: 'mistake', frame: f(m.startS), endFrame: f(m.endS), label: mistakeTitle(m.kind), color: faultColor(m.kind) });
  });
  return out;
}

/** Which row of the marker strip a kind sits in (reps on top, phases, mistakes below). */
export const LANE: Record<MarkerKind, number> = { rep: 0, eccentric: 1, concentric: 1, mistake: 2 };

export interface PlacedMarker extends TimelineMarker {
  /** Left edge, percent of the bar (0..100). */
  leftPct: number;
  /** Width in percent; 0 for point markers. */
  widthPct: number;
  lane: number;
}

/**
 * Frame f sits at f/(n-1) of the bar, matching a range input with min 0, max n-1.
 * Markers outside the clip are dropped; spans are clipped to it.
 */
export function layoutMarkers(markers: readonly TimelineMarker[], frameCount: number): PlacedMarker[] {
  const last = Math.max(1, frameCount - 1);
  const pct = (f: number) => (Math.min(last, Math.max(0, f)) / last) * 100;
  return markers
    .filter((m) => m.frame <= last && (m.endFrame ?? m.frame) >= 0)
    .map((m) => {
      const leftPct = pct(m.frame);
      const widthPct = m.endFrame === undefined ? 0 : Math.max(0, pct(m.endFrame) - leftPct);
      return { ...m, leftPct, widthPct, lane: LANE[m.kind] };
    });
}

/** Frame under a pointer at `x` px on a bar `width` px wide. */
export function frameFromPointer(x: number, width: number, frameCount: number): number {
  if (!(width > 0) || frameCount <= 1) return 0;
  const r = Math.min(1, Math.max(0, x / width));
  return Math.round(r * (frameCount - 1));
}
