/**
 * The in-memory analysis session: what the pipeline builds once per video and every screen reads.
 * Typed arrays, one row per decoded frame, for the tracked athlete (person 0). The result JSON
 * (`coach-analysis/1`, docs/result-format.md) is made from it only at the edges (CLI, export,
 * IndexedDB) by `toResult`, and read back by `sessionFromResult` (./session-json.ts).
 *
 * Values are quantised when they enter (0.01 px, 1e-4 score, 1e-4 m, 1 µs): the JSON written from a
 * session reads back into the same numbers, so a saved session analyses exactly like the fresh one.
 */
import { roundTo, type BackendName, type DetectorModelName, type TimingsMs, type VideoMeta } from '../core/result';
import { clipFacts } from './clip-facts';
import type { BoxPx, Frame2D, Keypoint2D, Person2D } from '../core/types';
import type { AnalyzeOptions, DetailedAnalysis, Exercise } from '../analysis';
import type { LifterInfo, Motion3D } from '../lift3d/types';

export type { LifterInfo, Motion3D };

/** Person 0's 2D track. Image pixels of the displayed (rotated) video: x right, y down. */
export interface Track2D {
  frames: number;
  /** Presentation time of each frame, ms from the first frame. */
  tMs: Float64Array;
  /** frames × 17 × 3: [x px, y px, score 0..1], COCO order; zeros where no person. */
  keypoints: Float32Array;
  /** frames × 4: [x, y, w, h] px of the person box; zeros where no person. */
  box: Float32Array;
  /** Pose score 0..1 per frame (0 where no person). */
  score: Float32Array;
  /** The detector's person id per frame; −1 = nobody in this frame. */
  personId: Int32Array;
}

/** What the analysis was asked for: the exercise choice and an optional trim (seconds of the clip). */
export type AnalysisSettings = Pick<AnalyzeOptions, 'exercise' | 'trim'>;

export interface Session {
  video: VideoMeta;
  backend: BackendName;
  model: DetectorModelName;
  track: Track2D;
  /** null when 3D was off or the lifter failed (then `warnings` says why). */
  motion: Motion3D | null;
  lifter: LifterInfo | null;
  /** The analysis settings `analysis` was made with. */
  settings: AnalysisSettings;
  /** The detailed exercise analysis for `settings` (null without 3D, or when it failed: `analysisError`). */
  analysis: DetailedAnalysis | null;
  analysisError: string | null;
  timingsMs: TimingsMs;
  warnings: string[];
  /** Whose track this is: the person id in the frames (the single-person detector's, or the tracker's); null when nobody was seen. */
  athleteId?: number | null;
  /** With every person analysed: each person seen long enough (the athlete first, as this session). */
  people?: PersonSession[];
}

/** One person of a multi-person clip with their own session (track, 3D, analysis). */
export interface PersonSession {
  id: number;
  framesSeen: number;
  /** Median box, px. */
  box: BoxPx;
  session: Session;
}

const q = {
  px: (v: number) => roundTo(v, 2),
  score: (v: number) => roundTo(v, 4),
  m: (v: number) => roundTo(v, 4),
  ms: (v: number) => roundTo(v, 3),
};
export { q as quantise };

/** Collects detector frames into a Track2D (grows by doubling; no per-frame objects are kept). */
export class Track2DBuilder {
  private n = 0;
  private cap: number;
  private t: Track2D;

  constructor(capacityHint = 256) {
    this.cap = Math.max(16, capacityHint);
    this.t = Track2DBuilder.alloc(this.cap);
  }

  private static alloc(cap: number): Track2D {
    return { frames: 0, tMs: new Float64Array(cap), keypoints: new Float32Array(cap * 51), box: new Float32Array(cap * 4), score: new Float32Array(cap), personId: new Int32Array(cap).fill(-1) };
  }

  get length(): number { return this.n; }

  /** Appends one frame (person 0 only; the pipeline's detector is single-person). */
  push(f: Frame2D): void {
    if (this.n === this.cap) {
      const old = this.t;
      this.cap *= 2;
      this.t = Track2DBuilder.alloc(this.cap);
      this.t.tMs.set(old.tMs); this.t.keypoints.set(old.keypoints); this.t.box.set(old.box); this.t.score.set(old.score); this.t.personId.set(old.personId);
    }
    const i = this.n++;
    this.t.tMs[i] = q.ms(f.tMs);
    const p = f.persons[0];
    if (!p) return;
    this.t.personId[i] = p.id;
    this.t.score[i] = q.score(p.score);
    for (let k = 0; k < 4; k++) this.t.box[i * 4 + k] = q.px(p.box[k]);
    p.keypoints2d.forEach((kp, j) => {
      const o = (i * 17 + j) * 3;
      this.t.keypoints[o] = q.px(kp[0]); this.t.keypoints[o + 1] = q.px(kp[1]); this.t.keypoints[o + 2] = q.score(kp[2]);
    });
  }

  /** The track so far, trimmed to its length (copies). */
  build(): Track2D {
    const n = this.n;
    const t = this.t;
    return { frames: n, tMs: t.tMs.slice(0, n), keypoints: t.keypoints.slice(0, n * 51), box: t.box.slice(0, n * 4), score: t.score.slice(0, n), personId: t.personId.slice(0, n) };
  }
}

/** The persons of frame `i` as the detector's structs (the 2D overlay, exports); [] when nobody. */
export function personsAt(track: Track2D, i: number): Person2D[] {
  if (i < 0 || i >= track.frames || track.personId[i] < 0) return [];
  // Float32 back to the decimals that went in (0.01 px, 1e-4 score), so JSON shows 0.8, not 0.800000011920929.
  const kp = track.keypoints;
  const keypoints2d: Keypoint2D[] = Array.from({ length: 17 }, (_, j) => [q.px(kp[(i * 17 + j) * 3]), q.px(kp[(i * 17 + j) * 3 + 1]), q.score(kp[(i * 17 + j) * 3 + 2])] as const);
  const b = Array.from(track.box.subarray(i * 4, i * 4 + 4), q.px);
  return [{ id: track.personId[i], box: [b[0], b[1], b[2], b[3]], score: q.score(track.score[i]), keypoints2d }];
}

/** Frames of the track where a person was found. */
export const framesWithPerson = (track: Pick<Track2D, 'personId'>): number => track.personId.reduce((n, id) => n + (id >= 0 ? 1 : 0), 0);

/** Frame i of the track as a detector frame. */
export const frameAt = (track: Track2D, i: number): Frame2D => ({ i, tMs: track.tMs[i], persons: personsAt(track, i) });

/** True when the session has a lifted 3D motion with at least one posed frame. */
export function has3d(s: Pick<Session, 'motion'> | null | undefined): boolean {
  const pose = s?.motion?.pose;
  if (!pose) return false;
  for (let f = 0; f < pose.length; f += 51) if (Number.isFinite(pose[f])) return true;
  return false;
}

/** The exercise the session's analysis settled on (null without an analysis or when unknown). */
export function analysedExercise(s: Pick<Session, 'analysis'>): Exercise | null {
  const e = s.analysis?.analysis.exercise;
  return e && e !== 'unknown' ? e : null;
}

/** What a 2D session needs besides its track. */
export interface NewSessionInput {
  file: string;
  /** Display size, px (after container rotation). */
  width: number;
  height: number;
  /** Container duration, s; NaN when unknown (then from the frame times). */
  durationS: number;
  backend: BackendName;
  model: DetectorModelName;
  /** Stage times so far, ms (rounded to 0.1 ms here). */
  timingsMs: TimingsMs;
  warnings?: string[];
}

/** A 2D-only session (no 3D, no analysis yet) from a finished track. */
export function newSession(inp: NewSessionInput, track: Track2D): Session {
  const r1 = (ms: number) => roundTo(ms, 1);
  const t = inp.timingsMs;
  return {
    video: clipFacts(inp.file, inp.width, inp.height, inp.durationS, track.tMs), backend: inp.backend, model: inp.model, track,
    motion: null, lifter: null, settings: {}, analysis: null, analysisError: null,
    timingsMs: { decode: r1(t.decode), detect2d: r1(t.detect2d), total: r1(t.total) }, warnings: inp.warnings ?? [],
  };
}

/** A track from detector frames (tests, kept checkpoints). */
export function trackOf(frames: readonly Frame2D[]): Track2D {
  const b = new Track2DBuilder(frames.length);
  frames.forEach((f) => b.push(f));
  return b.build();
}
