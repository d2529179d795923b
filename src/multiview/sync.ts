/**
 * Time alignment of two videos of one set (two phones), from what the pipeline already measured.
 * `offsetS` is how much later an event appears in b's timeline than in a's (tB = tA + offsetS).
 * Methods: the person-detection score (Intel 3DAT: threshold 0.75, enter/leave edges, joining rules
 * for line and box set-ups), the pose motion signal (hip height; the most robust for lifts) and a
 * motion-energy signal (dense optical flow magnitude per frame, the 3DAT "moment of snap" signal).
 * Pure functions; times in seconds.
 */
import { bestLag, resample, type Series } from './signal';

/** Per-frame measurements of one video. Arrays are indexed by frame. */
export interface SyncTrack {
  /** Frame times, seconds from the start of the video. */
  tS: readonly number[];
  /** Best person's detection score 0..1 per frame (0 when nobody was found). */
  score: readonly number[];
  /** Hip-centre height, in person heights (box heights) up from the image bottom; NaN when the hips are not confident. */
  hipUp: readonly number[];
  /** Mean optical-flow magnitude per frame (any consistent unit), or absent when not measured. */
  motion?: readonly number[];
}

export type SyncMethod = 'score' | 'pose' | 'flow';
export type CameraSetup = 'box' | 'line';

export interface SyncEstimate {
  method: SyncMethod;
  /** tB = tA + offsetS, seconds; null when this method found nothing to align on. */
  offsetS: number | null;
  /** 0..1: how much to trust the estimate (0 = no estimate). */
  confidence: number;
  /** Words for a person: what the estimate rests on. */
  detail: string;
}

/**
 * Score threshold of the 3DAT article for "a person is in view" (their detector's person probability).
 * MoveNet's pose score is a mean keypoint confidence that sits near 0.7 for a well-seen person, so the
 * threshold is taken relative to the clip's own well-seen level (its 98th-percentile score, so a person in view
 * for only a few seconds of a long take still sets it).
 */
export const SCORE_THRESHOLD = 0.75;

/** The article's threshold scaled to this clip's score level (0.75 × 98th-percentile score). */
export function presenceThreshold(score: readonly number[]): number {
  const sorted = [...score].sort((x, y) => x - y);
  const top = sorted.length ? sorted[Math.floor(0.98 * (sorted.length - 1))] : 1;
  return SCORE_THRESHOLD * Math.max(0.1, top);
}
/** Runs shorter than this are detector flicker, not a person entering or leaving (seconds). */
const MIN_RUN_S = 0.3;

/** A person entering or leaving the view; `strength` = jump in mean score across it (0..1). */
export interface Edge { kind: 'enter' | 'leave'; tS: number; strength: number }

/** Mean score in [t0, t1), NaN when no frame falls there. */
function meanScore(tS: readonly number[], score: readonly number[], t0: number, t1: number): number {
  let s = 0, n = 0;
  for (let i = 0; i < tS.length; i++) if (tS[i] >= t0 && tS[i] < t1) { s += score[i]; n++; }
  return n ? s / n : NaN;
}

/** Enter/leave edges of the thresholded score series (threshold: see presenceThreshold), ignoring runs shorter than MIN_RUN_S. */
export function scoreEdges(tS: readonly number[], score: readonly number[], threshold = presenceThreshold(score)): Edge[] {
  const on = score.map((s) => s >= threshold);
  // Debounce: flip inner runs shorter than MIN_RUN_S to their neighbours' state.
  let i = 0;
  while (i < on.length) {
    let j = i;
    while (j < on.length && on[j] === on[i]) j++;
    if (i > 0 && j < on.length && tS[j] - tS[i] < MIN_RUN_S) for (let k = i; k < j; k++) on[k] = !on[k];
    i = j;
  }
  const edges: Edge[] = [];
  for (let k = 1; k < on.length; k++) {
    if (on[k] === on[k - 1]) continue;
    const jump = meanScore(tS, score, tS[k], tS[k] + MIN_RUN_S) - meanScore(tS, score, tS[k] - MIN_RUN_S, tS[k]);
    edges.push({ kind: on[k] ? 'enter' : 'leave', tS: tS[k], strength: Number.isFinite(jump) ? Math.abs(jump) : 0 });
  }
  return edges;
}

/** Median frame period of a track, seconds. */
function framePeriod(tS: readonly number[]): number {
  const d = tS.slice(1).map((t, i) => t - tS[i]).sort((x, y) => x - y);
  return d.length ? d[Math.floor(d.length / 2)] : 1 / 30;
}

/**
 * 3DAT detection-score method. Box set-up (cameras film the same space): the offset that makes the
 * most edges of the same kind coincide (within 1.5 frames), refined by their mean difference. Line
 * set-up (the athlete passes from camera a's field into b's): a's last leave joins b's first enter.
 */
export function alignByScore(a: SyncTrack, b: SyncTrack, setup: CameraSetup = 'box'): SyncEstimate {
  const ea = scoreEdges(a.tS, a.score);
  const eb = scoreEdges(b.tS, b.score);
  if (setup === 'line') {
    const leave = ea.filter((e) => e.kind === 'leave').at(-1);
    const enter = eb.find((e) => e.kind === 'enter');
    if (!leave || !enter) return { method: 'score', offsetS: null, confidence: 0, detail: 'no person leaving a and entering b' };
    return { method: 'score', offsetS: enter.tS - leave.tS, confidence: 0.5, detail: 'a’s last exit joined to b’s first entry' };
  }
  if (ea.length === 0 || eb.length === 0) {
    return { method: 'score', offsetS: null, confidence: 0, detail: 'the person stays in view (or out of it) the whole time: no entry or exit to align on' };
  }
  const tol = 1.5 * Math.max(framePeriod(a.tS), framePeriod(b.tS));
  // Every same-kind pair proposes an offset; the one whose coinciding edges carry the most score
  // jump wins (a person walking in or out is a big jump, detector flicker around 0.75 a small one).
  let best: { matched: { d: number; w: number }[]; weight: number } | null = null;
  for (const x of ea) for (const y of eb) {
    if (x.kind !== y.kind) continue;
    const cand = y.tS - x.tS;
    const matched = ea.flatMap((p) => {
      const q = eb.find((e) => e.kind === p.kind && Math.abs(e.tS - p.tS - cand) <= tol);
      return q ? [{ d: q.tS - p.tS, w: Math.min(p.strength, q.strength) }] : [];
    });
    const weight = matched.reduce((s, m) => s + m.w, 0);
    if (!best || weight > best.weight) best = { matched, weight };
  }
  if (!best || best.weight <= 0) return { method: 'score', offsetS: null, confidence: 0, detail: 'no entry/exit of the same kind in both videos' };
  const offsetS = best.matched.reduce((s, m) => s + m.d * m.w, 0) / best.weight;
  const total = Math.max(...[ea, eb].map((es) => es.reduce((s, e) => s + e.strength, 0)));
  // One coincidence proves little; several strong ones, carrying most of the jumps, are strong evidence.
  const confidence = Math.min(1, best.weight / total) * Math.min(1, best.matched.length / 2);
  return { method: 'score', offsetS, confidence, detail: `${best.matched.length} of ${Math.max(ea.length, eb.length)} entries/exits coincide` };
}

/** Resampling grid for the correlation methods: 60 Hz resolves a 30 fps frame to ±½ frame. */
const GRID_HZ = 60;

/** Normalised cross-correlation of two per-frame signals; confidence = peak NCC × margin over the next-best lag. */
function alignBySignal(method: SyncMethod, a: Series, b: Series, what: string): SyncEstimate {
  const dt = 1 / GRID_HZ;
  const ra = resample(a, dt);
  const rb = resample(b, dt);
  const shorter = Math.min(ra.v.length, rb.v.length);
  if (shorter < 2 * GRID_HZ) return { method, offsetS: null, confidence: 0, detail: `fewer than 2 s of ${what} in one video` };
  // At least 2 s or 30 % of the shorter video must overlap; any lag that allows it is searched.
  const minOverlap = Math.max(2 * GRID_HZ, Math.round(0.3 * shorter));
  const best = bestLag(ra.v, rb.v, Math.max(ra.v.length, rb.v.length), minOverlap);
  if (!best || best.ncc <= 0) return { method, offsetS: null, confidence: 0, detail: `the ${what} signals do not correlate` };
  // b[k + lag] shows what a[k] shows: tA = a.t0 + k·dt, tB = b.t0 + (k + lag)·dt.
  const offsetS = rb.t0 - ra.t0 + best.lag * dt;
  // A periodic signal (reps) correlates well at one-rep lags too: trust needs a clear margin over them.
  const margin = Math.max(0, Math.min(1, (best.score - Math.max(0, best.second)) / 0.2));
  const confidence = Math.max(0, Math.min(1, best.ncc)) * margin;
  return { method, offsetS, confidence, detail: `${what}: correlation ${best.ncc.toFixed(2)}, rank ${best.score.toFixed(2)} vs ${best.second.toFixed(2)} at the next-best lag` };
}

/** Pose motion method: cross-correlation of the hip height over time (the lift's own rhythm). */
export function alignByPose(a: SyncTrack, b: SyncTrack): SyncEstimate {
  return alignBySignal('pose', { t: a.tS, v: a.hipUp }, { t: b.tS, v: b.hipUp }, 'hip height');
}

/** Moment-of-snap method: cross-correlation of the per-frame optical-flow magnitude. */
export function alignByFlow(a: SyncTrack, b: SyncTrack): SyncEstimate {
  if (!a.motion || !b.motion) return { method: 'flow', offsetS: null, confidence: 0, detail: 'optical flow was not measured' };
  return alignBySignal('flow', { t: a.tS, v: a.motion }, { t: b.tS, v: b.motion }, 'optical-flow motion');
}

/** Every method asked for, and the one with the best confidence (the default answer). */
export function alignVideos(a: SyncTrack, b: SyncTrack, methods: readonly SyncMethod[], setup: CameraSetup = 'box'): { best: SyncEstimate; all: SyncEstimate[] } {
  const run: Record<SyncMethod, () => SyncEstimate> = {
    score: () => alignByScore(a, b, setup), pose: () => alignByPose(a, b), flow: () => alignByFlow(a, b),
  };
  const all = methods.map((m) => run[m]());
  const found = all.filter((e) => e.offsetS !== null);
  const best = found.length ? found.reduce((x, y) => (y.confidence > x.confidence ? y : x)) : all[0];
  return { best, all };
}
