import { degrees } from '../core/angle';

/** Display rotation from an ISO-BMFF track matrix (ISO/IEC 14496-12 §8.3.2, 16.16 fixed point a, b, u, c, d, v, x, y, w). */
export function rotationFromMatrix(m: ArrayLike<number> | null | undefined): 0 | 90 | 180 | 270 {
  if (!m || m.length < 5) return 0;
  const deg = Math.round(degrees(Math.atan2(m[1], m[0])));
  const r = ((deg % 360) + 360) % 360;
  return r === 90 || r === 180 || r === 270 ? r : 0;
}

/** Two clockwise quarter-turn rotations applied one after the other. */
export const addRotations = (a: 0 | 90 | 180 | 270, b: 0 | 90 | 180 | 270): 0 | 90 | 180 | 270 => ((a + b) % 360) as 0 | 90 | 180 | 270;

/** Display size for a coded size and rotation. */
export const rotatedSize = (w: number, h: number, rotation: number): { width: number; height: number } =>
  rotation === 90 || rotation === 270 ? { width: h, height: w } : { width: w, height: h };

/** Draws `src` (coded orientation) scaled to w×h onto ctx, rotated clockwise by `rotation`. */
export function drawRotated(ctx: CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D, src: CanvasImageSource, w: number, h: number, rotation: number): void {
  ctx.save();
  if (rotation === 90) { ctx.translate(h, 0); ctx.rotate(Math.PI / 2); }
  else if (rotation === 180) { ctx.translate(w, h); ctx.rotate(Math.PI); }
  else if (rotation === 270) { ctx.translate(0, w); ctx.rotate(-Math.PI / 2); }
  ctx.drawImage(src, 0, 0, w, h);
  ctx.restore();
}
