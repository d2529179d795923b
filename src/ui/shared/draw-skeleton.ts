/** Draws one 2D COCO skeleton on a canvas whose pixel size equals the source video's. */
import { COCO_BONES } from '../../core/skeleton';

/** What the drawing needs of a person: COCO-17 keypoints [x px, y px, score]. */
export interface DrawablePerson { keypoints2d: readonly (readonly [number, number, number])[] }
export const HIGHLIGHT_COLOR = '#ff3b30';

export const SKELETON_COLOR = '#00e5ff';
export const JOINT_COLOR = '#ff3d7f';
/** Keypoints below this score are not drawn. */
export const DRAW_MIN_SCORE = 0.3;

/** Draws the persons; `highlight` = COCO joint indices ringed in red (the joints of a form issue now). */
export function drawSkeleton(ctx: CanvasRenderingContext2D, persons: readonly DrawablePerson[], highlight: readonly number[] = []): void {
  ctx.clearRect(0, 0, ctx.canvas.width, ctx.canvas.height);
  const scale = Math.max(ctx.canvas.width, ctx.canvas.height) / 640;
  ctx.lineWidth = Math.max(2, 3 * scale);
  ctx.lineCap = 'round';
  for (const p of persons) {
    const k = p.keypoints2d;
    ctx.strokeStyle = SKELETON_COLOR;
    ctx.beginPath();
    for (const [a, b] of COCO_BONES) {
      if (k[a][2] < DRAW_MIN_SCORE || k[b][2] < DRAW_MIN_SCORE) continue;
      ctx.moveTo(k[a][0], k[a][1]);
      ctx.lineTo(k[b][0], k[b][1]);
    }
    ctx.stroke();
    ctx.fillStyle = JOINT_COLOR;
    for (const [x, y, s] of k) {
      if (s < DRAW_MIN_SCORE) continue;
      ctx.beginPath();
      ctx.arc(x, y, Math.max(3, 4 * scale), 0, Math.PI * 2);
      ctx.fill();
    }
    ctx.strokeStyle = HIGHLIGHT_COLOR;
    ctx.lineWidth = Math.max(3, 4 * scale);
    for (const j of highlight) {
      const [x, y, s] = k[j] ?? [0, 0, 0];
      if (s < DRAW_MIN_SCORE) continue;
      ctx.beginPath();
      ctx.arc(x, y, Math.max(10, 14 * scale), 0, Math.PI * 2);
      ctx.stroke();
    }
  }
}
