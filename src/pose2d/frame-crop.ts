/**
 * Crop-before-convert, pure math: the detector's S×S RGB input sampled straight out of a decoded
 * frame's own planes (YUV 4:2:0 or RGBA, as `VideoFrame.copyTo` gives them), with the container
 * rotation and any downscale folded into the sampling, so the full frame is never converted or painted.
 * Sampling is bilinear at pixel centres with clamped edges (as canvas `drawImage` with smoothing and
 * tfjs `cropAndResize` do); outside the picture the input is black (MoveNet's zero padding).
 * Colour: Y'CbCr → R'G'B' with the frame's matrix and range (ITU-R BT.601 / BT.709 / BT.2020 Kr, Kb).
 */
import type { CropRegion } from './crop-region';

export type Rotation = 0 | 90 | 180 | 270;

/** Integer pixel rectangle in coded pixels. */
export interface PxRect { x: number; y: number; width: number; height: number }

/**
 * How an upright display picture (the keypoint pixel space, `width`×`height`) sits on the coded
 * picture: the display picture is `visible` (coded pixels), scaled to the unrotated display size
 * and then turned clockwise by `rotation`.
 */
export interface FrameGeometry {
  /** Upright display size in pixels (keypoint space). */
  width: number;
  height: number;
  rotation: Rotation;
  /** The coded pixels that make up the picture (VideoFrame.visibleRect). */
  visible: PxRect;
}

/** Per output pixel along one axis: the two taps (absolute coded indices) and the weight of the second. */
interface Taps { i0: Int32Array; i1: Int32Array; f: Float32Array; inside: Uint8Array }

/** Where one S×S crop samples the coded picture. */
export interface CropSampling {
  size: number;
  /** True when output x (column) drives the coded x axis (rotation 0/180); false for 90/270. */
  colIsX: boolean;
  /** Luma taps per output column (`a`) and row (`b`); for 4:2:0 chroma, the same on the half grid. */
  a: Taps; b: Taps; ca: Taps; cb: Taps;
  /** Coded rectangle holding every tap (luma), aligned to 2 for 4:2:0; what to copy out of the frame. */
  rect: PxRect;
  /** False when the crop does not touch the picture at all (all black). */
  any: boolean;
}

function taps(n: number, coord: (k: number) => number, lo: number, hi: number, inside: (k: number) => boolean): Taps {
  const t: Taps = { i0: new Int32Array(n), i1: new Int32Array(n), f: new Float32Array(n), inside: new Uint8Array(n) };
  for (let k = 0; k < n; k++) {
    const p = coord(k) - 0.5; // pixel centres sit at integer + 0.5
    const p0 = Math.floor(p);
    t.f[k] = p - p0;
    t.i0[k] = Math.min(hi - 1, Math.max(lo, p0));
    t.i1[k] = Math.min(hi - 1, Math.max(lo, p0 + 1));
    t.inside[k] = inside(k) ? 1 : 0;
  }
  return t;
}

/**
 * The taps of an S×S crop of `region` (normalised to the upright display picture, may extend past it).
 * `chroma420`: also plan chroma taps on the half-resolution grid and align the copy rectangle to 2.
 */
export function planCrop(g: FrameGeometry, region: CropRegion, size: number, chroma420: boolean): CropSampling {
  const { width: W, height: H, rotation, visible: v } = g;
  const quarter = rotation === 90 || rotation === 270;
  // Unrotated display size, and coded pixels per unrotated display pixel.
  const Wu = quarter ? H : W, Hu = quarter ? W : H;
  const kx = v.width / Wu, ky = v.height / Hu;
  // Display coordinate of output column u / row t (continuous, pixel centres).
  const X = (u: number) => (region.xMin + ((u + 0.5) / size) * region.width) * W;
  const Y = (t: number) => (region.yMin + ((t + 0.5) / size) * region.height) * H;
  const inX = (u: number) => { const x = X(u); return x >= 0 && x < W; };
  const inY = (t: number) => { const y = Y(t); return y >= 0 && y < H; };
  // Unrotated display coordinates (see drawRotated: 90° puts coded (x, y) at display (Hu − y, x)).
  let ax: (u: number) => number, by: (t: number) => number;
  if (rotation === 0) { ax = (u) => v.x + X(u) * kx; by = (t) => v.y + Y(t) * ky; }
  else if (rotation === 180) { ax = (u) => v.x + (Wu - X(u)) * kx; by = (t) => v.y + (Hu - Y(t)) * ky; }
  // 90: xu = Y(t), yu = Hu − X(u) → columns drive coded y, rows drive coded x.
  else if (rotation === 90) { ax = (u) => v.y + (Hu - X(u)) * ky; by = (t) => v.x + Y(t) * kx; }
  // 270: xu = Wu − Y(t), yu = X(u).
  else { ax = (u) => v.y + X(u) * ky; by = (t) => v.x + (Wu - Y(t)) * kx; }
  const [aLo, aHi] = quarter ? [v.y, v.y + v.height] : [v.x, v.x + v.width];
  const [bLo, bHi] = quarter ? [v.x, v.x + v.width] : [v.y, v.y + v.height];
  const a = taps(size, ax, aLo, aHi, inX);
  const b = taps(size, by, bLo, bHi, inY);
  const half = (f: (k: number) => number) => (k: number) => f(k) / 2;
  const ca = chroma420 ? taps(size, half(ax), Math.floor(aLo / 2), Math.ceil(aHi / 2), inX) : a;
  const cb = chroma420 ? taps(size, half(by), Math.floor(bLo / 2), Math.ceil(bHi / 2), inY) : b;
  // Bounding box of every tap (chroma taps counted in luma pixels), in coded pixels.
  const range = (t: Taps, k: number, lo = Infinity, hi = -Infinity): [number, number] => {
    for (let i = 0; i < t.inside.length; i++) {
      if (!t.inside[i]) continue;
      lo = Math.min(lo, t.i0[i] * k, t.i1[i] * k);
      hi = Math.max(hi, (t.i0[i] + 1) * k, (t.i1[i] + 1) * k);
    }
    return [lo, hi];
  };
  const [a0, a1] = chroma420 ? range(ca, 2, ...range(a, 1)) : range(a, 1);
  const [b0, b1] = chroma420 ? range(cb, 2, ...range(b, 1)) : range(b, 1);
  const any = a0 < a1 && b0 < b1;
  let [x0, x1, y0, y1] = quarter ? [b0, b1, a0, a1] : [a0, a1, b0, b1];
  if (!any) [x0, x1, y0, y1] = [v.x, v.x + 2, v.y, v.y + 2];
  if (chroma420) {
    x0 -= x0 & 1; y0 -= y0 & 1;
    x1 = Math.min(v.x + v.width, x1 + (x1 & 1)); y1 = Math.min(v.y + v.height, y1 + (y1 & 1));
  }
  return { size, colIsX: !quarter, a, b, ca, cb, rect: { x: x0, y: y0, width: x1 - x0, height: y1 - y0 }, any };
}

/** Y'CbCr → R'G'B' coefficients: R = y + rv·v, G = y + gu·u + gv·v, B = y + bu·u (y, u, v after range scaling). */
export interface YuvMatrix { ys: number; yo: number; cs: number; rv: number; gu: number; gv: number; bu: number }

const KR_KB: Record<string, [number, number]> = {
  bt709: [0.2126, 0.0722], bt470bg: [0.299, 0.114], smpte170m: [0.299, 0.114], 'bt2020-ncl': [0.2627, 0.0593],
};

/** The conversion for a colour matrix name (VideoColorSpace.matrix) and range; unknown → BT.601 below 720 lines, else BT.709. */
export function yuvMatrix(matrix: string | null | undefined, fullRange: boolean | null | undefined, heightPx: number): YuvMatrix {
  const [kr, kb] = KR_KB[matrix ?? ''] ?? (heightPx >= 720 ? KR_KB.bt709 : KR_KB.bt470bg);
  const kg = 1 - kr - kb;
  const ys = fullRange ? 1 : 255 / 219, yo = fullRange ? 0 : 16, cs = fullRange ? 1 : 255 / 224;
  return { ys, yo, cs, rv: 2 * (1 - kr), gu: (-2 * kb * (1 - kb)) / kg, gv: (-2 * kr * (1 - kr)) / kg, bu: 2 * (1 - kb) };
}

/** One plane of the copied rectangle: byte offset of its first row in the buffer, and bytes per row. */
export interface Plane { offset: number; stride: number }

export type PlanarFormat = 'I420' | 'NV12' | 'RGBA' | 'BGRA';

const clamp255 = (v: number) => (v < 0 ? 0 : v > 255 ? 255 : Math.round(v));

/**
 * Fills `out` (S·S·3, RGB, row-major) from the planes of `plan.rect` copied into `data`.
 * `planes`: I420 [Y, U, V], NV12 [Y, UV], RGBA/BGRA [RGBA].
 */
export function sampleCrop(plan: CropSampling, data: Uint8Array, planes: readonly Plane[], format: PlanarFormat, m: YuvMatrix, out: Int32Array): void {
  const { size: S, a, b, ca, cb, rect, colIsX } = plan;
  out.fill(0);
  if (!plan.any) return;
  const rx = rect.x, ry = rect.y, crx = rx >> 1, cry = ry >> 1;
  const P0 = planes[0];
  for (let t = 0; t < S; t++) {
    if (!b.inside[t]) continue;
    for (let u = 0; u < S; u++) {
      if (!a.inside[u]) continue;
      // (xi: taps along coded x, yi: taps along coded y) for this output pixel.
      const X = colIsX ? a : b, Y = colIsX ? b : a, xk = colIsX ? u : t, yk = colIsX ? t : u;
      const x0 = X.i0[xk] - rx, x1 = X.i1[xk] - rx, fx = X.f[xk];
      const y0 = Y.i0[yk] - ry, y1 = Y.i1[yk] - ry, fy = Y.f[yk];
      const o = (t * S + u) * 3;
      if (format === 'RGBA' || format === 'BGRA') {
        const r0 = P0.offset + y0 * P0.stride, r1 = P0.offset + y1 * P0.stride;
        for (let c = 0; c < 3; c++) {
          const top = data[r0 + x0 * 4 + c] * (1 - fx) + data[r0 + x1 * 4 + c] * fx;
          const bot = data[r1 + x0 * 4 + c] * (1 - fx) + data[r1 + x1 * 4 + c] * fx;
          out[o + (format === 'BGRA' ? 2 - c : c)] = Math.round(top + (bot - top) * fy);
        }
        continue;
      }
      const r0 = P0.offset + y0 * P0.stride, r1 = P0.offset + y1 * P0.stride;
      const yt = data[r0 + x0] * (1 - fx) + data[r0 + x1] * fx;
      const yb = data[r1 + x0] * (1 - fx) + data[r1 + x1] * fx;
      const luma = (yt + (yb - yt) * fy - m.yo) * m.ys;
      const CX = colIsX ? ca : cb, CY = colIsX ? cb : ca;
      const cx0 = CX.i0[xk] - crx, cx1 = CX.i1[xk] - crx, cfx = CX.f[xk];
      const cy0 = CY.i0[yk] - cry, cy1 = CY.i1[yk] - cry, cfy = CY.f[yk];
      let cu: number, cv: number;
      if (format === 'I420') {
        const U = planes[1], V = planes[2];
        const u0 = U.offset + cy0 * U.stride, u1 = U.offset + cy1 * U.stride;
        const v0 = V.offset + cy0 * V.stride, v1 = V.offset + cy1 * V.stride;
        const ut = data[u0 + cx0] * (1 - cfx) + data[u0 + cx1] * cfx, ub = data[u1 + cx0] * (1 - cfx) + data[u1 + cx1] * cfx;
        const vt = data[v0 + cx0] * (1 - cfx) + data[v0 + cx1] * cfx, vb = data[v1 + cx0] * (1 - cfx) + data[v1 + cx1] * cfx;
        cu = ut + (ub - ut) * cfy; cv = vt + (vb - vt) * cfy;
      } else {
        const UV = planes[1];
        const r0c = UV.offset + cy0 * UV.stride, r1c = UV.offset + cy1 * UV.stride;
        const ut = data[r0c + cx0 * 2] * (1 - cfx) + data[r0c + cx1 * 2] * cfx, ub = data[r1c + cx0 * 2] * (1 - cfx) + data[r1c + cx1 * 2] * cfx;
        const vt = data[r0c + cx0 * 2 + 1] * (1 - cfx) + data[r0c + cx1 * 2 + 1] * cfx, vb = data[r1c + cx0 * 2 + 1] * (1 - cfx) + data[r1c + cx1 * 2 + 1] * cfx;
        cu = ut + (ub - ut) * cfy; cv = vt + (vb - vt) * cfy;
      }
      cu = (cu - 128) * m.cs; cv = (cv - 128) * m.cs;
      out[o] = clamp255(luma + m.rv * cv);
      out[o + 1] = clamp255(luma + m.gu * cu + m.gv * cv);
      out[o + 2] = clamp255(luma + m.bu * cu);
    }
  }
}
