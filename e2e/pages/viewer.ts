/** Test-only page: mounts the SkeletonViewer with a standing pose and exposes it on `window`. */
import { SkeletonViewer, defaultAngleLabels, highlightsAt } from '../../src/viewer';

/** A standing H36M-17 pose (metres, camera axes, pelvis at 0), knees slightly bent. */
export const STANDING = new Float32Array([
  0, 0, 0, -0.13, 0, 0, -0.15, -0.44, 0.05, -0.16, -0.86, 0, 0.13, 0, 0, 0.15, -0.44, 0.05, 0.16, -0.86, 0,
  0, 0.23, -0.02, 0, 0.48, -0.03, 0, 0.58, 0.02, 0, 0.7, 0, 0.18, 0.45, -0.03, 0.22, 0.18, 0, 0.24, -0.06, 0.05,
  -0.18, 0.45, -0.03, -0.22, 0.18, 0, -0.24, -0.06, 0.05,
]);

const viewer = new SkeletonViewer(document.getElementById('view')!);
viewer.setGround({ up: [0, 1, 0], heightM: -0.9 });
viewer.setPose(STANDING);
viewer.setLabels(defaultAngleLabels(STANDING));

declare global {
  interface Window { __viewerTest: { viewer: SkeletonViewer; standing: Float32Array; highlightsAt: typeof highlightsAt; SkeletonViewer: typeof SkeletonViewer; ready: boolean } }
}
window.__viewerTest = { viewer, standing: STANDING, highlightsAt, SkeletonViewer, ready: true };
