import { describe, expect, it } from 'vitest';
import type { CropRegion } from './crop-region';
import { planCrop, sampleCrop, yuvMatrix, type Rotation } from './frame-crop';

/** A coded RGBA picture w×h whose pixel (x, y) has R = x·7 mod 256, G = y·5 mod 256, B = (x + 2y)·3 mod 256. */
function codedRgba(w: number, h: number): Uint8Array {
  const d = new Uint8Array(w * h * 4);
  for (let y = 0; y < h; y++) for (let x = 0; x < w; x++) {
    const o = (y * w + x) * 4;
    d[o] = (x * 7) % 256; d[o + 1] = (y * 5) % 256; d[o + 2] = ((x + 2 * y) * 3) % 256; d[o + 3] = 255;
  }
  return d;
}

/** The coded picture turned clockwise by `rot` (what the viewer sees), RGBA. */
function upright(d: Uint8Array, w: number, h: number, rot: Rotation): { data: Uint8Array; w: number; h: number } {
  const q = rot === 90 || rot === 270;
  const W = q ? h : w, H = q ? w : h;
  const out = new Uint8Array(W * H * 4);
  for (let Y = 0; Y < H; Y++) for (let X = 0; X < W; X++) {
    // Inverse of drawRotated: display (X, Y) shows coded (x, y).
    const [x, y] = rot === 0 ? [X, Y] : rot === 90 ? [Y, h - 1 - X] : rot === 180 ? [w - 1 - X, h - 1 - Y] : [w - 1 - Y, X];
    out.set(d.subarray((y * w + x) * 4, (y * w + x) * 4 + 4), (Y * W + X) * 4);
  }
  return { data: out, w: W, h: H };
}

/** Straight bilinear crop of an upright RGBA picture (reference: pixel centres, clamped edges, black outside). */
function referenceCrop(img: { data: Uint8Array; w: number; h: number }, r: CropRegion, S: number): Int32Array {
  const out = new Int32Array(S * S * 3);
  const at = (x: number, y: number, c: number) => img.data[(Math.min(img.h - 1, Math.max(0, y)) * img.w + Math.min(img.w - 1, Math.max(0, x))) * 4 + c];
  for (let t = 0; t < S; t++) for (let u = 0; u < S; u++) {
    const X = (r.xMin + ((u + 0.5) / S) * r.width) * img.w, Y = (r.yMin + ((t + 0.5) / S) * r.height) * img.h;
    if (X < 0 || X >= img.w || Y < 0 || Y >= img.h) continue;
    const px = X - 0.5, py = Y - 0.5, x0 = Math.floor(px), y0 = Math.floor(py), fx = px - x0, fy = py - y0;
    for (let c = 0; c < 3; c++) {
      const top = at(x0, y0, c) * (1 - fx) + at(x0 + 1, y0, c) * fx;
      const bot = at(x0, y0 + 1, c) * (1 - fx) + at(x0 + 1, y0 + 1, c) * fx;
      out[(t * S + u) * 3 + c] = Math.round(top + (bot - top) * fy);
    }
  }
  return out;
}

const region = (xMin: number, yMin: number, width: number, height: number): CropRegion => ({ xMin, yMin, width, height, xMax: xMin + width, yMax: yMin + height });
const maxDiff = (a: Int32Array, b: Int32Array) => a.reduce((m, v, i) => Math.max(m, Math.abs(v - b[i])), 0);

describe('crop before convert: sampling the coded picture', () => {
  const w = 40, h = 24;
  const coded = codedRgba(w, h);
  const S = 16;
  for (const rot of [0, 90, 180, 270] as Rotation[]) {
    it(`rotation ${rot}: same pixels as cropping the upright picture, padding black outside it`, () => {
      const up = upright(coded, w, h, rot);
      // A square region partly outside the picture (the tracker pads with black), and one inside.
      for (const r of [region(-0.2, 0.1, 0.7, 0.7 * (up.w / up.h)), region(0.3, 0.25, 0.4, 0.5)]) {
        const plan = planCrop({ width: up.w, height: up.h, rotation: rot, visible: { x: 0, y: 0, width: w, height: h } }, r, S, false);
        // Copy only plan.rect out of the coded picture, as VideoFrame.copyTo does.
        const { x, y, width, height } = plan.rect;
        const part = new Uint8Array(width * height * 4);
        for (let row = 0; row < height; row++) part.set(coded.subarray(((y + row) * w + x) * 4, ((y + row) * w + x + width) * 4), row * width * 4);
        const out = new Int32Array(S * S * 3);
        sampleCrop(plan, part, [{ offset: 0, stride: width * 4 }], 'RGBA', yuvMatrix('bt709', true, h), out);
        expect(maxDiff(out, referenceCrop(up, r, S))).toBeLessThanOrEqual(1);
      }
    });
  }

  it('downscaled display (8K-style: coded pixels ≠ display pixels) samples the same places', () => {
    // Display size is half the coded size: the crop of display region r covers twice the coded pixels.
    const plan = planCrop({ width: w / 2, height: h / 2, rotation: 0, visible: { x: 0, y: 0, width: w, height: h } }, region(0, 0, 1, 1), 4, false);
    // Only the coded pixels the taps touch are copied: x 4…35, y 2…21.
    expect(plan.rect).toEqual({ x: 4, y: 2, width: 32, height: 20 });
    // Output pixel 0 centre = display 2.5 px → coded 5 px → between coded pixels 4 and 5.
    expect(plan.a.i0[0]).toBe(4);
    expect(plan.a.f[0]).toBeCloseTo(0.5);
  });

  it('I420: a flat colour comes back as that colour (BT.601 limited range) and the copy rectangle is 2-aligned', () => {
    const W = 20, H = 12;
    // Y=81, U=90, V=240 is pure red (255, 0, 0) in BT.601 limited range.
    const y = new Uint8Array(W * H).fill(81), u = new Uint8Array((W / 2) * (H / 2)).fill(90), v = new Uint8Array((W / 2) * (H / 2)).fill(240);
    const plan = planCrop({ width: W, height: H, rotation: 90 as Rotation, visible: { x: 0, y: 0, width: H, height: W } }, region(0.31, 0.27, 0.33, 0.2), 8, true);
    const { rect } = plan;
    expect([rect.x % 2, rect.y % 2, rect.width % 2, rect.height % 2]).toEqual([0, 0, 0, 0]);
    // Only plan.rect is copied: planes sized to it.
    const cw = rect.width / 2, ch = rect.height / 2;
    const data = new Uint8Array(rect.width * rect.height + 2 * cw * ch);
    data.set(y.subarray(0, rect.width * rect.height), 0);
    data.set(u.subarray(0, cw * ch), rect.width * rect.height);
    data.set(v.subarray(0, cw * ch), rect.width * rect.height + cw * ch);
    const out = new Int32Array(8 * 8 * 3);
    sampleCrop(plan, data, [{ offset: 0, stride: rect.width }, { offset: rect.width * rect.height, stride: cw }, { offset: rect.width * rect.height + cw * ch, stride: cw }], 'I420', yuvMatrix('smpte170m', false, H), out);
    for (let i = 0; i < 64; i++) {
      expect(Math.abs(out[i * 3] - 255)).toBeLessThanOrEqual(2);
      expect(out[i * 3 + 1]).toBeLessThanOrEqual(2);
      expect(out[i * 3 + 2]).toBeLessThanOrEqual(3);
    }
  });

  it('NV12 (interleaved UV) gives the same pixels as I420 with the same planes, at every rotation', () => {
    const W = 24, H = 16, cw = W / 2, ch = H / 2;
    const y = Uint8Array.from({ length: W * H }, (_, i) => (i * 37) % 256);
    const u = Uint8Array.from({ length: cw * ch }, (_, i) => 60 + ((i * 11) % 130));
    const v = Uint8Array.from({ length: cw * ch }, (_, i) => 200 - ((i * 7) % 150));
    const i420 = new Uint8Array([...y, ...u, ...v]);
    const nv12 = new Uint8Array(W * H + 2 * cw * ch);
    nv12.set(y);
    for (let i = 0; i < cw * ch; i++) { nv12[W * H + 2 * i] = u[i]; nv12[W * H + 2 * i + 1] = v[i]; }
    for (const rot of [0, 90, 180, 270] as Rotation[]) {
      const q = rot === 90 || rot === 270;
      const plan = planCrop({ width: q ? H : W, height: q ? W : H, rotation: rot, visible: { x: 0, y: 0, width: W, height: H } }, region(-0.1, 0.2, 0.8, 0.6), 10, true);
      // The whole picture copied (rect ignored): offsets relative to the rect's corner.
      const { x, y: ry } = plan.rect;
      const at = (base: number, stride: number, dx: number, dy: number) => ({ offset: base + dy * stride + dx, stride });
      const m = yuvMatrix('bt709', false, H);
      const a = new Int32Array(300), b = new Int32Array(300);
      sampleCrop(plan, i420, [at(0, W, x, ry), at(W * H, cw, x / 2, ry / 2), at(W * H + cw * ch, cw, x / 2, ry / 2)], 'I420', m, a);
      sampleCrop(plan, nv12, [at(0, W, x, ry), at(W * H, W, x, ry / 2)], 'NV12', m, b);
      expect(maxDiff(a, b)).toBe(0);
      expect(a.some((px) => px > 0)).toBe(true);
    }
  });

  it('a crop entirely outside the picture is black and copies nothing useful', () => {
    const plan = planCrop({ width: w, height: h, rotation: 0, visible: { x: 0, y: 0, width: w, height: h } }, region(1.5, 1.5, 0.5, 0.5), 4, true);
    expect(plan.any).toBe(false);
    const out = new Int32Array(48).fill(7);
    sampleCrop(plan, new Uint8Array(0), [], 'I420', yuvMatrix(null, null, h), out);
    expect([...out].every((x) => x === 0)).toBe(true);
  });
});
