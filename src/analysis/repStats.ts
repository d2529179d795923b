/**
 * Per-rep numbers (MobiDev fitness-coach flow, step 6: "number of repetitions, average speed and
 * duration of one repetition"): timing, range of motion and concentric speed of a bar proxy.
 */
import type { RepFrames } from './reps';
import { derivative, smooth } from './signal';
import type { Rep } from './types';

export interface RepInputs {
  /** Frame times, seconds. */
  tS: Float64Array;
  fps: number;
  /** Bar-proxy height above the floor, metres (squat: hips; deadlift: wrists). */
  proxyHeight: Float64Array;
  spineDeg: ArrayLike<number>;
  kneeMinDeg: ArrayLike<number>;
}

const range = (x: ArrayLike<number>, a: number, b: number) => {
  let lo = Infinity, hi = -Infinity;
  for (let i = a; i <= b; i++) if (Number.isFinite(x[i])) { lo = Math.min(lo, x[i]); hi = Math.max(hi, x[i]); }
  return { lo, hi };
};

export function repStats(r: RepFrames, inp: RepInputs): Rep {
  const { tS } = inp;
  const h = smooth(inp.proxyHeight, Math.max(1, Math.round(inp.fps * 0.05)));
  const v = derivative(h, tS);
  let sum = 0, n = 0, peak = 0;
  for (let i = r.bottom; i <= r.end; i++) {
    const s = Math.abs(v[i]);
    sum += s; n++; peak = Math.max(peak, s);
  }
  const rom = range(h, r.start, r.end);
  const sp = range(inp.spineDeg, r.start, r.end);
  const kn = range(inp.kneeMinDeg, r.start, r.end);
  const round = (x: number, d = 3) => Math.round(x * 10 ** d) / 10 ** d;
  return {
    startS: round(tS[r.start]),
    bottomS: round(tS[r.bottom]),
    topS: round(tS[r.top]),
    endS: round(tS[r.end]),
    durationS: round(tS[r.end] - tS[r.start]),
    romM: round(rom.hi - rom.lo),
    romSpineDeg: Number.isFinite(sp.lo) ? round(sp.hi - sp.lo, 1) : 0,
    eccentricS: round(tS[r.bottom] - tS[r.start]),
    concentricS: round(tS[r.end] - tS[r.bottom]),
    meanSpeedMps: round(n ? sum / n : 0),
    peakSpeedMps: round(peak),
    minKneeDeg: round(kn.lo, 1),
    minSpineDeg: Number.isFinite(sp.lo) ? round(sp.lo, 1) : null,
  };
}
