/**
 * Ground truth for a video (docs/accuracy.md): per frame, COCO-17 2D keypoints in the displayed
 * video's pixels (x right, y down) and/or H36M-17 3D joints in metres (camera axes x right, y up,
 * z towards the viewer; any origin: the evaluation aligns roots), nulls for unlabelled joints/frames.
 * Frames are named by decoded-frame index or by time in seconds from the first frame.
 * Three inputs: `coach-truth/1` JSON, a long CSV (one row per frame and joint), or a
 * `coach-analysis/1` result used as a *model reference* (agreement between models, not accuracy).
 */
import { COCO, COCO_JOINTS, H36M } from '../core/skeleton';
import type { Pt } from './keypoints';

export const TRUTH_FORMAT = 'coach-truth/1' as const;

export interface TruthFrame {
  /** Decoded-frame index (0-based), or null when the frame is named by time. */
  i: number | null;
  /** Seconds from the first frame, or null when the frame is named by index. */
  tS: number | null;
  /** 17 COCO points [x px, y px], null per unlabelled joint; null = no 2D truth for this frame. */
  kp2d: Pt[] | null;
  /** 17 H36M points [x, y, z] metres, null per unlabelled joint; null = no 3D truth for this frame. */
  pose3d: Pt[] | null;
  /** Head-box diagonal in px for PCKh (else from the face keypoints); null when not given. */
  headPx: number | null;
}

export interface VideoTruth {
  /** Hand labels (or mocap), or another model's result: then scores are agreement, not accuracy. */
  source: { kind: 'labels' } | { kind: 'model'; model: string };
  /** Display size px the 2D truth was labelled in, when the file says. */
  size: { width: number; height: number } | null;
  frames: TruthFrame[];
}

/** Thrown for a file that is not a usable truth file; the message is for people. */
export class TruthError extends Error {}

/** Reference joints below this score count as unlabelled when a model result is the reference. */
export const REFERENCE_MIN_SCORE = 0.5;

const num = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

function points(v: unknown, dims: 2 | 3, where: string): Pt[] | null {
  if (v === null || v === undefined) return null;
  if (!Array.isArray(v) || v.length !== 17) throw new TruthError(`${where} must be 17 points or null (got ${Array.isArray(v) ? v.length : typeof v})`);
  return v.map((p, j) => {
    if (p === null) return null;
    // COCO-style [x, y, v] with v = 0 means "not labelled".
    if (dims === 2 && Array.isArray(p) && p.length === 3 && p[2] === 0) return null;
    if (!Array.isArray(p) || p.length < dims || !p.slice(0, dims).every(num)) throw new TruthError(`${where}[${j}] must be ${dims === 2 ? '[x, y]' : '[x, y, z]'} numbers or null`);
    return p.slice(0, dims) as number[];
  });
}

function frameKey(o: Record<string, unknown>, where: string): { i: number | null; tS: number | null } {
  const i = o.frame ?? o.i;
  if (i !== undefined) {
    if (!Number.isInteger(i) || (i as number) < 0) throw new TruthError(`${where}.frame must be a frame index ≥ 0`);
    return { i: i as number, tS: null };
  }
  if (num(o.t) && o.t >= 0) return { i: null, tS: o.t };
  throw new TruthError(`${where} needs "frame" (index from 0) or "t" (seconds)`);
}

function fromTruthJson(o: Record<string, unknown>): VideoTruth {
  if (!Array.isArray(o.frames)) throw new TruthError('coach-truth/1 needs a "frames" array');
  const v = o.video as { width?: unknown; height?: unknown } | undefined;
  const size = v && num(v.width) && num(v.height) ? { width: v.width, height: v.height } : null;
  const frames = o.frames.map((f: unknown, k): TruthFrame => {
    const where = `frames[${k}]`;
    if (!f || typeof f !== 'object') throw new TruthError(`${where} must be an object`);
    const r = f as Record<string, unknown>;
    const head = r.headSizePx;
    if (head !== undefined && head !== null && !(num(head) && head > 0)) throw new TruthError(`${where}.headSizePx must be a positive number`);
    return { ...frameKey(r, where), kp2d: points(r.keypoints2d, 2, `${where}.keypoints2d`), pose3d: points(r.pose3d, 3, `${where}.pose3d`), headPx: (head as number | undefined) ?? null };
  });
  return { source: { kind: 'labels' }, size, frames };
}

/** A `coach-analysis/1` result as the reference: confident 2D joints (≥ REFERENCE_MIN_SCORE) and its 3D. */
function fromResult(o: Record<string, unknown>): VideoTruth {
  const frames = (o.frames as { i: number; persons?: { keypoints2d?: number[][]; pose3d?: number[][] }[] }[] | undefined) ?? [];
  if (!Array.isArray(frames)) throw new TruthError('the result has no "frames" array');
  const v = o.video as { width?: unknown; height?: unknown } | undefined;
  return {
    source: { kind: 'model', model: typeof o.model === 'string' ? o.model : 'unknown model' },
    size: v && num(v.width) && num(v.height) ? { width: v.width, height: v.height } : null,
    frames: frames.map((f) => {
      const p = f.persons?.[0];
      const kp = p?.keypoints2d;
      return {
        i: f.i, tS: null, headPx: null,
        kp2d: kp?.length === 17 ? kp.map(([x, y, s]) => (s >= REFERENCE_MIN_SCORE ? [x, y] : null)) : null,
        pose3d: p?.pose3d?.length === 17 ? p.pose3d.map((q) => (q.every(num) ? q.slice(0, 3) : null)) : null,
      };
    }),
  };
}

/** Parses a JSON truth file (`coach-truth/1`, or a `coach-analysis/1` result as a model reference). */
export function parseTruthJson(json: unknown): VideoTruth {
  if (!json || typeof json !== 'object' || Array.isArray(json)) throw new TruthError('not a truth file: expected a JSON object with "format": "coach-truth/1"');
  const o = json as Record<string, unknown>;
  if (o.format === TRUTH_FORMAT) return checked(fromTruthJson(o));
  if (o.format === 'coach-analysis/1') return checked(fromResult(o));
  throw new TruthError(`not a truth file: "format" must be "coach-truth/1" (or a "coach-analysis/1" result as a model reference), got ${JSON.stringify(o.format ?? null)}`);
}

const CSV_2D = ['x_px', 'y_px'] as const;
const CSV_3D = ['x_m', 'y_m', 'z_m'] as const;

/**
 * Long CSV: header with `frame` or `t_s`, `joint`, and `x_px,y_px` and/or `x_m,y_m,z_m`; one row per
 * frame and joint; empty cells = not labelled. 2D joints by COCO name, 3D joints by H36M name.
 */
export function parseTruthCsv(text: string): VideoTruth {
  const lines = text.split(/\r?\n/).map((l) => l.trim()).filter((l) => l && !l.startsWith('#'));
  if (!lines.length) throw new TruthError('the CSV is empty');
  const head = lines[0].split(',').map((h) => h.trim().toLowerCase());
  const col = (n: string) => head.indexOf(n);
  const key = col('frame') >= 0 ? 'frame' : col('t_s') >= 0 ? 't_s' : null;
  if (!key || col('joint') < 0) throw new TruthError('not a truth file: a JSON truth file or a CSV whose header has "frame" (or "t_s") and "joint" columns');
  const has2 = CSV_2D.every((c) => col(c) >= 0), has3 = CSV_3D.every((c) => col(c) >= 0);
  if (!has2 && !has3) throw new TruthError('CSV header needs x_px,y_px (2D) and/or x_m,y_m,z_m (3D) columns');
  const byKey = new Map<number, TruthFrame>();
  lines.slice(1).forEach((line, k) => {
    const cells = line.split(',').map((c) => c.trim());
    const where = `CSV line ${k + 2}`;
    const kv = Number(cells[col(key)]);
    if (cells[col(key)] === '' || !Number.isFinite(kv) || kv < 0 || (key === 'frame' && !Number.isInteger(kv))) throw new TruthError(`${where}: ${key} must be ${key === 'frame' ? 'a frame index ≥ 0' : 'seconds ≥ 0'}`);
    let f = byKey.get(kv);
    if (!f) byKey.set(kv, f = { i: key === 'frame' ? kv : null, tS: key === 't_s' ? kv : null, kp2d: null, pose3d: null, headPx: null });
    const name = cells[col('joint')];
    const read = (cs: readonly string[]): number[] | null => {
      const raw = cs.map((c) => cells[col(c)] ?? '');
      if (raw.every((r) => r === '')) return null;
      const v = raw.map(Number);
      if (raw.some((r) => r === '') || !v.every(Number.isFinite)) throw new TruthError(`${where}: ${cs.join(',')} must all be numbers or all empty`);
      return v;
    };
    const p2 = has2 ? read(CSV_2D) : null, p3 = has3 ? read(CSV_3D) : null;
    if (p2) {
      const j = (COCO as Record<string, number>)[name];
      if (j === undefined) throw new TruthError(`${where}: "${name}" is not a COCO-17 joint (2D joints: ${COCO_JOINTS.join(', ')})`);
      (f.kp2d ??= new Array(17).fill(null))[j] = p2;
    }
    if (p3) {
      const j = (H36M as Record<string, number>)[name];
      if (j === undefined) throw new TruthError(`${where}: "${name}" is not an H36M-17 joint (3D joints are in H36M order)`);
      (f.pose3d ??= new Array(17).fill(null))[j] = p3;
    }
    if (!p2 && !p3 && !(name in COCO) && !(name in H36M)) throw new TruthError(`${where}: unknown joint "${name}"`);
  });
  return checked({ source: { kind: 'labels' }, size: null, frames: [...byKey.values()] });
}

/** Parses a truth file by its content (JSON object or CSV). */
export function parseTruth(text: string): VideoTruth {
  const s = text.trimStart();
  if (s.startsWith('{') || s.startsWith('[')) {
    let json: unknown;
    try { json = JSON.parse(s); } catch (e) { throw new TruthError(`the truth file is not valid JSON (${(e as Error).message})`); }
    return parseTruthJson(json);
  }
  return parseTruthCsv(text);
}

function checked(t: VideoTruth): VideoTruth {
  const seen = new Set<string>();
  for (const f of t.frames) {
    const k = f.i !== null ? `frame ${f.i}` : `t ${f.tS} s`;
    if (seen.has(k)) throw new TruthError(`${k} appears twice in the truth file`);
    seen.add(k);
  }
  if (!t.frames.some((f) => f.kp2d?.some(Boolean) || f.pose3d?.some(Boolean))) throw new TruthError('the truth file labels no joint in any frame');
  return t;
}
