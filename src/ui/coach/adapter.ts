/**
 * Thin bridge from the analyzer's types (contract D, src/analysis/types.ts) to the coach props.
 * `toAnalysisView` is the identity: it exists so that tsc fails here if the two drift apart.
 */
import type { Analysis } from '../../analysis/types';
import type { Thresholds } from '../../analysis/thresholds';
import type { Threshold } from './chartModel';
import type { CoachSignals } from './SignalCharts';
import type { AnalysisView } from './types';

export function toAnalysisView(a: Analysis): AnalysisView {
  return a;
}

/** Threshold lines for the charts from the analyzer's effective thresholds. */
export function chartThresholds(t: Pick<Thresholds, 'forwardLeanDeg'>): Partial<Record<keyof CoachSignals, Threshold[]>> {
  return { spineAngleDeg: [{ value: t.forwardLeanDeg, label: 'Forward-lean limit' }] };
}
