import { ANKLE_HEIGHT_M } from '../core/anatomy';
import { H36M } from '../core/skeleton';
import type { GroundPlane } from './types';

/**
 * Floor plane from an up vector (e.g. the analyzer's `ground.up`) and the poses: the 5th percentile
 * of the lower ankle's height along `up`, minus the ankle height. Poses: frames×17×3 metres, plus an
 * optional frames×3 root; missing (NaN) frames are skipped. Null when no frame has ankles.
 */
export function groundFromPoses(up: readonly [number, number, number], pose3d: ArrayLike<number>, frames: number, root?: ArrayLike<number> | null): GroundPlane | null {
  const n = Math.hypot(up[0], up[1], up[2]);
  if (!(n > 1e-6)) throw new Error('ground up vector must be non-zero');
  const u = [up[0] / n, up[1] / n, up[2] / n] as const;
  const heights: number[] = [];
  for (let f = 0; f < frames; f++) {
    let low = Infinity;
    for (const j of [H36M.left_ankle, H36M.right_ankle]) {
      let h = 0;
      for (let c = 0; c < 3; c++) h += (pose3d[f * 51 + j * 3 + c] + (root ? root[f * 3 + c] : 0)) * u[c];
      if (Number.isFinite(h)) low = Math.min(low, h);
    }
    if (Number.isFinite(low)) heights.push(low);
  }
  if (heights.length === 0) return null;
  heights.sort((a, b) => a - b);
  return { up: u, heightM: heights[Math.floor(0.05 * (heights.length - 1))] - ANKLE_HEIGHT_M };
}
