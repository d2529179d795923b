/**
 * CSV exports of a `coach-analysis/1` result: per-frame keypoints (2D pixels and 3D metres) and the
 * per-rep table. Units are in the column names (`_px`, `_m`, `_s`, `_mps`, `_deg`); RFC 4180 quoting.
 */
import type { CoachResult, ResultPerson } from '../core/result';
import { COCO_JOINTS, H36M_JOINTS, NUM_JOINTS } from '../core/skeleton';

/** Quote a cell when it holds a comma, quote or newline (RFC 4180). */
export function csvCell(v: string | number | boolean | null | undefined): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'number') return Number.isFinite(v) ? String(v) : '';
  const s = String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export const csvRow = (cells: readonly (string | number | boolean | null | undefined)[]): string => cells.map(csvCell).join(',');

const round = (v: number, digits: number): number => {
  const f = 10 ** digits;
  return Math.round(v * f) / f;
};

export interface KeypointsCsvOptions {
  /** Which coordinates to write (default 'both'; 3D columns are empty where no pose3d exists). */
  include?: '2d' | '3d' | 'both';
}

/** Header: frame, t_ms, person, then `<coco>_{x_px,y_px,score}` ×17, then `<h36m>_{x_m,y_m,z_m}` ×17, root_{x,y,z}_m. */
export function keypointsCsvHeader(opts: KeypointsCsvOptions = {}): string[] {
  const inc = opts.include ?? 'both';
  const cols = ['frame', 't_ms', 'person'];
  if (inc !== '3d') for (const j of COCO_JOINTS) cols.push(`${j}_x_px`, `${j}_y_px`, `${j}_score`);
  if (inc !== '2d') {
    for (const j of H36M_JOINTS) cols.push(`${j}_x_m`, `${j}_y_m`, `${j}_z_m`);
    cols.push('root_x_m', 'root_y_m', 'root_z_m');
  }
  return cols;
}

function personCells(p: ResultPerson | undefined, inc: 'both' | '2d' | '3d'): (number | null)[] {
  const cells: (number | null)[] = [];
  if (inc !== '3d') {
    for (let j = 0; j < NUM_JOINTS; j++) {
      const k = p?.keypoints2d[j];
      cells.push(k ? round(k[0], 2) : null, k ? round(k[1], 2) : null, k ? round(k[2], 4) : null);
    }
  }
  if (inc !== '2d') {
    for (let j = 0; j < NUM_JOINTS; j++) {
      const k = p?.pose3d?.[j];
      cells.push(k ? round(k[0], 5) : null, k ? round(k[1], 5) : null, k ? round(k[2], 5) : null);
    }
    const r = p?.root;
    cells.push(r ? round(r[0], 5) : null, r ? round(r[1], 5) : null, r ? round(r[2], 5) : null);
  }
  return cells;
}

/**
 * One row per (frame, person); a frame without a person keeps one row with empty joint cells, so
 * row order = frame order. 2D: source-video pixels (x right, y down) + score 0..1; 3D: metres,
 * H36M order, root-relative, camera axes x right, y up, z towards the viewer; root: pelvis in metres.
 */
export function keypointsToCsv(result: Pick<CoachResult, 'frames'>, opts: KeypointsCsvOptions = {}): string {
  const inc = opts.include ?? 'both';
  const rows = [keypointsCsvHeader(opts).join(',')];
  for (const f of result.frames) {
    if (f.persons.length === 0) rows.push(csvRow([f.i, round(f.tMs, 3), null, ...personCells(undefined, inc)]));
    for (const p of f.persons) rows.push(csvRow([f.i, round(f.tMs, 3), p.id, ...personCells(p, inc)]));
  }
  return rows.join('\n') + '\n';
}

/** Fixed per-rep columns: [result key, CSV column with unit]. Other numeric keys follow as-is. */
const REP_COLUMNS: readonly (readonly [string, string])[] = [
  ['startS', 'start_s'], ['bottomS', 'bottom_s'], ['topS', 'top_s'], ['endS', 'end_s'], ['durationS', 'duration_s'],
  ['eccentricS', 'eccentric_s'], ['concentricS', 'concentric_s'], ['romM', 'rom_m'], ['romSpineDeg', 'rom_spine_deg'],
  ['meanSpeedMps', 'mean_speed_mps'], ['peakSpeedMps', 'peak_speed_mps'], ['minKneeDeg', 'min_knee_deg'],
  ['minSpineDeg', 'min_spine_deg'],
];

interface MistakeLike { kind?: unknown; rep?: unknown; severity?: unknown; startS?: unknown; endS?: unknown; confidence?: unknown; evidence?: unknown; message?: unknown }

/** Severity words of a mistake (docs/analysis.md), mildest first (numbers 0..1 from older results rank as is). */
const SEVERITY_RANK: Record<string, number> = { mild: 1, moderate: 2, severe: 3 };
const rankOf = (s: unknown) => (typeof s === 'number' ? s : typeof s === 'string' ? SEVERITY_RANK[s] ?? 0 : 0);

/**
 * One row per rep of `analysis.reps` (docs/analysis.md): rep number (1-based), times in seconds, range in
 * metres/degrees, speeds in m/s, then the mistakes flagged in that rep (`kind` list and worst severity).
 */
export function repsToCsv(analysis: Record<string, unknown> | undefined): string {
  const reps = Array.isArray(analysis?.reps) ? (analysis.reps as Record<string, unknown>[]) : [];
  const mistakes = Array.isArray(analysis?.mistakes) ? (analysis.mistakes as MistakeLike[]) : [];
  const known = new Set(REP_COLUMNS.map(([k]) => k));
  const extras = [...new Set(reps.flatMap((r) => Object.keys(r).filter((k) => !known.has(k) && typeof r[k] === 'number')))];
  const rows = [csvRow(['rep', ...REP_COLUMNS.map(([, c]) => c), ...extras, 'mistakes', 'worst_severity'])];
  reps.forEach((r, i) => {
    const mine = mistakes.filter((m) => m.rep === i);
    const kinds = [...new Set(mine.map((m) => String(m.kind)))].join(' ');
    const worst = mine.reduce<MistakeLike | null>((w, m) => (!w || rankOf(m.severity) > rankOf(w.severity) ? m : w), null);
    const worstCell = worst === null ? null : typeof worst.severity === 'number' ? round(worst.severity, 3) : String(worst.severity ?? '');
    const num = (k: string) => (typeof r[k] === 'number' ? round(r[k] as number, 4) : null);
    rows.push(csvRow([i + 1, ...REP_COLUMNS.map(([k]) => num(k)), ...extras.map(num), kinds, worstCell]));
  });
  return rows.join('\n') + '\n';
}

/**
 * One row per mistake of `analysis.mistakes` (docs/analysis.md, "Output"): kind, rep (1-based, empty outside
 * reps), start/end in seconds, severity word, confidence 0..1, evidence (2d | 3d | 2d+3d), message.
 */
export function mistakesToCsv(analysis: Record<string, unknown> | undefined): string {
  const mistakes = Array.isArray(analysis?.mistakes) ? (analysis.mistakes as MistakeLike[]) : [];
  const rows = [csvRow(['kind', 'rep', 'start_s', 'end_s', 'severity', 'confidence', 'evidence', 'message'])];
  for (const m of mistakes) {
    const n = (v: unknown, d: number) => (typeof v === 'number' ? round(v, d) : null);
    rows.push(csvRow([String(m.kind ?? ''), typeof m.rep === 'number' ? m.rep + 1 : null, n(m.startS, 3), n(m.endS, 3),
      typeof m.severity === 'string' ? m.severity : n(m.severity, 3), n(m.confidence, 2), typeof m.evidence === 'string' ? m.evidence : null, typeof m.message === 'string' ? m.message : null]));
  }
  return rows.join('\n') + '\n';
}
