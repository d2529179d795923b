/**
 * Crops the tracked region straight out of the source frame into the model's S×S RGB input (bilinear,
 * zero padding outside the image), so the full frame is never painted, converted or read back. Same
 * region math as tfjs-models' `cropAndResize` path. Two ways, same pixels up to rounding:
 * - a decoded `VideoFrame` in a CPU format (I420, NV12, RGBA…): `copyTo` copies only the crop's
 *   rectangle of its planes, and frame-crop.ts samples and colour-converts just the S×S pixels, with
 *   the container rotation and any downscale folded into the sampling (crop before convert);
 * - anything else (`<video>`, canvases, bitmaps, GPU-only or 10-bit frames): one canvas `drawImage`
 *   of the region (rotation as a canvas transform) into an S×S canvas.
 */
import { errorMessage } from '../core/errors';
import type { CropRegion, ImageSize } from './crop-region';
import { isOrientedFrame, type OrientedFrame, type PixelSource } from './detector';
import { planCrop, sampleCrop, yuvMatrix, type PlanarFormat, type Plane } from './frame-crop';

/** Pixel size of anything the detector accepts (the upright display size for an OrientedFrame). */
export function sourceSize(src: PixelSource | OrientedFrame): ImageSize {
  if (isOrientedFrame(src)) return { width: src.width, height: src.height };
  if (typeof HTMLVideoElement !== 'undefined' && src instanceof HTMLVideoElement) return { width: src.videoWidth, height: src.videoHeight };
  if (typeof VideoFrame !== 'undefined' && src instanceof VideoFrame) return { width: src.displayWidth, height: src.displayHeight };
  return { width: (src as { width: number }).width, height: (src as { height: number }).height };
}

/** VideoFrame pixel formats the copy path reads (4:2:0 8-bit YUV and 8-bit RGB; the alpha plane is ignored). */
const COPYABLE: Record<string, PlanarFormat> = { I420: 'I420', I420A: 'I420', NV12: 'NV12', RGBA: 'RGBA', RGBX: 'RGBA', BGRA: 'BGRA', BGRX: 'BGRA' };
/** A copy buffer up to this size is kept for the next frame; larger ones (8K lost-track crops) are let go. */
const KEEP_BUFFER_BYTES = 16 * 1024 * 1024;

type Ctx2D = CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D;

/** Clockwise `rotation` of a w×h (unrotated) picture drawn at the origin of the current transform. */
function rotateInto(ctx: Ctx2D, rotation: number, w: number, h: number): void {
  if (rotation === 90) { ctx.translate(h, 0); ctx.rotate(Math.PI / 2); }
  else if (rotation === 180) { ctx.translate(w, h); ctx.rotate(Math.PI); }
  else if (rotation === 270) { ctx.translate(0, w); ctx.rotate(-Math.PI / 2); }
}

export class CropDrawer {
  private ctx: Ctx2D | null = null;
  private buf = new Uint8Array(0);
  private copyFailed = false;

  constructor(readonly size: number) {}

  /**
   * Region (normalised to the frame's display size) → S·S·3 RGB values (0..255), row-major; black
   * outside the image. Written into `out` when given (reuse it only where the consumer copies it at once).
   */
  async read(src: PixelSource | OrientedFrame, r: CropRegion, out: Int32Array<ArrayBuffer> = new Int32Array(this.size * this.size * 3)): Promise<Int32Array<ArrayBuffer>> {
    const frame = isOrientedFrame(src) ? src : null;
    const image = frame ? frame.image : src;
    if (!this.copyFailed && typeof VideoFrame !== 'undefined' && image instanceof VideoFrame && image.format && COPYABLE[image.format]) {
      try {
        return await this.copyCrop(image, frame, r, out);
      } catch (e) {
        // e.g. a browser that refuses the rectangle: fall back to drawing, once and for all.
        this.copyFailed = true;
        console.warn(`Crop copy failed, drawing instead: ${errorMessage(e)}`);
      }
    }
    return this.drawCrop(src, r, out);
  }

  private async copyCrop(vf: VideoFrame, frame: OrientedFrame | null, r: CropRegion, out: Int32Array<ArrayBuffer>): Promise<Int32Array<ArrayBuffer>> {
    const format = COPYABLE[vf.format as string];
    const vr = vf.visibleRect ?? { x: 0, y: 0, width: vf.codedWidth, height: vf.codedHeight };
    const g = {
      width: frame?.width ?? vf.displayWidth, height: frame?.height ?? vf.displayHeight, rotation: frame?.rotation ?? 0,
      visible: { x: vr.x, y: vr.y, width: vr.width, height: vr.height },
    };
    const plan = planCrop(g, r, this.size, format === 'I420' || format === 'NV12');
    if (!plan.any) return out.fill(0);
    const rect = plan.rect;
    const bytes = vf.allocationSize({ rect });
    const buf = bytes <= this.buf.length ? this.buf : new Uint8Array(bytes);
    if (bytes <= KEEP_BUFFER_BYTES) this.buf = buf;
    const layout = await vf.copyTo(buf, { rect });
    const planes: Plane[] = layout.map((p) => ({ offset: p.offset, stride: p.stride }));
    const cs = vf.colorSpace;
    sampleCrop(plan, buf, planes, format, yuvMatrix(cs?.matrix, cs?.fullRange, vr.height), out);
    return out;
  }

  private context(): Ctx2D {
    if (this.ctx) return this.ctx;
    const s = this.size;
    const canvas = typeof OffscreenCanvas !== 'undefined' ? new OffscreenCanvas(s, s) : Object.assign(document.createElement('canvas'), { width: s, height: s });
    const ctx = canvas.getContext('2d', { willReadFrequently: true, alpha: false }) as Ctx2D | null;
    if (!ctx) throw new Error('This browser cannot create a 2D canvas.');
    ctx.imageSmoothingEnabled = true;
    this.ctx = ctx;
    return ctx;
  }

  private drawCrop(src: PixelSource | OrientedFrame, r: CropRegion, out: Int32Array<ArrayBuffer>): Int32Array<ArrayBuffer> {
    const s = this.size;
    const ctx = this.context();
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.fillStyle = '#000';
    ctx.fillRect(0, 0, s, s);
    const img = sourceSize(src);
    if (isOrientedFrame(src)) {
      // Display pixels → output pixels, then the upright picture drawn in display pixels.
      const w = r.width * img.width, h = r.height * img.height;
      ctx.setTransform(s / w, 0, 0, s / h, (-r.xMin * img.width * s) / w, (-r.yMin * img.height * s) / h);
      const quarter = src.rotation === 90 || src.rotation === 270;
      const wu = quarter ? img.height : img.width, hu = quarter ? img.width : img.height;
      rotateInto(ctx, src.rotation, wu, hu);
      ctx.drawImage(src.image as CanvasImageSource, 0, 0, wu, hu);
      ctx.setTransform(1, 0, 0, 1, 0, 0);
    } else {
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
    }
    const rgba = ctx.getImageData(0, 0, s, s).data;
    for (let i = 0, j = 0; i < rgba.length; i += 4, j += 3) {
      out[j] = rgba[i]; out[j + 1] = rgba[i + 1]; out[j + 2] = rgba[i + 2];
    }
    return out;
  }
}
