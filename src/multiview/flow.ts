/**
 * Dense optical flow between two small grayscale frames, for the "moment of snap" motion signal.
 * Horn & Schunck, "Determining optical flow", Artificial Intelligence 17 (1981): brightness constancy
 * plus a global smoothness term, solved by Jacobi iterations. Frames are tiny (≈ 64–96 px wide), so
 * this runs in well under a millisecond per pair; the signal only needs the amount of motion.
 */

/** A grayscale image: `w × h` luminance values 0..255, row-major. */
export interface Gray {
  w: number;
  h: number;
  data: Float32Array;
}

/** Luminance (Rec. 601) of RGBA pixels into a Gray image. */
export function grayOf(rgba: Uint8ClampedArray, w: number, h: number): Gray {
  const data = new Float32Array(w * h);
  for (let i = 0; i < w * h; i++) data[i] = 0.299 * rgba[4 * i] + 0.587 * rgba[4 * i + 1] + 0.114 * rgba[4 * i + 2];
  return { w, h, data };
}

/**
 * Horn–Schunck flow (u, v) in pixels/frame from `a` to `b` (same size). `alpha` weighs smoothness
 * (in luminance units), `iterations` Jacobi steps.
 */
export function hornSchunck(a: Gray, b: Gray, alpha = 10, iterations = 40): { u: Float32Array; v: Float32Array } {
  const { w, h } = a;
  const n = w * h;
  const ix = new Float32Array(n), iy = new Float32Array(n), it = new Float32Array(n);
  const at = (img: Float32Array, x: number, y: number) => img[Math.min(h - 1, Math.max(0, y)) * w + Math.min(w - 1, Math.max(0, x))];
  for (let y = 0; y < h; y++) for (let x = 0; x < w; x++) {
    const i = y * w + x;
    // Derivative estimates over the 2×2×2 cube, as in the paper.
    ix[i] = 0.25 * (at(a.data, x + 1, y) - at(a.data, x, y) + at(a.data, x + 1, y + 1) - at(a.data, x, y + 1)
      + at(b.data, x + 1, y) - at(b.data, x, y) + at(b.data, x + 1, y + 1) - at(b.data, x, y + 1));
    iy[i] = 0.25 * (at(a.data, x, y + 1) - at(a.data, x, y) + at(a.data, x + 1, y + 1) - at(a.data, x + 1, y)
      + at(b.data, x, y + 1) - at(b.data, x, y) + at(b.data, x + 1, y + 1) - at(b.data, x + 1, y));
    it[i] = 0.25 * (at(b.data, x, y) - at(a.data, x, y) + at(b.data, x + 1, y) - at(a.data, x + 1, y)
      + at(b.data, x, y + 1) - at(a.data, x, y + 1) + at(b.data, x + 1, y + 1) - at(a.data, x + 1, y + 1));
  }
  let u = new Float32Array(n), v = new Float32Array(n);
  let u2 = new Float32Array(n), v2 = new Float32Array(n);
  const a2 = alpha * alpha;
  for (let k = 0; k < iterations; k++) {
    for (let y = 0; y < h; y++) for (let x = 0; x < w; x++) {
      const i = y * w + x;
      const ub = 0.25 * (at(u, x - 1, y) + at(u, x + 1, y) + at(u, x, y - 1) + at(u, x, y + 1));
      const vb = 0.25 * (at(v, x - 1, y) + at(v, x + 1, y) + at(v, x, y - 1) + at(v, x, y + 1));
      const t = (ix[i] * ub + iy[i] * vb + it[i]) / (a2 + ix[i] * ix[i] + iy[i] * iy[i]);
      u2[i] = ub - ix[i] * t;
      v2[i] = vb - iy[i] * t;
    }
    [u, u2] = [u2, u];
    [v, v2] = [v2, v];
  }
  return { u, v };
}

/** Mean flow magnitude (pixels/frame) between two frames: the per-frame motion signal. */
export function motionEnergy(a: Gray, b: Gray): number {
  const { u, v } = hornSchunck(a, b);
  let s = 0;
  for (let i = 0; i < u.length; i++) s += Math.hypot(u[i], v[i]);
  return s / u.length;
}
