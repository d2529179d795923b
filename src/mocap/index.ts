/** Pure (browser-safe) mocap API; file access lives in ./node. */
export { parseAsf, type AsfSkeleton, type AsfBone } from './asf';
export { parseAmc, type AmcMotion } from './amc';
export { forwardKinematics, type FkResult } from './fk';
export { toH36m, toCoco3d, H36M_FROM_BONE } from './joints';
export { resample, resampledLength } from './resample';
export { buildClip, sliceMotion, SOURCE_FPS, type MocapClip, type ClipOptions } from './clip';
