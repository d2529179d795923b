/**
 * Rep segmentation on a 1-D "extension" signal (squat: hip height; deadlift: spine angle): phase
 * edges from ./phases (MobiDev's neighbour comparison + majority filter + edge kernel) give
 * candidate bottoms/tops; pairs closer than the minimum range of motion are merged (so noise makes
 * no ghost reps); a rep is a bottom followed by a return towards the standing level.
 */
import { directionBits, majorityFilter, phaseEdges, scaled } from './phases';
import { percentile, smooth } from './signal';
import type { Thresholds } from './thresholds';

export interface Extremum { frame: number; kind: 'bottom' | 'top' }

export interface RepFrames {
  start: number;
  bottom: number;
  top: number;
  end: number;
}

export interface RepSegmentation {
  /** The smoothed signal the reps were found on. */
  smoothed: Float64Array;
  extrema: Extremum[];
  reps: RepFrames[];
  /** 1 = going up, 0 = going down, per frame (after the majority filter). */
  phase: Uint8Array;
}

/** Alternating extrema from phase edges, each moved to the signal's actual min/max nearby. */
function extremaFromEdges(x: Float64Array, edges: { frame: number; kind: 'bottom' | 'top' }[]): Extremum[] {
  const n = x.length;
  const list: Extremum[] = [];
  edges.forEach((e, k) => {
    const lo = k > 0 ? Math.floor((edges[k - 1].frame + e.frame) / 2) : 0;
    const hi = k + 1 < edges.length ? Math.ceil((e.frame + edges[k + 1].frame) / 2) : n - 1;
    let best = e.frame;
    for (let i = lo; i <= hi; i++) if (e.kind === 'bottom' ? x[i] < x[best] : x[i] > x[best]) best = i;
    const ex: Extremum = { frame: best, kind: e.kind };
    const last = list[list.length - 1];
    if (last && last.kind === ex.kind) {
      if (ex.kind === 'bottom' ? x[ex.frame] < x[last.frame] : x[ex.frame] > x[last.frame]) list[list.length - 1] = ex;
    } else list.push(ex);
  });
  return list;
}

/** Adds the clip ends as extrema so the list alternates from the first frame to the last. */
function withEnds(x: Float64Array, ex: Extremum[]): Extremum[] {
  const n = x.length;
  const out = [...ex];
  const first = out[0];
  if (!first) return [{ frame: 0, kind: x[0] >= x[n - 1] ? 'top' : 'bottom' }, { frame: n - 1, kind: x[0] >= x[n - 1] ? 'bottom' : 'top' }];
  if (first.frame > 0) out.unshift({ frame: 0, kind: first.kind === 'bottom' ? 'top' : 'bottom' });
  const last = out[out.length - 1];
  if (last.frame < n - 1) out.push({ frame: n - 1, kind: last.kind === 'bottom' ? 'top' : 'bottom' });
  return out;
}

/** Repeatedly removes the adjacent extremum pair with the smallest range until all are ≥ minRom. */
export function pruneByRom(x: Float64Array, ex: Extremum[], minRom: number): Extremum[] {
  const list = [...ex];
  const moreExtreme = (a: Extremum, b: Extremum) => (a.kind === 'top' ? x[a.frame] >= x[b.frame] : x[a.frame] <= x[b.frame]);
  for (;;) {
    let k = -1, smallest = minRom;
    for (let i = 0; i + 1 < list.length; i++) {
      const d = Math.abs(x[list[i + 1].frame] - x[list[i].frame]);
      // Never remove the clip ends; remove an interior pair only if its neighbours are more extreme.
      if (d < smallest && i > 0 && i + 1 < list.length - 1 && moreExtreme(list[i - 1], list[i + 1]) && moreExtreme(list[i + 2], list[i])) { smallest = d; k = i; }
    }
    if (k < 0) break;
    list.splice(k, 2);
  }
  // A too-small first/last segment (the clip starts or ends part-way through a movement): when the
  // interior extremum is the more extreme of the two it stands for that end and the clip end is
  // dropped; otherwise the clip end absorbs it (taking its kind). Either way the list alternates,
  // and a mid-height clip start can no longer swallow every rep after it.
  const beyond = (a: Extremum, b: Extremum) => (a.kind === 'bottom' ? x[a.frame] <= x[b.frame] : x[a.frame] >= x[b.frame]);
  const small = (a: number, b: number) => Math.abs(x[list[b].frame] - x[list[a].frame]) < minRom;
  while (list.length > 2 && small(0, 1)) {
    if (beyond(list[1], list[0])) list.shift();
    else list[0] = { frame: list[0].frame, kind: list.splice(1, 1)[0].kind };
  }
  while (list.length > 2 && small(list.length - 2, list.length - 1)) {
    const k = list.length - 2;
    if (beyond(list[k], list[k + 1])) list.pop();
    else list[k + 1] = { frame: list[k + 1].frame, kind: list.splice(k, 1)[0].kind };
  }
  return list;
}

/** First frame in [a, b] (stepping by dir) where pred holds; falls back to b. */
function scan(a: number, b: number, pred: (i: number) => boolean): number {
  const dir = b >= a ? 1 : -1;
  for (let i = a; dir > 0 ? i <= b : i >= b; i += dir) if (pred(i)) return i;
  return b;
}

export interface SegmentOptions {
  fps: number;
  /** Minimum range of motion in signal units. */
  minRom: number;
  /** Squat reps must descend from a top inside the window; deadlift reps may start at the bottom. */
  needDescent: boolean;
  thresholds: Thresholds;
}

/** Finds reps in `signal` (higher = more extended). */
export function segmentReps(signal: ArrayLike<number>, o: SegmentOptions): RepSegmentation {
  const t = o.thresholds;
  const x = smooth(signal, Math.max(1, Math.round((t.smoothS * o.fps) / 2)));
  const lag = scaled(1, o.fps);
  const bits = majorityFilter(directionBits(x, lag, 0.02 * o.minRom), scaled(t.majorityFrames30, o.fps, 3) | 1);
  const edges = phaseEdges(bits, scaled(t.edgeHalfFrames30, o.fps, 2));
  const extrema = pruneByRom(x, withEnds(x, extremaFromEdges(x, edges)), o.minRom);
  const topLevel = percentile(x, 90);
  const reps: RepFrames[] = [];
  for (let k = 0; k < extrema.length; k++) {
    const b = extrema[k];
    if (b.kind !== 'bottom' || k + 1 >= extrema.length) continue;
    const next = extrema[k + 1];
    const prev = k > 0 ? extrema[k - 1] : undefined;
    const rise = x[next.frame] - x[b.frame];
    if (rise < o.minRom || x[next.frame] < topLevel - t.topReturnFrac * (topLevel - x[b.frame])) continue;
    const fall = prev ? x[prev.frame] - x[b.frame] : 0;
    if (o.needDescent && fall < o.minRom) continue;
    const from = prev ? prev.frame : b.frame;
    const start = prev ? scan(b.frame, from, (i) => x[i] >= x[from] - 0.1 * fall) : b.frame;
    const end = scan(b.frame, next.frame, (i) => x[i] >= x[next.frame] - 0.1 * rise);
    // Too quick for a rep (gait makes short hip dips); a deadlift starting at the floor is exempt.
    if (prev && (end - start) / o.fps < t.minRepS) continue;
    // The top is the highest point of the ascent inside the rep (startS ≤ bottomS ≤ topS ≤ endS).
    reps.push({ start, bottom: b.frame, top: Math.min(next.frame, end), end });
  }
  return { smoothed: x, extrema, reps, phase: bits };
}
