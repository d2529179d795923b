/**
 * Reference comparison after MobiDev ("3D Human Pose Estimation Experiments and Analysis" and the
 * fitness-coach app flow, step 5): split both performances into reps and phases, time-warp the
 * reference to the user within each phase (DTW), align the skeletons (yaw by Kabsch on the torso,
 * bone lengths, common centre = the planted feet), then measure per-joint and per-group distances
 * frame by frame.
 */
import { alignTo, boneLengths } from './align';
import { analyzeDetailed, type DetailedAnalysis } from './analyze';
import { describeDifference, GROUPS, type JointGroup } from './compareWords';
import { dtw, mapping } from './dtw';
import { momentWords } from './episodes';
import type { AnalyzeOptions, PoseSequence } from './types';

export interface ComparisonMoment { group: JointGroup; rep: number; tS: number; distanceM: number; message: string }

export interface ComparisonReport {
  /** 0..100: 100 = identical after alignment; −1 point per 2.5 mm of mean joint distance. */
  score: number;
  meanDistanceM: number;
  perJointM: number[];
  perGroupM: Record<JointGroup, number>;
  /** Per user frame: matched reference frame (-1 outside reps) and the 17 joint distances (m, NaN outside reps). */
  matchedRefFrame: number[];
  jointDistanceM: Float32Array;
  /** Worst moments, one per group, worst first (only those over 5 cm). */
  worst: ComparisonMoment[];
  summary: string;
  repPairs: { userRep: number; refRep: number }[];
}

/** DTW features per frame: hip height (leg lengths), spine angle and knee angle (both /90°). */
const feature = (d: DetailedAnalysis, f: number) => [d.signals.hipHeight[f] / d.legLength, d.signals.spineDeg[f] / 90, d.signals.kneeMinDeg[f] / 90];

/** Sub-frame refinement: the fractional reference frame within ±1 of `j` whose (interpolated) features match best. */
function refine(u: number[], fb: number[][], j: number): number {
  let best = j, bestD = Infinity;
  for (let t = Math.max(0, j - 1); t <= Math.min(fb.length - 1, j + 1) + 1e-9; t += 0.1) {
    const lo = Math.floor(t), hi = Math.min(fb.length - 1, lo + 1), w = t - lo;
    const d = u.reduce((s, x, k) => s + (x - (fb[lo][k] * (1 - w) + fb[hi][k] * w)) ** 2, 0);
    if (d < bestD) { bestD = d; best = t; }
  }
  return best;
}

/** [user frame, fractional reference frame] pairs for one rep, DTW-matched within each phase. */
function phasePairs(u: DetailedAnalysis, r: DetailedAnalysis, ur: number, rr: number): [number, number][] {
  const a = u.repFrames[ur], b = r.repFrames[rr];
  const out: [number, number][] = [];
  for (const [[u0, u1], [r0, r1]] of [[[a.start, a.bottom], [b.start, b.bottom]], [[a.bottom, a.end], [b.bottom, b.end]]] as const) {
    const fa = Array.from({ length: u1 - u0 + 1 }, (_, i) => feature(u, u0 + i));
    const fb = Array.from({ length: r1 - r0 + 1 }, (_, i) => feature(r, r0 + i));
    mapping(dtw(fa, fb).path, fa.length).forEach((j, i) => out.push([u0 + i, r0 + refine(fa[i], fb, j)]));
  }
  return out;
}

/** Reference ground pose at a fractional frame (linear interpolation). */
function poseAt(g: Float32Array, f: number): Float32Array {
  const lo = Math.floor(f), hi = Math.min(g.length / 51 - 1, lo + 1), w = f - lo;
  return Float32Array.from({ length: 51 }, (_, k) => g[lo * 51 + k] * (1 - w) + g[hi * 51 + k] * w);
}

export function compare(user: PoseSequence, reference: PoseSequence, opts: AnalyzeOptions = {}): ComparisonReport {
  const u = analyzeDetailed(user, opts);
  const exercise = u.analysis.exercise === 'unknown' ? undefined : u.analysis.exercise;
  return compareAnalysed(user, u, analyzeDetailed(reference, { exercise, thresholds: opts.thresholds }));
}

/**
 * `compare()` on analyses already made (the app keeps one analysis per session and settings): `u` is
 * the user's analysis of `user`, `r` the reference's, analysed as the same exercise.
 */
export function compareAnalysed(user: Pick<PoseSequence, 'frames' | 'tMs'>, u: DetailedAnalysis, r: DetailedAnalysis): ComparisonReport {
  if (!u.repFrames.length) throw new Error('no reps found in the user clip: nothing to compare');
  if (!r.repFrames.length) throw new Error('no reps found in the reference clip: nothing to compare');
  const bones = boneLengths(u.ground, user.frames);
  const matched = new Array<number>(user.frames).fill(-1);
  const dists = new Float32Array(user.frames * 17).fill(NaN);
  const aligned = new Map<number, Float32Array>();
  const repPairs = u.repFrames.map((_, k) => ({ userRep: k, refRep: k % r.repFrames.length }));
  for (const { userRep, refRep } of repPairs) {
    for (const [fu, fr] of phasePairs(u, r, userRep, refRep)) {
      const up = u.ground.subarray(fu * 51, fu * 51 + 51);
      const rp = alignTo(up, poseAt(r.ground, fr), bones, 'feet');
      matched[fu] = Math.round(fr);
      aligned.set(fu, rp);
      for (let j = 0; j < 17; j++) dists[fu * 17 + j] = Math.hypot(up[j * 3] - rp[j * 3], up[j * 3 + 1] - rp[j * 3 + 1], up[j * 3 + 2] - rp[j * 3 + 2]);
    }
  }
  const frames = [...aligned.keys()];
  const perJointM = Array.from({ length: 17 }, (_, j) => mean(frames.map((f) => dists[f * 17 + j])));
  const groupAt = (g: JointGroup, f: number) => mean(GROUPS[g].map((j) => dists[f * 17 + j]));
  const groups = Object.keys(GROUPS) as JointGroup[];
  const perGroupM = Object.fromEntries(groups.map((g) => [g, round(mean(frames.map((f) => groupAt(g, f))))])) as Record<JointGroup, number>;
  const meanDistanceM = mean(perJointM);
  const tS = (f: number) => Number(user.tMs[f]) / 1000;
  const worst = groups.map((g) => {
    const f = frames.reduce((a, b) => (groupAt(g, b) > groupAt(g, a) ? b : a));
    const d = describeDifference(g, u.ground.subarray(f * 51, f * 51 + 51), aligned.get(f)!);
    const rep = u.repFrames.findIndex((x) => f >= x.start && f <= x.end);
    return { group: g, rep, tS: round(tS(f)), distanceM: round(groupAt(g, f)), message: `${d.text} than the reference ${momentWords(u.repFrames, f)} (${tS(f).toFixed(1)} s)` };
  }).filter((m) => m.distanceM > 0.05).sort((a, b) => b.distanceM - a.distanceM);
  const score = Math.round(Math.max(0, Math.min(100, 100 - meanDistanceM * 400)));
  const summary = worst.length
    ? `Similarity ${score}/100. Biggest differences: ${worst.slice(0, 3).map((w) => w.message).join('; ')}.`
    : `Similarity ${score}/100: every joint group stays within 5 cm of the reference.`;
  return { score, meanDistanceM: round(meanDistanceM), perJointM: perJointM.map(round), perGroupM, matchedRefFrame: matched, jointDistanceM: dists, worst, summary, repPairs };
}

const mean = (x: number[]) => { const v = x.filter(Number.isFinite); return v.length ? v.reduce((a, b) => a + b, 0) / v.length : NaN; };
const round = (x: number) => Math.round(x * 1000) / 1000;
