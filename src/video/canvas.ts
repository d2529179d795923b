/**
 * Frames larger than this on their long side are downscaled once, while drawing, before anything
 * else touches them (an 8K frame is never painted at full size; MoveNet's input is 192–256 px).
 */
export const MAX_ANALYSIS_PX = 1920;

/** Canvas size for a display size, and the display pixels per canvas pixel. */
export function analysisSize(width: number, height: number, max = MAX_ANALYSIS_PX): { width: number; height: number; scale: number } {
  const long = Math.max(width, height);
  if (long <= max) return { width, height, scale: 1 };
  const k = long / max;
  return { width: Math.max(1, Math.round(width / k)), height: Math.max(1, Math.round(height / k)), scale: k };
}

/** The one canvas a source draws each frame onto (analysis size, rotation applied). */
export function frameCanvas(width: number, height: number): { canvas: HTMLCanvasElement; ctx: CanvasRenderingContext2D } {
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  const ctx = canvas.getContext('2d', { alpha: false, willReadFrequently: true });
  if (!ctx) throw new Error('This browser cannot create a 2D canvas.');
  return { canvas, ctx };
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
