/**
 * The session's exercise analysis: the analyzer input made straight from the session's typed arrays,
 * and one analysis per (session, exercise, trim) — the pipeline's analysis stage, the review screen,
 * the comparison and the exports all get the same object instead of running the analyzer again.
 */
import { analyzeDetailed, h36mScores, type DetailedAnalysis, type PoseSequence } from '../analysis';
import { errorMessage } from '../core/errors';
import type { AnalysisSettings, Session } from './session';

/** The analyzer's input for person 0: frames without a person or 3D are NaN (gated) with score 0. */
export function sequenceOf(s: Pick<Session, 'track' | 'motion' | 'video'>): PoseSequence {
  const { track, motion } = s;
  const n = track.frames;
  const pose3d = new Float32Array(n * 51).fill(NaN);
  const keypoints2d = new Float32Array(n * 51).fill(NaN);
  const scores = new Float32Array(n * 17);
  for (let f = 0; f < n; f++) {
    if (track.personId[f] < 0) continue;
    const kp = track.keypoints.subarray(f * 51, f * 51 + 51);
    keypoints2d.set(kp, f * 51);
    const posed = motion && Number.isFinite(motion.pose[f * 51]);
    if (!posed) continue;
    pose3d.set(motion.pose.subarray(f * 51, f * 51 + 51), f * 51);
    const rows = Array.from({ length: 17 }, (_, j) => [kp[j * 3], kp[j * 3 + 1], kp[j * 3 + 2]]);
    scores.set(h36mScores(rows), f * 17);
  }
  const seq: PoseSequence = { fps: s.video.fps, frames: n, tMs: track.tMs, pose3d, scores, keypoints2d };
  if (motion?.up && motion.upSigmaDeg) {
    // Up vectors only where the frame is posed (the others are not the athlete's).
    const up = new Float32Array(n * 3).fill(NaN);
    const upSigmaDeg = new Float32Array(n).fill(NaN);
    for (let f = 0; f < n; f++) {
      if (!(motion.upSigmaDeg[f] > 0) || !Number.isFinite(pose3d[f * 51])) continue;
      up.set(motion.up.subarray(f * 3, f * 3 + 3), f * 3);
      upSigmaDeg[f] = motion.upSigmaDeg[f];
    }
    if (upSigmaDeg.some((v) => v > 0)) seq.gravity = { up, upSigmaDeg };
  }
  return seq;
}

export interface AnalysisOutcome {
  detail: DetailedAnalysis | null;
  /** Why the analyzer failed (its own words); null when it ran or there was no 3D. */
  error: string | null;
}

/** Same settings, same key: a missing trim and an empty one are the same analysis. */
const keyOf = (o: AnalysisSettings): string => `${o.exercise ?? 'auto'}|${o.trim?.startS ?? ''}|${o.trim?.endS ?? ''}`;

/** Analyses made, per lifted motion (a motion belongs to one track; dropped with the session). */
const memo = new WeakMap<NonNullable<Session['motion']>, Map<string, AnalysisOutcome>>();

/**
 * The detailed analysis of the session's 3D motion for `settings`, computed once per (motion,
 * settings) and remembered (failures too). Null detail and no error when the session has no 3D.
 */
export function analysisFor(s: Pick<Session, 'track' | 'motion' | 'video'>, settings: AnalysisSettings): AnalysisOutcome {
  if (!s.motion) return { detail: null, error: null };
  let byKey = memo.get(s.motion);
  if (!byKey) memo.set(s.motion, (byKey = new Map()));
  const key = keyOf(settings);
  const hit = byKey.get(key);
  if (hit) return hit;
  let out: AnalysisOutcome;
  try {
    out = { detail: analyzeDetailed(sequenceOf(s), settings), error: null };
  } catch (e) {
    out = { detail: null, error: errorMessage(e) };
  }
  byKey.set(key, out);
  return out;
}

/** The session with its analysis for `settings` (a new object; the same analysis when already made). */
export function withAnalysis(s: Session, settings: AnalysisSettings): Session {
  const { detail, error } = analysisFor(s, settings);
  return { ...s, settings, analysis: detail, analysisError: error };
}
