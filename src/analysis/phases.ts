/**
 * Movement phases after MobiDev's deadlift rep counter ("3D Human Pose Estimation Experiments and
 * Analysis"): compare neighbouring frames → 1 (going up) / 0 (going down), clean the binary vector
 * with a sliding majority window (4–5 frames), then convolve with an edge-detection kernel; frames
 * where the response reaches its extreme are phase changes (down→up = bottom, up→down = top).
 * Ours on top: a dead band keeps the previous phase while the signal is still (so standing noise
 * makes no phase flips), and window sizes are given at 30 fps and scaled with the frame rate.
 */

/** 1 = going up, 0 = going down; `lag` frames each side; changes smaller than `deadband` keep the last phase. */
export function directionBits(x: ArrayLike<number>, lag: number, deadband: number): Uint8Array {
  const n = x.length;
  const out = new Uint8Array(n);
  let state = -1;
  const raw = new Int8Array(n);
  for (let i = 0; i < n; i++) {
    const d = x[Math.min(n - 1, i + lag)] - x[Math.max(0, i - lag)];
    raw[i] = d > deadband ? 1 : d < -deadband ? 0 : -1;
  }
  const first = raw.find((v) => v >= 0);
  state = first === undefined ? 1 : first;
  for (let i = 0; i < n; i++) {
    if (raw[i] >= 0) state = raw[i];
    out[i] = state;
  }
  return out;
}

/** Centred sliding-window majority (odd `window`); removes isolated flips. */
export function majorityFilter(bits: Uint8Array, window: number): Uint8Array {
  const h = Math.floor(window / 2);
  const out = new Uint8Array(bits.length);
  for (let i = 0; i < bits.length; i++) {
    let ones = 0, n = 0;
    for (let j = i - h; j <= i + h; j++) {
      const v = bits[Math.min(bits.length - 1, Math.max(0, j))];
      ones += v; n++;
    }
    out[i] = ones * 2 > n ? 1 : 0;
  }
  return out;
}

/**
 * Edge-detection kernel [−1 ×h, +1 ×h]: response(i) = Σ b[i..i+h−1] − Σ b[i−h..i−1], edge-padded.
 * +h exactly at a clean down→up change at i, −h at an up→down change.
 */
export function edgeResponse(bits: Uint8Array, h: number): Int32Array {
  const n = bits.length;
  const at = (i: number) => bits[Math.min(n - 1, Math.max(0, i))];
  const out = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    let s = 0;
    for (let j = 0; j < h; j++) s += at(i + j) - at(i - 1 - j);
    out[i] = s;
  }
  return out;
}

export interface PhaseEdge { frame: number; kind: 'bottom' | 'top' }

/** Phase changes where the edge response reaches ±h (phases shorter than h frames are ignored). */
export function phaseEdges(bits: Uint8Array, h: number): PhaseEdge[] {
  const r = edgeResponse(bits, h);
  const edges: PhaseEdge[] = [];
  for (let i = 1; i < r.length; i++) {
    if (r[i] === h) edges.push({ frame: i, kind: 'bottom' });
    else if (r[i] === -h) edges.push({ frame: i, kind: 'top' });
  }
  return edges;
}

/** Frame-rate scaled window: `frames30` frames at 30 fps → frames at `fps` (at least `min`). */
export const scaled = (frames30: number, fps: number, min = 1) => Math.max(min, Math.round((frames30 * fps) / 30));
