/** Public analysis API (docs/analysis.md): pure TypeScript, no UI, rendering or ML runtime imports. */
export { analyze, analyzeDetailed, type DetailedAnalysis } from './analyze';
export { compare, compareAnalysed, type ComparisonReport, type ComparisonMoment } from './compare';
export type { JointGroup } from './compareWords';
export { createRepCounter, step, type RepCounterState, type RepCounterOptions, type RepEvent } from './repCounter';
export { errorMatrix, mpjpe, pckh, pckTorso, pck3d, pckScaled, headBoneLink, framesOf, type ErrorMatrix, type FrameJoints } from './metrics';
export { DEFAULT_THRESHOLDS, resolveThresholds, type Thresholds } from './thresholds';
export { VIEW_NEEDS } from './view';
export { h36mScores } from './h36m-scores';
export { MISTAKE_KINDS } from './types';
export type { Analysis, AnalyzeOptions, Check, CheckStatus, Evidence, Exercise, ExerciseChoice, GroundInfo, Mistake, MistakeKind, PoseSequence, Rep, Severity, ViewInfo } from './types';
