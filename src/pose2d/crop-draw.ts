/**
 * Crops the tracked region straight out of the source frame into the model's S×S input with one
 * canvas `drawImage` (bilinear, zero padding outside the image), so the full frame never has to be
 * read back into a tensor. Same region math as tfjs-models' `cropAndResize` path.
 */
import type { CropRegion, ImageSize } from './crop-region';
import type { PixelSource } from './detector';

/** Pixel size of anything the detector accepts. */
export function sourceSize(src: PixelSource): ImageSize {
  if (typeof HTMLVideoElement !== 'undefined' && src instanceof HTMLVideoElement) return { width: src.videoWidth, height: src.videoHeight };
  if (typeof VideoFrame !== 'undefined' && src instanceof VideoFrame) return { width: src.displayWidth, height: src.displayHeight };
  return { width: (src as { width: number }).width, height: (src as { height: number }).height };
}

export class CropDrawer {
  private readonly ctx: CanvasRenderingContext2D;

  constructor(readonly size: number) {
    const canvas = document.createElement('canvas');
    canvas.width = size;
    canvas.height = size;
    const ctx = canvas.getContext('2d', { willReadFrequently: true, alpha: false });
    if (!ctx) throw new Error('This browser cannot create a 2D canvas.');
    ctx.imageSmoothingEnabled = true;
    this.ctx = ctx;
  }

  /** Region (normalised to `img`) → S×S RGBA pixels; parts outside the image are black. */
  draw(src: PixelSource, img: ImageSize, r: CropRegion): ImageData {
    const s = this.size;
    const { ctx } = this;
    ctx.fillStyle = '#000';
    ctx.fillRect(0, 0, s, s);
    // Clip the source rectangle to the image and shrink the destination in the same proportion.
    const x0 = r.xMin * img.width, y0 = r.yMin * img.height;
    const w = r.width * img.width, h = r.height * img.height;
    const cx0 = Math.max(0, x0), cy0 = Math.max(0, y0);
    const cx1 = Math.min(img.width, x0 + w), cy1 = Math.min(img.height, y0 + h);
    if (cx1 > cx0 && cy1 > cy0) {
      const dx = ((cx0 - x0) / w) * s, dy = ((cy0 - y0) / h) * s;
      const dw = ((cx1 - cx0) / w) * s, dh = ((cy1 - cy0) / h) * s;
      ctx.drawImage(src as CanvasImageSource, cx0, cy0, cx1 - cx0, cy1 - cy0, dx, dy, dw, dh);
    }
    return ctx.getImageData(0, 0, s, s);
  }
}
