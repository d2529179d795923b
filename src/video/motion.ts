/**
 * The per-frame motion signal of a video for time alignment (3DAT "moment of snap"): every frame,
 * exactly once (the same frame sources as the analysis), shrunk to a small grayscale image, and the
 * mean dense optical-flow magnitude between consecutive frames (src/multiview/flow.ts).
 */
import { grayOf, motionEnergy, type Gray } from '../multiview/flow';
import { openVideo } from './open';
import { drawRotated } from './rotation';

/** Width of the images the flow runs on, px (motion amount, not detail, is what aligns videos). */
const FLOW_WIDTH = 64;

/** Motion per frame: `motion[i]` is the flow from frame i−1 to frame i (0 for the first), pixels/frame at FLOW_WIDTH. */
export interface MotionSignal {
  /** Frame times, seconds from the first frame. */
  tS: number[];
  motion: number[];
}

export async function motionSignal(file: Blob, signal?: AbortSignal): Promise<MotionSignal> {
  const source = await openVideo(file);
  try {
    const w = FLOW_WIDTH;
    const h = Math.max(8, Math.round((FLOW_WIDTH * source.info.height) / source.info.width));
    const small = new OffscreenCanvas(w, h);
    const ctx = small.getContext('2d', { willReadFrequently: true });
    if (!ctx) throw new Error('This browser cannot create a 2D canvas.');
    const out: MotionSignal = { tS: [], motion: [] };
    let prev: Gray | null = null;
    for await (const f of source.frames(signal)) {
      // Straight from the decoded frame to the small image (no full-size paint in between).
      const quarter = f.image.rotation === 90 || f.image.rotation === 270;
      drawRotated(ctx, f.image.image, quarter ? h : w, quarter ? w : h, f.image.rotation);
      const g = grayOf(ctx.getImageData(0, 0, w, h).data, w, h);
      out.tS.push(f.tMs / 1000);
      out.motion.push(prev ? motionEnergy(prev, g) : 0);
      prev = g;
    }
    return out;
  } finally {
    source.close();
  }
}
