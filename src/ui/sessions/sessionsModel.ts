/** Pure helpers for the sessions list. */
import { formatTime } from '../shared/format';
import type { SessionSummary } from '../shared/types';

/** Trimmed, single-spaced name, or null if empty. */
export function validName(raw: string): string | null {
  const s = raw.replace(/\s+/g, ' ').trim().slice(0, 80);
  return s === '' ? null : s;
}

/** "22 Nov 2026, 14:05 · squat · 5 reps · 0:42.0 · video kept" (local time). */
export function sessionDetails(s: SessionSummary, locale?: string): string {
  const when = new Date(s.createdMs).toLocaleString(locale, { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit' });
  const parts = [when];
  if (s.exercise) parts.push(s.exercise);
  if (s.repCount !== undefined) parts.push(`${s.repCount} ${s.repCount === 1 ? 'rep' : 'reps'}`);
  if (s.durationS !== undefined) parts.push(formatTime(s.durationS));
  parts.push(s.hasVideo ? 'video kept' : 'video not stored');
  return parts.join(' · ');
}

/** What an interrupted analysis kept, in words. */
export function keptSummary(kept: SessionSummary['kept']): string {
  if (!kept || kept.frameCount <= 0) return 'nothing was kept; the video must be analysed again.';
  const pct = (n: number) => Math.round((100 * Math.min(n, kept.frameCount)) / kept.frameCount);
  const parts = [`2D poses for ${pct(kept.frames2d)}% of frames`];
  if (kept.frames3d > 0) parts.push(`3D for ${pct(kept.frames3d)}%`);
  parts.push(kept.analysis ? 'the analysis' : 'no analysis yet');
  return `kept ${parts.join(', ')}.`;
}

/** Newest first. */
export function sortSessions(list: readonly SessionSummary[]): SessionSummary[] {
  return [...list].sort((a, b) => b.createdMs - a.createdMs);
}
