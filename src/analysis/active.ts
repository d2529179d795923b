/**
 * Squat start/end after MobiDev ("3D Human Pose Estimation Experiments and Analysis"): a barbell
 * squat set is on while both elbows are bent < 78° and both wrists are near shoulder height (within
 * 10% of the body height). Ours: threshold hysteresis (enter at 78°/10%, stay up to 95°/15%), time
 * hysteresis (on after 0.3 s, off only after 1 s of failure — the article's own failure was one arm
 * briefly crossing the threshold) and a minimum set duration. Unknown (gated) frames keep the state.
 */
import { jointAt } from '../core/vec3';
import { elbowAnglesDeg, J } from './body';
import type { Thresholds } from './thresholds';
import { jointConfidence } from './view';

/** Per frame: 1 = holding the bar, 0 = not, -1 = unknown (gated). `release` uses the loose thresholds. */
function holding(g: Float32Array, f: number, heightM: number, t: Thresholds, release: boolean, scores?: Float32Array): number {
  const arms = [J.left_shoulder, J.left_elbow, J.left_wrist, J.right_shoulder, J.right_elbow, J.right_wrist];
  if (jointConfidence(scores, f, arms) < t.minJointScore || !Number.isFinite(g[f * 51])) return -1;
  const [el, er] = elbowAnglesDeg(g, f);
  const maxEl = release ? t.barElbowReleaseDeg : t.barElbowDeg;
  const maxDy = (release ? t.barWristReleaseFrac : t.barWristFrac) * heightM;
  const dy = (w: number, s: number) => Math.abs(jointAt(g, f, w)[1] - jointAt(g, f, s)[1]);
  return el < maxEl && er < maxEl && dy(J.left_wrist, J.left_shoulder) < maxDy && dy(J.right_wrist, J.right_shoulder) < maxDy ? 1 : 0;
}

/** Active sets [startFrame, endFrame] (inclusive) found by the barbell-arms rule. */
export function barbellSets(g: Float32Array, tS: Float64Array, heightM: number, t: Thresholds, scores?: Float32Array): [number, number][] {
  const sets: [number, number][] = [];
  let on = false, since = -1, start = 0, lastTrue = 0;
  for (let f = 0; f < tS.length; f++) {
    const c = holding(g, f, heightM, t, on, scores);
    if (c < 0) continue;
    if (!on) {
      if (c === 1) {
        if (since < 0) since = f;
        if (tS[f] - tS[since] >= t.barOnS) { on = true; start = since; lastTrue = f; }
      } else since = -1;
    } else if (c === 1) lastTrue = f;
    else if (tS[f] - tS[lastTrue] >= t.barOffS) {
      on = false; since = -1;
      sets.push([start, lastTrue]);
    }
  }
  if (on) sets.push([start, tS.length - 1]);
  return sets.filter(([a, b]) => tS[b] - tS[a] >= t.barMinSetS);
}
