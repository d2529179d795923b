/** Groups flagged frames into episodes, one per rep (severity per rep), for the mistake reports. */
import type { RepFrames } from './reps';

export interface Episode {
  start: number;
  end: number;
  /** Frame with the worst value. */
  peak: number;
  /** Rep index, or null outside every rep. */
  rep: number | null;
}

/** Index of the rep containing frame f (null if none). */
export const repOf = (reps: RepFrames[], f: number): number | null => {
  const k = reps.findIndex((r) => f >= r.start && f <= r.end);
  return k < 0 ? null : k;
};

/**
 * Flagged runs (gaps up to `maxGap` frames bridged) of at least `minFrames`, merged per rep;
 * `badness` picks the peak frame (higher = worse).
 */
export function flaggedEpisodes(flags: ArrayLike<boolean>, badness: ArrayLike<number>, reps: RepFrames[], minFrames: number, maxGap: number): Episode[] {
  const runs: [number, number][] = [];
  let a = -1, last = -1;
  for (let f = 0; f <= flags.length; f++) {
    const on = f < flags.length && flags[f];
    if (on) { if (a < 0) a = f; last = f; continue; }
    if (a >= 0 && (f >= flags.length || f - last > maxGap)) { runs.push([a, last]); a = -1; }
  }
  const byRep = new Map<string, Episode>();
  for (const [s, e] of runs) {
    if (e - s + 1 < minFrames) continue;
    let peak = s;
    for (let f = s; f <= e; f++) if (badness[f] > badness[peak]) peak = f;
    const rep = repOf(reps, peak);
    const key = rep === null ? `x${s}` : `r${rep}`;
    const prev = byRep.get(key);
    if (!prev) byRep.set(key, { start: s, end: e, peak, rep });
    else byRep.set(key, { start: Math.min(prev.start, s), end: Math.max(prev.end, e), peak: badness[peak] > badness[prev.peak] ? peak : prev.peak, rep });
  }
  return [...byRep.values()].sort((x, y) => x.start - y.start);
}

/** Words for where frame f lies in its rep. */
export function momentWords(reps: RepFrames[], f: number): string {
  const k = repOf(reps, f);
  if (k === null) return 'outside the reps';
  const r = reps[k];
  const near = Math.max(1, 0.2 * (r.end - r.start));
  const where = Math.abs(f - r.bottom) <= near ? 'at the bottom' : f < r.bottom ? 'on the way down' : 'on the way up';
  return `${where} of rep ${k + 1}`;
}
