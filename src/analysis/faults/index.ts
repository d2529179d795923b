/** Runs every fault check the `checks[]` list allows (status ≠ not_checked) and merges the findings. */
import { KIND_RULES } from '../checks';
import type { Check, Mistake, MistakeKind } from '../types';
import { VIEW_NEEDS } from '../view';
import { roundedBackMistakes } from './back';
import type { FaultContext } from './context';
import { barDriftMistakes, hipsRiseFirstMistakes } from './deadlift';
import { shallowDepthMistakes } from './depth';
import { heelLiftMistakes } from './heel';
import { forwardLeanMistakes } from './lean';
import { kneeValgusMistakes } from './valgus';

export type { FaultContext } from './context';

/** View confidence (0..1) for a camera yaw (deg), by the plane the kind lives in. */
export function viewConfidence(kind: MistakeKind): (yawDeg: number) => number {
  const need = KIND_RULES[kind].need;
  return need === 'frontal' ? VIEW_NEEDS.knee_valgus.confidence : need === 'sagittal' ? VIEW_NEEDS.spine_angle.confidence : () => 1;
}

const RUN: Record<MistakeKind, (c: FaultContext, conf: (yawDeg: number) => number) => Mistake[]> = {
  knee_valgus: kneeValgusMistakes,
  forward_lean: forwardLeanMistakes,
  rounded_back: roundedBackMistakes,
  heel_lift: heelLiftMistakes,
  shallow_depth: (c) => shallowDepthMistakes(c),
  hips_rise_first: hipsRiseFirstMistakes,
  bar_drift: barDriftMistakes,
};

/**
 * Checks that are low-confidence by their nature (a `limit`: no spine or toe keypoints, unmeasured)
 * carry this factor on their findings' confidence, so only clear-cut ones pass the gate; view-bound
 * ones already lose confidence with the camera yaw.
 */
export const LOW_CONFIDENCE_FACTOR = 0.6;

export function faultMistakes(c: FaultContext, checks: readonly Check[]): Mistake[] {
  return checks
    .filter((k) => k.status !== 'not_checked')
    .flatMap((k) => {
      const conf = viewConfidence(k.kind);
      return RUN[k.kind](c, k.status === 'checked' || !KIND_RULES[k.kind].limit ? conf : (y) => LOW_CONFIDENCE_FACTOR * conf(y));
    })
    .sort((a, b) => a.startS - b.startS || a.kind.localeCompare(b.kind));
}
