/** Frame-rate bookkeeping for the live loop (pure data structures, times in ms supplied by the caller). */

/** Frames per second over a sliding time window of processed-frame timestamps. */
export class FpsMeter {
  private times: number[] = [];

  constructor(private readonly windowMs = 2000) {}

  /** Record one processed frame at `tMs` (monotonic, e.g. performance.now()). */
  tick(tMs: number): void {
    this.times.push(tMs);
    while (this.times.length > 2 && tMs - this.times[0] > this.windowMs) this.times.shift();
  }

  /** Frames/s over the window; 0 until two frames were seen. */
  fps(): number {
    const n = this.times.length;
    if (n < 2) return 0;
    const span = this.times[n - 1] - this.times[0];
    return span > 0 ? ((n - 1) * 1000) / span : 0;
  }

  reset(): void { this.times = []; }
}

/**
 * Camera frames that arrived while the previous one was processed and were never looked at (the loop
 * always takes the newest frame instead of queueing): the gap in the presented-frame counter.
 */
export function skippedBetween(lastPresented: number | null, presented: number): number {
  return lastPresented === null ? 0 : Math.max(0, presented - lastPresented - 1);
}

/** Exponential moving average of a duration (ms), NaN-safe for the first sample. */
export const smoothMs = (prev: number, x: number, a = 0.1): number => (Number.isFinite(prev) ? prev + a * (x - prev) : x);
