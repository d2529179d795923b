/** The one canvas a source draws each frame onto (display size, rotation applied). */
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
