/** Progress + ETA for the frame loop (pure; the clock is passed in). */

export type Phase = 'starting' | 'loading-model' | 'detecting' | 'lifting' | 'analysing' | 'done';

export interface Progress {
  phase: Phase;
  framesDone: number;
  /** Expected frame count (container index), null when unknown. */
  framesTotal: number | null;
  /** 0..1 when the total is known, else null. */
  fraction: number | null;
  /** Recent processing speed, frames per second. */
  fps: number;
  /** Estimated seconds left, null when unknown. */
  etaS: number | null;
}

/** Exponential moving average of seconds per frame → speed and ETA. */
export class EtaEstimator {
  private secPerFrame: number | null = null;
  private lastMs: number | null = null;

  constructor(private readonly alpha = 0.1) {}

  /** Call once per finished frame with the current time in ms. */
  tick(nowMs: number): void {
    if (this.lastMs !== null) {
      const dt = (nowMs - this.lastMs) / 1000;
      this.secPerFrame = this.secPerFrame === null ? dt : this.secPerFrame + this.alpha * (dt - this.secPerFrame);
    }
    this.lastMs = nowMs;
  }

  progress(phase: Phase, framesDone: number, framesTotal: number | null): Progress {
    const spf = this.secPerFrame;
    const fps = spf && spf > 0 ? 1 / spf : 0;
    const left = framesTotal === null ? null : Math.max(0, framesTotal - framesDone);
    return {
      phase, framesDone, framesTotal,
      fraction: framesTotal ? Math.min(1, framesDone / framesTotal) : null,
      fps,
      etaS: left === null || spf === null ? null : left * spf,
    };
  }
}

/** "1:05" style ETA text. */
export function formatEta(s: number | null): string {
  if (s === null || !Number.isFinite(s)) return '–';
  const r = Math.round(s);
  return `${Math.floor(r / 60)}:${String(r % 60).padStart(2, '0')}`;
}
