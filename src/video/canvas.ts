import type { OrientedFrame } from '../pose2d/detector';
import { drawRotated } from './rotation';
import type { DecodedFrame } from './types';

/**
 * Frames larger than this on their long side are downscaled while painting whole frames
 * (`DecodedFrame.pixels`: an 8K frame is never painted at full size). The detector does not paint:
 * it samples its 192–256 px crop straight from the decoded frame.
 */
export const MAX_ANALYSIS_PX = 1920;

/** Canvas size for a display size, and the display pixels per canvas pixel. */
export function analysisSize(width: number, height: number, max = MAX_ANALYSIS_PX): { width: number; height: number; scale: number } {
  const long = Math.max(width, height);
  if (long <= max) return { width, height, scale: 1 };
  const k = long / max;
  return { width: Math.max(1, Math.round(width / k)), height: Math.max(1, Math.round(height / k)), scale: k };
}

/** A canvas for whole upright frames (analysis size); only drawn from, so not `willReadFrequently`. */
export function frameCanvas(width: number, height: number): { canvas: HTMLCanvasElement; ctx: CanvasRenderingContext2D } {
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  const ctx = canvas.getContext('2d', { alpha: false });
  if (!ctx) throw new Error('This browser cannot create a 2D canvas.');
  return { canvas, ctx };
}

/**
 * Paints a frame upright at analysis size, only when a consumer asks for `DecodedFrame.pixels` (the
 * analysis pipeline never does: its detector crops straight from `DecodedFrame.image`).
 */
export class UprightPainter {
  private target: { canvas: HTMLCanvasElement; ctx: CanvasRenderingContext2D } | null = null;
  readonly size: { width: number; height: number; scale: number };

  constructor(width: number, height: number) {
    this.size = analysisSize(width, height);
  }

  paint(f: OrientedFrame): HTMLCanvasElement {
    const { width, height, scale } = this.size;
    this.target ??= frameCanvas(width, height);
    const quarter = f.rotation === 90 || f.rotation === 270;
    const w = (quarter ? f.height : f.width) / scale, h = (quarter ? f.width : f.height) / scale;
    drawRotated(this.target.ctx, f.image, w, h, f.rotation);
    return this.target.canvas;
  }

  /** The DecodedFrame for `image`: `pixels` is painted on first access. */
  frame(index: number, tMs: number, image: OrientedFrame): DecodedFrame {
    let pixels: HTMLCanvasElement | null = null;
    const paint = () => (pixels ??= this.paint(image));
    return { index, tMs, image, scale: this.size.scale, get pixels() { return paint(); } };
  }
}

/** Resolves on the next call of `wake`; lets a producer/consumer loop sleep without polling. */
export class Waker {
  private resolve: (() => void) | null = null;
  wait(): Promise<void> { return new Promise((r) => { this.resolve = r; }); }
  wake = (): void => { const r = this.resolve; this.resolve = null; r?.(); };
}

export function throwIfAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw new DOMException('Analysis cancelled', 'AbortError');
}

/** Rejects with an AbortError when `signal` aborts first (a wait that can always be cancelled). */
export function abortable<T>(p: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  if (!signal) return p;
  throwIfAborted(signal);
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(new DOMException('Analysis cancelled', 'AbortError'));
    signal.addEventListener('abort', onAbort, { once: true });
    p.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}
