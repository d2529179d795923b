/** What every fault check reads, and the one way findings become `Mistake`s. */
import { flaggedEpisodes, momentWords } from '../episodes';
import type { FrameSignals } from '../features';
import type { Image2D } from '../image2d';
import type { RepFrames } from '../reps';
import type { Thresholds } from '../thresholds';
import type { Evidence, Exercise, Mistake, MistakeKind, Severity, ViewInfo } from '../types';

export interface FaultContext {
  exercise: Exercise;
  /** frames × 17 × 3 ground-frame poses (Y up, Z body forward, X person's left, pelvis at origin), m. */
  g: Float32Array;
  tS: Float64Array;
  fps: number;
  reps: RepFrames[];
  t: Thresholds;
  /** Only frames inside [from, to] are judged. */
  from: number;
  to: number;
  /** Per-frame camera yaw, deg (0 front, ±90 side, 180 rear). */
  yaw: Float64Array;
  view: ViewInfo;
  sig: FrameSignals;
  usable: boolean[];
  /** Levelled detector keypoints, or null without 2D input (mocap). */
  img: Image2D | null;
  /** Per-frame H36M joint scores (absent = 1). */
  scores?: Float32Array;
  legLength: number;
}

export const clamp01 = (x: number) => Math.max(0, Math.min(1, x));
const r2 = (x: number) => Math.round(x * 100) / 100;
export const severityOf = (s: number): Severity => (s < 0.34 ? 'mild' : s < 0.67 ? 'moderate' : 'severe');

/**
 * Frames of rep `r` where the hips are in the lower half of its range: the descent's second half,
 * the bottom and the ascent's first half — where squat faults show (knees cave, chest drops).
 */
export function lowHalf(c: FaultContext, r: RepFrames): number[] {
  const h = c.sig.hipHeight;
  const top = Math.max(h[r.start], h[r.end]), bot = h[r.bottom];
  const mid = Number.isFinite(top) && Number.isFinite(bot) ? bot + 0.5 * (top - bot) : Infinity;
  const out: number[] = [];
  for (let f = Math.max(r.start, c.from); f <= Math.min(r.end, c.to); f++) if (!(h[f] > mid)) out.push(f);
  return out;
}

/** Frames of every rep (within the window) picked by `pick`, as a boolean mask. */
export function repMask(c: FaultContext, pick: (r: RepFrames) => number[]): boolean[] {
  const m = new Array<boolean>(c.tS.length).fill(false);
  for (const r of c.reps) for (const f of pick(r)) m[f] = true;
  return m;
}

export interface Finding {
  /** How bad frame f is, 0..1 (0 = at the threshold). */
  score: (f: number) => number;
  confidence: (f: number) => number;
  evidence: Evidence;
  /** Sentence for the episode with its worst frame `peak`; `where` = "at the bottom of rep 2". */
  message: (peak: number, where: string) => string;
}

/**
 * Flagged frames → one mistake per rep (shortest episode `minMistakeS`, gaps of 2 frames bridged);
 * frames whose confidence is below `minMistakeConfidence` never count.
 */
export function mistakesFrom(c: FaultContext, kind: MistakeKind, flags: boolean[], badness: ArrayLike<number>, fd: Finding): Mistake[] {
  const minFrames = Math.max(1, Math.round(c.t.minMistakeS * c.fps));
  const sure = flags.map((on, f) => on && fd.confidence(f) >= c.t.minMistakeConfidence);
  return flaggedEpisodes(sure, badness, c.reps, minFrames, 2).map((e) => {
    const score = clamp01(fd.score(e.peak));
    return {
      kind, startS: r2(c.tS[e.start]), endS: r2(c.tS[e.end]), rep: e.rep,
      severity: severityOf(score), score: r2(score), confidence: r2(clamp01(fd.confidence(e.peak))), evidence: fd.evidence,
      message: fd.message(e.peak, momentWords(c.reps, e.peak)),
    };
  });
}

/** One finding per rep from a per-rep decision (for rules judged once per rep, e.g. depth). */
export function repMistake(c: FaultContext, kind: MistakeKind, rep: number, a: number, b: number, score: number, confidence: number, evidence: Evidence, message: string): Mistake | null {
  if (confidence < c.t.minMistakeConfidence) return null;
  const s = clamp01(score);
  return { kind, startS: r2(c.tS[a]), endS: r2(c.tS[b]), rep, severity: severityOf(s), score: r2(s), confidence: r2(clamp01(confidence)), evidence, message };
}

export const pushIf = (out: Mistake[], m: Mistake | null) => { if (m) out.push(m); };
