/** Pure view-model helpers for the coaching panel. */
import { mistakeTitle } from '../shared/coachWords';
import type { MistakeView, RepView } from '../shared/types';

/** Mistakes whose time span overlaps the rep's [startS, endS] (rep indices vary between analyzers). */
export function mistakesInRep(rep: RepView, mistakes: readonly MistakeView[]): MistakeView[] {
  return mistakes.filter((m) => m.startS <= rep.endS && m.endS >= rep.startS);
}

/** Distinct mistake titles for a rep's flag column, e.g. ["Knees caving in"]. */
export function repFlags(rep: RepView, mistakes: readonly MistakeView[]): string[] {
  return [...new Set(mistakesInRep(rep, mistakes).map((m) => mistakeTitle(m.kind)))];
}

/** 1-based number of the rep containing time t, or null. */
export function repNumberAt(t: number, reps: readonly RepView[]): number | null {
  const i = reps.findIndex((r) => t >= r.startS && t <= r.endS);
  return i < 0 ? null : i + 1;
}

/** The moment to look at for a mistake: its start, or mid-span for long ones (> 1 s). */
export function mistakeMomentS(m: MistakeView): number {
  return m.endS - m.startS > 1 ? (m.startS + m.endS) / 2 : m.startS;
}

/** Mistakes ordered worst first, then by time. */
export function sortMistakes(mistakes: readonly MistakeView[]): MistakeView[] {
  const sev = (m: MistakeView) =>
    typeof m.severity === 'number' ? m.severity : ({ high: 1, severe: 1, medium: 0.5, moderate: 0.5 } as Record<string, number>)[m.severity.toLowerCase()] ?? 0.2;
  return [...mistakes].sort((a, b) => sev(b) - sev(a) || a.startS - b.startS);
}

/**
 * Validates a trim edit: times inside [0, durationS], start before end by at least 0.5 s.
 * Returns a human error or null.
 */
export function trimError(startS: number | undefined, endS: number | undefined, durationS: number): string | null {
  if (startS !== undefined && (startS < 0 || startS > durationS)) return `Start must be between 0 and ${durationS.toFixed(1)} s.`;
  if (endS !== undefined && (endS < 0 || endS > durationS)) return `End must be between 0 and ${durationS.toFixed(1)} s.`;
  if (startS !== undefined && endS !== undefined && endS - startS < 0.5) return 'End must be at least half a second after start.';
  return null;
}
