/**
 * One progress fraction and one smoothed ETA over every stage of an analysis (pure; the clock is
 * passed in). The pipeline reports 2D detection frame by frame but the 3D lifting and the analysis
 * only when they start; the lifting stage mostly starts the lifter (worker, WASM, model) and takes a
 * few seconds whatever the clip length. ETA = frames left × seconds per frame + the stages still to
 * come; it is smoothed (an exponential average that also counts down with the clock) and the bar is
 * elapsed / (elapsed + ETA), never going back.
 */
import type { Phase, Progress } from '../pipeline/progress';

/** Expected seconds for the lifting stage (starting the lifter + lifting; measured 3–7 s on 2 cores). */
export const LIFT_EXPECTED_S = 5;
/** Expected seconds for the analysis stage. */
const ANALYSE_EXPECTED_S = 0.5;
const SMOOTHING = 0.15;

/** Progress 0..1 from one report, without a clock (for a glance: detection is most of the bar). */
export function overallFraction(p: Progress | null): number {
  if (!p) return 0;
  const start: Record<Phase, number> = { starting: 0, 'loading-model': 0.01, detecting: 0.03, lifting: 0.85, analysing: 0.97, done: 1 };
  if (p.phase === 'detecting') return 0.03 + 0.82 * (p.fraction ?? 0);
  return start[p.phase];
}

export interface ProgressView {
  /** 0..1 over all stages. */
  fraction: number;
  /** Seconds left, null while unknown. */
  etaS: number | null;
}

export class ProgressTracker {
  private startMs: number | null = null;
  private last: Progress | null = null;
  private phaseStartMs = 0;
  private etaS: number | null = null;
  private etaAtMs = 0;
  private shown = 0;

  /** `withLift`: the 3D lifting and analysis stages will run after detection. */
  constructor(private readonly withLift: boolean) {}

  /** Feed each pipeline report. */
  update(p: Progress, nowMs: number): void {
    this.startMs ??= nowMs;
    if (p.phase !== this.last?.phase) this.phaseStartMs = nowMs;
    this.last = p;
  }

  /** Unsmoothed seconds left at `nowMs`, null when unknown. */
  private rawEta(nowMs: number): number | null {
    const p = this.last;
    if (!p) return null;
    const inStage = (nowMs - this.phaseStartMs) / 1000;
    const after = this.withLift ? LIFT_EXPECTED_S + ANALYSE_EXPECTED_S : 0;
    switch (p.phase) {
      case 'detecting': {
        if (!p.framesTotal || p.framesDone < 5) return null;
        const spf = inStage / p.framesDone;
        return Math.max(0, p.framesTotal - p.framesDone) * spf + after;
      }
      case 'lifting': return Math.max(0.5, LIFT_EXPECTED_S - inStage) + ANALYSE_EXPECTED_S;
      case 'analysing': return Math.max(0.2, ANALYSE_EXPECTED_S - inStage);
      case 'done': return 0;
      default: return null;
    }
  }

  /** Fraction and ETA at `nowMs`; call on every report and on a timer (twice a second). */
  view(nowMs: number): ProgressView {
    const raw = this.rawEta(nowMs);
    if (raw !== null) {
      if (this.etaS === null) this.etaS = raw;
      else {
        const predicted = Math.max(0, this.etaS - (nowMs - this.etaAtMs) / 1000);
        this.etaS = predicted + SMOOTHING * (raw - predicted);
      }
      this.etaAtMs = nowMs;
    }
    const elapsed = this.startMs === null ? 0 : (nowMs - this.startMs) / 1000;
    const eta = this.etaS === null ? null : Math.max(0, this.etaS - (nowMs - this.etaAtMs) / 1000);
    const f = this.last?.phase === 'done' ? 1 : eta === null ? overallFraction(this.last) * 0.1 : elapsed / Math.max(1e-6, elapsed + eta);
    this.shown = Math.max(this.shown, Math.min(1, f));
    return { fraction: this.shown, etaS: eta };
  }
}
