/** Form mistakes from per-frame values: knee valgus and forward lean (sources in the callees). */
import { flaggedEpisodes, momentWords } from './episodes';
import type { RepFrames } from './reps';
import type { Thresholds } from './thresholds';
import type { Mistake, Severity } from './types';
import { valgusFrame } from './valgus';

const level = (s: number): Severity => (s < 0.34 ? 'mild' : s < 0.67 ? 'moderate' : 'severe');
const clamp01 = (x: number) => Math.max(0, Math.min(1, x));
const r2 = (x: number) => Math.round(x * 100) / 100;

export interface MistakeContext {
  g: Float32Array;
  tS: Float64Array;
  fps: number;
  reps: RepFrames[];
  t: Thresholds;
  /** Only frames inside [from, to] are checked. */
  from: number;
  to: number;
}

const minFrames = (c: MistakeContext) => Math.max(1, Math.round(c.t.minMistakeS * c.fps));

/** Knee valgus episodes; `conf` = per-frame confidence (view × joints), frames below the gate are skipped. */
export function kneeValgusMistakes(c: MistakeContext, conf: ArrayLike<number>): Mistake[] {
  const n = c.tS.length;
  const worst = new Float64Array(n).fill(-Infinity);
  const frames = Array.from({ length: n }, (_, f) => (f >= c.from && f <= c.to && conf[f] >= c.t.minMistakeConfidence && Number.isFinite(c.g[f * 51]) ? valgusFrame(c.g, f) : null));
  const flags = frames.map((v, f) => {
    if (!v) return false;
    const bent = [v.kneeDeg[0] < c.t.valgusKneeFlexedDeg, v.kneeDeg[1] < c.t.valgusKneeFlexedDeg];
    const r = Math.max(bent[0] ? v.ratio[0] : -Infinity, bent[1] ? v.ratio[1] : -Infinity);
    worst[f] = r;
    return r > c.t.valgusRatio;
  });
  return flaggedEpisodes(flags, worst, c.reps, minFrames(c), 2).map((e) => {
    const v = frames[e.peak]!;
    const side = v.ratio[0] >= v.ratio[1] ? 0 : 1;
    const both = Math.min(v.ratio[0], v.ratio[1]) > c.t.valgusRatio;
    const severity = clamp01((worst[e.peak] - c.t.valgusRatio) / (c.t.valgusSevereRatio - c.t.valgusRatio));
    const who = both ? 'Both knees cave' : `${side === 0 ? 'Left' : 'Right'} knee caves`;
    const cm = Math.round(v.medialM[side] * 100);
    return {
      kind: 'knee_valgus' as const, startS: r2(c.tS[e.start]), endS: r2(c.tS[e.end]), severity: r2(severity), level: level(severity), rep: e.rep,
      message: `${who} in ${cm} cm (${Math.round(v.ratio[side] * 100)}% of hip width) ${momentWords(c.reps, e.peak)}; push the knees out over the toes.`,
      confidence: r2(conf[e.peak]),
    };
  });
}

/**
 * Forward lean (MobiDev: spine angle with the floor; good form stayed ≥ ~47°, bad form reached
 * 27–28°), checked only inside reps on frames that passed the confidence gate.
 */
export function forwardLeanMistakes(c: MistakeContext, spine: (number | null)[], conf: ArrayLike<number>): Mistake[] {
  const inRep = (f: number) => c.reps.some((r) => f >= r.start && f <= r.end);
  const bad = spine.map((s) => (s === null ? -Infinity : -s));
  const flags = spine.map((s, f) => s !== null && conf[f] >= c.t.minMistakeConfidence && f >= c.from && f <= c.to && inRep(f) && s < c.t.forwardLeanDeg);
  return flaggedEpisodes(flags, bad, c.reps, minFrames(c), 2).map((e) => {
    const s = spine[e.peak]!;
    const severity = clamp01((c.t.forwardLeanDeg - s) / c.t.forwardLeanSevereDropDeg);
    return {
      kind: 'forward_lean' as const, startS: r2(c.tS[e.start]), endS: r2(c.tS[e.end]), severity: r2(severity), level: level(severity), rep: e.rep,
      message: `Torso leans forward to ${Math.round(s)}° above the floor ${momentWords(c.reps, e.peak)} (keep it above ${c.t.forwardLeanDeg}°); chest up.`,
      confidence: r2(conf[e.peak]),
    };
  });
}
