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

/**
 * Byte offsets of one axis' taps inside a plane whose copied area starts at coded index `origin`:
 * (index − origin) × `scale` (bytes per pixel along coded x, the row stride along coded y), and the
 * weights of both taps. Hoisting these out of the pixel loop leaves it adds and loads only.
 */
interface AxisOffsets { o0: Int32Array; o1: Int32Array; w0: Float64Array; w1: Float64Array }

function axisOffsets(t: Taps, origin: number, scale: number): AxisOffsets {
  const n = t.f.length;
  const o: AxisOffsets = { o0: new Int32Array(n), o1: new Int32Array(n), w0: new Float64Array(n), w1: new Float64Array(n) };
  for (let k = 0; k < n; k++) {
    o.o0[k] = (t.i0[k] - origin) * scale;
    o.o1[k] = (t.i1[k] - origin) * scale;
    o.w1[k] = t.f[k];
    o.w0[k] = 1 - t.f[k];
  }
  return o;
}

/**
 * The offsets of a plane along the output's column axis (`a`) and row axis (`b`): whichever of them
 * runs along coded x steps by `bpp` bytes, the other by the row stride.
 */
function planeAxes(plan: CropSampling, colTaps: Taps, rowTaps: Taps, ox: number, oy: number, bpp: number, stride: number): [AxisOffsets, AxisOffsets] {
  return plan.colIsX
    ? [axisOffsets(colTaps, ox, bpp), axisOffsets(rowTaps, oy, stride)]
    : [axisOffsets(colTaps, oy, stride), axisOffsets(rowTaps, ox, bpp)];
}

/** [first, end) of the output indices whose taps lie inside the picture (a contiguous run: the mapping is monotonic). */
function insideRange(t: Taps): [number, number] {
  let lo = 0, hi = t.inside.length;
  while (lo < hi && !t.inside[lo]) lo++;
  while (hi > lo && !t.inside[hi - 1]) hi--;
  return [lo, hi];
}

/** Math.round for x ≥ 0 (same result, cheaper in V8's hot loops: no −0 or negative cases to handle). */
const round0 = (x: number): number => (x + 0.5) | 0;

/**
 * Fills `out` (S·S·3, RGB, row-major) from the planes of `plan.rect` copied into `data`.
 * `planes`: I420 [Y, U, V], NV12 [Y, UV], RGBA/BGRA [RGBA].
 */
export function sampleCrop(plan: CropSampling, data: Uint8Array, planes: readonly Plane[], format: PlanarFormat, m: YuvMatrix, out: Int32Array): void {
  out.fill(0);
  if (!plan.any) return;
  if (format === 'RGBA' || format === 'BGRA') sampleRgb(plan, data, planes[0], format === 'BGRA', out);
  else sampleYuv420(plan, data, planes, format === 'NV12', m, out);
}

function sampleRgb(plan: CropSampling, d: Uint8Array, P: Plane, bgr: boolean, out: Int32Array): void {
  const { size: S, a, b, rect } = plan;
  const [A, B] = planeAxes(plan, a, b, rect.x, rect.y, 4, P.stride);
  const { o0: ao0, o1: ao1, w0: aw0, w1: aw1 } = A;
  const [uLo, uHi] = insideRange(a), [tLo, tHi] = insideRange(b);
  const cr = bgr ? 2 : 0, cb = bgr ? 0 : 2;
  for (let t = tLo; t < tHi; t++) {
    const r0 = P.offset + B.o0[t], r1 = P.offset + B.o1[t], v0 = B.w0[t], v1 = B.w1[t];
    for (let u = uLo, o = (t * S + uLo) * 3; u < uHi; u++, o += 3) {
      const p00 = r0 + ao0[u], p01 = r0 + ao1[u], p10 = r1 + ao0[u], p11 = r1 + ao1[u], w0 = aw0[u], w1 = aw1[u];
      out[o] = round0((d[p00 + cr] * w0 + d[p01 + cr] * w1) * v0 + (d[p10 + cr] * w0 + d[p11 + cr] * w1) * v1);
      out[o + 1] = round0((d[p00 + 1] * w0 + d[p01 + 1] * w1) * v0 + (d[p10 + 1] * w0 + d[p11 + 1] * w1) * v1);
      out[o + 2] = round0((d[p00 + cb] * w0 + d[p01 + cb] * w1) * v0 + (d[p10 + cb] * w0 + d[p11 + cb] * w1) * v1);
    }
  }
}

/** 4:2:0: luma at full resolution, chroma on the half grid (I420: planes U and V; NV12: interleaved UV). */
function sampleYuv420(plan: CropSampling, d: Uint8Array, planes: readonly Plane[], nv12: boolean, m: YuvMatrix, out: Int32Array): void {
  const { size: S, a, b, ca, cb, rect } = plan;
  const Y = planes[0], U = planes[1], V = nv12 ? planes[1] : planes[2];
  const crx = rect.x >> 1, cry = rect.y >> 1;
  const [LA, LB] = planeAxes(plan, a, b, rect.x, rect.y, 1, Y.stride);
  const cbpp = nv12 ? 2 : 1;
  const [UA, UB] = planeAxes(plan, ca, cb, crx, cry, cbpp, U.stride);
  const VB = V.stride === U.stride ? UB : planeAxes(plan, ca, cb, crx, cry, cbpp, V.stride)[1];
  // Along the column axis U and V step alike (same bytes per pixel; a stride only matters along coded y).
  const VA = plan.colIsX ? UA : planeAxes(plan, ca, cb, crx, cry, cbpp, V.stride)[0];
  const { o0: la0, o1: la1, w0: lw0, w1: lw1 } = LA;
  const { o0: ua0, o1: ua1, w0: cw0, w1: cw1 } = UA;
  const { o0: va0, o1: va1 } = VA;
  const vShift = nv12 ? 1 : 0;
  const [uLo, uHi] = insideRange(a), [tLo, tHi] = insideRange(b);
  const { ys, yo, cs, rv, gu, gv, bu } = m;
  for (let t = tLo; t < tHi; t++) {
    const y0 = Y.offset + LB.o0[t], y1 = Y.offset + LB.o1[t], yv0 = LB.w0[t], yv1 = LB.w1[t];
    const u0 = U.offset + UB.o0[t], u1 = U.offset + UB.o1[t], cv0 = UB.w0[t], cv1 = UB.w1[t];
    const v0 = V.offset + vShift + VB.o0[t], v1 = V.offset + vShift + VB.o1[t];
    for (let u = uLo, o = (t * S + uLo) * 3; u < uHi; u++, o += 3) {
      const a0 = la0[u], a1 = la1[u], w0 = lw0[u], w1 = lw1[u];
      const luma = ((d[y0 + a0] * w0 + d[y0 + a1] * w1) * yv0 + (d[y1 + a0] * w0 + d[y1 + a1] * w1) * yv1 - yo) * ys;
      const c0 = ua0[u], c1 = ua1[u], k0 = cw0[u], k1 = cw1[u], e0 = va0[u], e1 = va1[u];
      const cu = ((d[u0 + c0] * k0 + d[u0 + c1] * k1) * cv0 + (d[u1 + c0] * k0 + d[u1 + c1] * k1) * cv1 - 128) * cs;
      const cv = ((d[v0 + e0] * k0 + d[v0 + e1] * k1) * cv0 + (d[v1 + e0] * k0 + d[v1 + e1] * k1) * cv1 - 128) * cs;
      const r = luma + rv * cv, g = luma + gu * cu + gv * cv, bl = luma + bu * cu;
      out[o] = r < 0 ? 0 : r > 255 ? 255 : round0(r);
      out[o + 1] = g < 0 ? 0 : g > 255 ? 255 : round0(g);
      out[o + 2] = bl < 0 ? 0 : bl > 255 ? 255 : round0(bl);
    }
  }
}
