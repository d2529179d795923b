/**
 * Screen-coordinate normalisation shared by training and runtime (VideoPose3D
 * `common/camera.py` normalize_screen_coordinates): x' = x/w·2 − 1, y' = y/w·2 − h/w, so x spans
 * [−1, 1] and the aspect ratio is kept. Arrays are frames × 17 × 3 (x, y, score).
 */

/** Pixel keypoints (x px, y px, score) → model input (x', y', score); scores below `minScore` become 0. */
export function normalizeScreen(kpPx: Float32Array, width: number, height: number, minScore: number): Float32Array {
  if (!(width > 0 && height > 0)) throw new Error(`normalizeScreen: video size must be positive (got ${width}×${height})`);
  if (kpPx.length % 3 !== 0) throw new Error(`normalizeScreen: expected x,y,score triples, got ${kpPx.length} values`);
  const out = new Float32Array(kpPx.length);
  for (let i = 0; i < kpPx.length; i += 3) {
    out[i] = (kpPx[i] / width) * 2 - 1;
    out[i + 1] = (kpPx[i + 1] / width) * 2 - height / width;
    const s = kpPx[i + 2];
    out[i + 2] = s >= minScore && Number.isFinite(s) ? s : 0;
  }
  return out;
}

/** Inverse of {@link normalizeScreen} for the x, y channels (the score is passed through). */
export function denormalizeScreen(kpNorm: Float32Array, width: number, height: number): Float32Array {
  const out = new Float32Array(kpNorm.length);
  for (let i = 0; i < kpNorm.length; i += 3) {
    out[i] = ((kpNorm[i] + 1) * width) / 2;
    out[i + 1] = ((kpNorm[i + 1] + height / width) * width) / 2;
    out[i + 2] = kpNorm[i + 2];
  }
  return out;
}

/**
 * Frames with no usable joint (all scores 0: no person) take the coordinates of the nearest
 * earlier usable frame (or the first later one), keeping score 0 — as in training. In place.
 */
export function fillMissingFrames(kp: Float32Array, frames: number, joints = 17): void {
  const stride = joints * 3;
  const valid = (f: number) => { for (let j = 0; j < joints; j++) if (kp[f * stride + j * 3 + 2] > 0) return true; return false; };
  let last = -1;
  const copyXY = (from: number, to: number) => {
    for (let j = 0; j < joints; j++) { kp[to * stride + j * 3] = kp[from * stride + j * 3]; kp[to * stride + j * 3 + 1] = kp[from * stride + j * 3 + 1]; }
  };
  const leading: number[] = [];
  for (let f = 0; f < frames; f++) {
    if (valid(f)) { last = f; for (const l of leading.splice(0)) copyXY(f, l); } else if (last >= 0) copyXY(last, f); else leading.push(f);
  }
}
