/** Public lifter runtime API (docs/lifter.md, "Runtime"). */
export type { PoseLifter, LiftInput, LiftOutput, CreateLifterOptions, ExecutionProvider } from './types';
export type { LifterMetadata, LifterManifest } from './metadata';
export { createPoseLifter, loadLifterMetadata, ORT_WASM_PATH, DEFAULT_MODEL_BASE } from './create';
export { TemporalLifter } from './lifter';
export { normalizeScreen, denormalizeScreen, fillMissingFrames } from './normalize';
export { receptiveFieldOf, validateMetadata } from './metadata';
export { liftMotion, lifterProviderFor } from './stage';
export type { Motion3D, LifterInfo } from './types';
