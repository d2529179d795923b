/** Per-frame drawing of the live preview (outside React): 2D skeleton on a canvas, 3D pose into the viewer. */
import type { Person2D } from '../../core/types';
import type { ResultPerson } from '../../core/result';
import type { LiveFrame } from '../../live/loop';
import type { SkeletonViewer } from '../../viewer';
import { drawSkeleton } from '../shared/draw-skeleton';

const asResult = (p: Person2D): ResultPerson => ({
  id: p.id, box: [...p.box], score: p.score, keypoints2d: p.keypoints2d.map((k) => [k[0], k[1], k[2]]),
});

/** The 3D view is redrawn at most this often (ms): WebGL without a GPU costs the loop frames. */
export const VIEW3D_MIN_INTERVAL_MS = 100;
let last3dMs = -Infinity;

/** Draws a frame's 2D skeleton (canvas sized to the camera pixels) and, once lifted, its 3D pose (throttled). */
export function drawLiveFrame(canvas: HTMLCanvasElement | null, viewer: SkeletonViewer | null, f: LiveFrame): void {
  if (canvas && f.pose3d === null) {
    if (canvas.width !== f.size.width || canvas.height !== f.size.height) {
      canvas.width = f.size.width;
      canvas.height = f.size.height;
    }
    const ctx = canvas.getContext('2d');
    if (ctx) drawSkeleton(ctx, f.person ? [asResult(f.person)] : []);
  }
  if (viewer && f.pose3d) {
    const now = performance.now();
    if (now - last3dMs < VIEW3D_MIN_INTERVAL_MS) return;
    last3dMs = now;
    viewer.setPose(f.pose3d);
  }
}
