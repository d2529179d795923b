/** A small analysis shaped as docs/analysis.md describes it for tests and docs (two squat reps, one knee-cave moment). */
import type { AnalysisView } from '../shared/types';

export const SAMPLE_ANALYSIS: AnalysisView = {
  exercise: 'squat',
  active: { startS: 0.5, endS: 6.5 },
  repCount: 2,
  reps: [
    { startS: 1, bottomS: 2, endS: 3, durationS: 2, romM: 0.42, eccentricS: 1, concentricS: 1, meanSpeedMps: 0.41, peakSpeedMps: 0.8 },
    { startS: 3.5, bottomS: 4.6, endS: 5.8, durationS: 2.3, romM: 0.38, eccentricS: 1.1, concentricS: 1.2, meanSpeedMps: 0.33, peakSpeedMps: 0.7 },
  ],
  spineAngleDeg: Array.from({ length: 210 }, (_, i) => (i % 50 === 0 ? null : 60 - 20 * Math.sin(i / 10) ** 2)),
  mistakes: [
    { kind: 'knee_valgus', startS: 4.6, endS: 5.2, severity: 0.7, rep: 1 },
    { kind: 'mystery_kind', startS: 2, endS: 2.2, severity: 0.2, rep: 0, message: 'Something odd happened.' },
  ],
  viewWarnings: ['knee_valgus_needs_front_view', 'Custom analyzer sentence.'],
};
