/** Mistakes grouped into one card per fault kind, each with its colour (shared by the card and its timeline markers). */
import { mistakeMomentS, repNumberAt, sortMistakes } from './coachModel';
import type { MistakeView, RepView } from '../shared/types';

/** Colours of the known fault kinds; other kinds take the next free palette colour. All ≥ 4.5:1 on the dark surface. */
const KNOWN: Record<string, string> = { knee_valgus: '#ff7b7b', forward_lean: '#ffc65c' };
const PALETTE = ['#c79bff', '#ff9f5a', '#7ee0c3', '#f78fd0', '#b8d65c'];

/** A stable colour for a fault kind (same on the card, the timeline marker and the legend). */
export function faultColor(kind: string): string {
  if (KNOWN[kind]) return KNOWN[kind];
  let h = 0;
  for (const c of kind) h = (h * 31 + c.charCodeAt(0)) >>> 0;
  return PALETTE[h % PALETTE.length];
}

export interface FaultOccurrence {
  mistake: MistakeView;
  /** Where "show me" goes, seconds. */
  atS: number;
  /** 1-based rep containing that moment, or null. */
  rep: number | null;
}

export interface FaultGroup {
  kind: string;
  color: string;
  /** The worst occurrence (the card's words and its main "show me"). */
  worst: MistakeView;
  /** Every occurrence in time order. */
  occurrences: FaultOccurrence[];
  /** Distinct 1-based reps with this fault, ascending. */
  reps: number[];
}

/** One group per kind, worst kind first (by its worst occurrence), occurrences in time order. */
export function groupMistakes(mistakes: readonly MistakeView[], reps: readonly RepView[]): FaultGroup[] {
  const groups = new Map<string, FaultGroup>();
  for (const m of sortMistakes(mistakes)) {
    const atS = mistakeMomentS(m);
    const occ = { mistake: m, atS, rep: repNumberAt(atS, reps) };
    const g = groups.get(m.kind);
    if (g) g.occurrences.push(occ);
    else groups.set(m.kind, { kind: m.kind, color: faultColor(m.kind), worst: m, occurrences: [occ], reps: [] });
  }
  return [...groups.values()].map((g) => {
    const occurrences = g.occurrences.sort((a, b) => a.atS - b.atS);
    const repsWith = [...new Set(occurrences.map((o) => o.rep).filter((r): r is number => r !== null))].sort((a, b) => a - b);
    return { ...g, occurrences, reps: repsWith };
  });
}

/** "in reps 1, 2 and 4", "in rep 3", "outside the reps". */
export function repsWords(reps: readonly number[]): string {
  if (reps.length === 0) return 'outside the reps';
  if (reps.length === 1) return `in rep ${reps[0]}`;
  return `in reps ${reps.slice(0, -1).join(', ')} and ${reps[reps.length - 1]}`;
}
