/** Pure helpers for the reference-comparison panel: sparklines, bars, score words. */

/** Joint groups of the comparison (fitness-coach-app-flow.txt step 5e: feet, knees, hands/elbows...). */
export type JointGroup = 'feet' | 'knees' | 'hips' | 'hands' | 'spine';

export const GROUP_LABELS: Record<JointGroup, string> = {
  feet: 'Feet',
  knees: 'Knees',
  hips: 'Hips',
  hands: 'Hands & elbows',
  spine: 'Spine',
};

/** One group's difference to the reference after time-warp, alignment and size normalisation. */
export interface ComparisonGroupView {
  group: JointGroup | string;
  /** Per user frame, centimetres (null = not compared at that frame). */
  diffCm: readonly (number | null)[];
  meanCm: number;
}

/** A moment where the user differs most, with what differs in words. */
export interface WorstMomentView {
  /** Time on the user's clip, seconds. */
  tS: number;
  group: JointGroup | string;
  diffCm: number;
  /** E.g. "knees 9 cm more inward at the bottom". */
  text: string;
}

export interface ComparisonView {
  /** 0..100, higher = closer to the reference. */
  score: number;
  groups: readonly ComparisonGroupView[];
  worst: readonly WorstMomentView[];
}

export function groupLabel(group: string): string {
  return GROUP_LABELS[group as JointGroup] ?? group;
}

export function scoreWords(score: number): string {
  if (score >= 85) return 'Very close to the reference';
  if (score >= 70) return 'Close, with a few differences';
  if (score >= 50) return 'Noticeable differences';
  return 'Quite different from the reference';
}

/**
 * SVG polyline point lists for a series in a w×h box (y down, 0 at the bottom edge, `maxV` at the
 * top). Gaps (null) split the line so missing frames are not bridged.
 */
export function sparklineSegments(values: readonly (number | null)[], w: number, h: number, maxV: number): string[] {
  const n = values.length;
  if (n === 0 || !(maxV > 0)) return [];
  const segs: string[] = [];
  let cur: string[] = [];
  values.forEach((v, i) => {
    if (v === null || !Number.isFinite(v)) {
      if (cur.length) segs.push(cur.join(' '));
      cur = [];
      return;
    }
    const x = n === 1 ? 0 : (i / (n - 1)) * w;
    const y = h - (Math.min(v, maxV) / maxV) * h;
    cur.push(`${x.toFixed(1)},${y.toFixed(1)}`);
  });
  if (cur.length) segs.push(cur.join(' '));
  return segs;
}

/** Shared y-scale for all sparklines: the largest finite value, at least 1 cm. */
export function sparkMax(groups: readonly ComparisonGroupView[]): number {
  let m = 1;
  for (const g of groups) for (const v of g.diffCm) if (v !== null && Number.isFinite(v) && v > m) m = v;
  return m;
}
