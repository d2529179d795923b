/** Pure mapping of the analyzer's comparison report to what the panel and the ghost skeleton show. */
import type { ComparisonReport } from '../analysis';
import { GROUPS, type JointGroup } from '../analysis/compareWords';
import { H36M } from '../core/skeleton';
import type { ComparisonSummary } from './compare-slice';

const cm = (m: number) => Math.round(m * 1000) / 10;

export function comparisonSummary(r: ComparisonReport, frames: number): ComparisonSummary {
  const groups = (Object.keys(GROUPS) as JointGroup[]).map((g) => {
    const diffCm = Array.from({ length: frames }, (_, f) => {
      const d = GROUPS[g].map((j) => r.jointDistanceM[f * 17 + j]).filter(Number.isFinite);
      return d.length ? cm(d.reduce((a, b) => a + b, 0) / d.length) : null;
    });
    return { group: g, diffCm, meanCm: cm(r.perGroupM[g]) };
  });
  return { score: r.score, groups, worst: r.worst.map((w) => ({ tS: w.tS, group: w.group, diffCm: cm(w.distanceM), text: w.message })), summary: r.summary };
}

const midAnkle = (p: ArrayLike<number>, o: number, k: 0 | 2) => (p[o + H36M.left_ankle * 3 + k] + p[o + H36M.right_ankle * 3 + k]) / 2;

/**
 * Per user frame, the reference pelvis position that stands the matched reference pose on the
 * user's floor with both mid-ankles at the same spot (the comparison's common centre: the planted feet).
 * Poses are pelvis-relative, y up; `userRoot`/`refRoot` plant each on y = 0. NaN where unmatched.
 */
export function ghostRoots(matched: readonly number[], userPose: Float32Array, userRoot: Float32Array, refPose: Float32Array, refRoot: Float32Array): Float32Array {
  const out = new Float32Array(matched.length * 3).fill(NaN);
  matched.forEach((rf, f) => {
    if (rf < 0 || rf * 51 >= refPose.length) return;
    const uo = f * 51, ro = rf * 51;
    out[f * 3] = userRoot[f * 3] + midAnkle(userPose, uo, 0) - midAnkle(refPose, ro, 0);
    out[f * 3 + 1] = refRoot[rf * 3 + 1];
    out[f * 3 + 2] = userRoot[f * 3 + 2] + midAnkle(userPose, uo, 2) - midAnkle(refPose, ro, 2);
  });
  return out;
}
