/**
 * Scoring of fault labels (issue 11): a fault span is *found* when a mistake of its kind overlaps
 * it; a clean span is *silent* when none does. Pure; used by `npm run eval:faults`.
 */

/** One labelled row: `file,exercise,kind,fault_start_s,fault_end_s,clean_start_s,clean_end_s`. */
export interface FaultLabel {
  file: string;
  exercise: 'squat' | 'deadlift';
  kind: string;
  fault?: [number, number];
  clean?: [number, number];
}

export interface MistakeSpan { kind: string; startS: number; endS: number }

export interface SpanOutcome {
  file: string;
  kind: string;
  span: 'fault' | 'clean';
  from: number;
  to: number;
  /** View label of the clip and the check's status there. */
  view: string;
  status: string;
  /** found (fault) / silent (clean). */
  ok: boolean;
}

const num = (s: string | undefined) => (s === undefined || s.trim() === '' ? NaN : Number(s));

export function labelsFromCsv(rows: Record<string, string>[]): FaultLabel[] {
  return rows.map((r) => {
    const ex = r.exercise === 'deadlift' ? 'deadlift' : 'squat';
    const fs = num(r.fault_start_s), fe = num(r.fault_end_s), cs = num(r.clean_start_s), ce = num(r.clean_end_s);
    return {
      file: r.file, exercise: ex, kind: r.kind,
      ...(Number.isFinite(fs) && Number.isFinite(fe) ? { fault: [fs, fe] as [number, number] } : {}),
      ...(Number.isFinite(cs) && Number.isFinite(ce) ? { clean: [cs, ce] as [number, number] } : {}),
    };
  });
}

const overlaps = (m: MistakeSpan, [a, b]: [number, number]) => m.startS <= b && m.endS >= a;

export function scoreLabel(l: FaultLabel, mistakes: readonly MistakeSpan[], view: string, status: string): SpanOutcome[] {
  const mine = mistakes.filter((m) => m.kind === l.kind);
  const out: SpanOutcome[] = [];
  if (l.fault) out.push({ file: l.file, kind: l.kind, span: 'fault', from: l.fault[0], to: l.fault[1], view, status, ok: mine.some((m) => overlaps(m, l.fault!)) });
  if (l.clean) out.push({ file: l.file, kind: l.kind, span: 'clean', from: l.clean[0], to: l.clean[1], view, status, ok: !mine.some((m) => overlaps(m, l.clean!)) });
  return out;
}

export interface Tally { found: number; faults: number; silent: number; cleans: number }

/** Tallies by a key (e.g. kind, or kind + view), over outcomes. */
export function tally(outcomes: readonly SpanOutcome[], key: (o: SpanOutcome) => string): Map<string, Tally> {
  const m = new Map<string, Tally>();
  for (const o of outcomes) {
    const t = m.get(key(o)) ?? { found: 0, faults: 0, silent: 0, cleans: 0 };
    if (o.span === 'fault') { t.faults++; if (o.ok) t.found++; } else { t.cleans++; if (o.ok) t.silent++; }
    m.set(key(o), t);
  }
  return m;
}

const pct = (a: number, b: number) => (b ? `${a}/${b} (${Math.round((100 * a) / b)}%)` : '—');

/** Markdown table of a tally. */
export function tallyTable(title: string, t: Map<string, Tally>): string {
  const rows = [...t.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([k, v]) => `| ${k} | ${pct(v.found, v.faults)} | ${pct(v.silent, v.cleans)} |`);
  return [`| ${title} | fault spans found | clean spans silent |`, '|---|---|---|', ...rows].join('\n');
}
