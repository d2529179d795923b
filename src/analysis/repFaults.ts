/**
 * The review's form checks on one rep, for the live coach (issue 11): the frames around a rep that
 * the live rep counter has just completed go through the same grounding (`grounded`), the same view
 * rules (`checksFor`: no valgus from the side, no lean from the front, …) and the same fault
 * functions (`faultMistakes`) as `analyze()`. A live cue therefore names the same faults, in the
 * same words, as the review of the recorded set.
 */
import { checksFor } from './checks';
import { faultMistakes } from './faults';
import { grounded } from './grounded';
import { image2d } from './image2d';
import type { RepFrames } from './reps';
import { resolveThresholds, type Thresholds } from './thresholds';
import type { Check, Exercise, Mistake, PoseSequence, ViewInfo } from './types';
import { summariseView } from './view';

/** A rep as the live counter reports it, seconds on the sequence's clock (`tMs / 1000`). */
export interface RepSpan {
  /** Descent start (squat) / start of the pull's range (deadlift). */
  startS: number;
  bottomS: number;
  /** Back at the top (rep completed). */
  endS: number;
  /** 1-based rep number, used in the messages. */
  number: number;
}

export interface RepVerdict {
  /** View of the window, as `analysis.view` (rounded degrees). */
  view: ViewInfo;
  /** What this view lets the checks judge, as `analysis.checks`. */
  checks: Check[];
  /** Findings inside the rep (`rep` = `number − 1`), as `analysis.mistakes`. */
  mistakes: Mistake[];
}

/** Index of the first frame at or after `s` (the last frame when none). */
function frameAt(tS: Float64Array, s: number): number {
  for (let f = 0; f < tS.length; f++) if (tS[f] >= s - 1e-6) return f;
  return tS.length - 1;
}

/**
 * Judges one rep of `seq` (a window of live frames holding the rep and, ideally, some standing before
 * it). Null when the window has no usable 3D pose.
 */
export function repFaults(seq: PoseSequence, rep: RepSpan, exercise: Exercise, thresholds?: Partial<Thresholds>): RepVerdict | null {
  const t = resolveThresholds(thresholds);
  const gr = grounded(seq, t);
  if (!gr) return null;
  const { tS, usable, g, body, sig, yaw } = gr;
  const start = frameAt(tS, rep.startS), end = Math.max(start, frameAt(tS, rep.endS));
  const bottom = Math.min(end, Math.max(start, frameAt(tS, rep.bottomS)));
  const r: RepFrames = { start, bottom, top: end, end };
  const v = summariseView(yaw.slice(start, end + 1));
  const view: ViewInfo = { ...v, yawDeg: Math.round(v.yawDeg), yawSpreadDeg: Math.round(v.yawSpreadDeg) };
  const img = seq.keypoints2d ? image2d(seq.keypoints2d, g.info.up) : null;
  const checks = checksFor({ exercise, view, has2d: !!img });
  const mistakes = faultMistakes({
    exercise, g: g.poses, tS, fps: seq.fps, reps: [r], t, from: 0, to: seq.frames - 1, yaw, view, sig, usable, img, scores: seq.scores, legLength: body.legLength,
  }, checks)
    .filter((m) => m.rep === 0)
    // The checks number the window's only rep "1"; say the live rep's number.
    .map((m) => ({ ...m, rep: rep.number - 1, message: m.message.replace(/\b([Rr])ep 1\b/g, `$1ep ${rep.number}`) }));
  return { view, checks, mistakes };
}
