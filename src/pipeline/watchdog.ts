/**
 * Stall watchdog for the pipeline: every stage (open/demux, model load, decode, 2D, 3D, analysis)
 * must make progress within its limit, otherwise the run fails with one error that names the
 * stage. Progress = any `kick()` (a decoded frame, a detected frame, a finished await). The clock
 * and timers are injectable so the logic is unit-tested without waiting.
 */

/** The stages a run goes through, in order; `label` is what the user reads. */
export const STAGES = {
  open: 'opening the file (reading its index)',
  'load-model': 'loading the pose model',
  decode: 'decoding the video',
  detect: 'finding the person (2D)',
  lift3d: 'lifting to 3D',
  analysis: 'analysing the exercise',
} as const;
export type StageName = keyof typeof STAGES;

/** Seconds without progress after which a stage counts as stalled. */
export const DEFAULT_STALL_S: Record<StageName, number> = {
  open: 20, 'load-model': 25, decode: 15, detect: 20, lift3d: 30, analysis: 20,
};

/** A stage made no progress for too long. `kind` matches VideoInputError kinds for the UI and CLI. */
export class StallError extends Error {
  readonly kind = 'stalled' as const;
  constructor(readonly stage: StageName, readonly seconds: number, detail = '') {
    super(`The analysis stopped making progress while ${STAGES[stage]} (nothing happened for ${seconds} s${detail ? `; ${detail}` : ''}). ${ADVICE[stage]}`);
    this.name = 'StallError';
  }
}

const ADVICE: Record<StageName, string> = {
  open: 'The file may be damaged or on a slow drive; try copying it to the device first.',
  'load-model': 'Reload the page; if it happens again, choose another backend in the header.',
  decode: 'The video is damaged (for example a long gap in its timestamps) or this browser cannot decode it. Convert it to H.264 MP4 (on iPhone: Settings → Camera → Formats → Most Compatible) and try again.',
  detect: 'Reload the page, or choose another backend in the header.',
  lift3d: 'Reload the page and try again.',
  analysis: 'Reload the page and try again.',
};

export const isStallError = (e: unknown): e is StallError => e instanceof Error && e.name === 'StallError';

export interface WatchdogClock {
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(id: unknown): void;
}

const realClock: WatchdogClock = {
  setTimeout: (fn, ms) => globalThis.setTimeout(fn, ms),
  clearTimeout: (id) => globalThis.clearTimeout(id as ReturnType<typeof setTimeout>),
};

/**
 * One watchdog per run. `enter(stage)` starts a stage's timer, `kick()` restarts it, `guard(p)`
 * races a promise against the stall. After a stall `signal` is aborted so that sources and
 * decoders stop; `stop()` ends it.
 */
export class Watchdog {
  private timer: unknown = null;
  private current: StageName = 'open';
  private rejectStall: ((e: Error) => void) | null = null;
  private readonly stalled: Promise<never>;
  private readonly abort = new AbortController();
  /** Aborted when a stage stalls. */
  readonly signal = this.abort.signal;
  /** Why the run was stopped: a stall, or a failure reported with `failWith` (e.g. a lost GPU). */
  error: Error | null = null;
  /** What is being analysed ("AV1 video, 1080×1920"), named in the error. */
  context = '';

  constructor(
    private readonly limitsS: Record<StageName, number> = DEFAULT_STALL_S,
    private readonly clock: WatchdogClock = realClock,
  ) {
    this.stalled = new Promise<never>((_, reject) => { this.rejectStall = reject; });
    this.stalled.catch(() => undefined); // observed through guard(); never an unhandled rejection
  }

  get stage(): StageName { return this.current; }

  enter(stage: StageName): void {
    this.current = stage;
    this.kick();
  }

  kick(): void {
    if (this.error) return;
    if (this.timer !== null) this.clock.clearTimeout(this.timer);
    const s = this.limitsS[this.current];
    this.timer = this.clock.setTimeout(() => this.fire(), s * 1000);
  }

  /** Fails the current stage now (a stall detected by other means, e.g. a decoder that never answers). */
  fire(detail = ''): void {
    if (this.error) return;
    this.error = new StallError(this.current, this.limitsS[this.current], detail || this.context);
    this.timer = null;
    this.abort.abort(this.error);
    this.rejectStall?.(this.error);
  }

  /** Stops the run now with `error` (a failure detected outside the awaited work, e.g. a lost GPU context). */
  failWith(error: Error): void {
    if (this.error) return;
    this.error = error;
    if (this.timer !== null) this.clock.clearTimeout(this.timer);
    this.timer = null;
    this.abort.abort(error);
    this.rejectStall?.(error);
  }

  /** Resolves like `p`, or rejects with the StallError when the current stage stalls first. */
  guard<T>(p: Promise<T>): Promise<T> {
    if (this.error) return Promise.reject(this.error);
    return Promise.race([p, this.stalled]);
  }

  /** Iterates `gen`, kicking on every item; a stall between items rejects. */
  async *iterate<T>(gen: AsyncGenerator<T>): AsyncGenerator<T> {
    const it = gen[Symbol.asyncIterator]();
    try {
      for (;;) {
        const r = await this.guard(it.next());
        if (r.done) return;
        this.kick();
        yield r.value;
      }
    } finally {
      // Do not await: a generator stuck inside an await never finishes its return().
      void it.return?.(undefined).catch(() => undefined);
    }
  }

  stop(): void {
    if (this.timer !== null) this.clock.clearTimeout(this.timer);
    this.timer = null;
  }
}

/** Per-stage limits scaled by a factor (URL `?stall=` / CLI `--stall-timeout` for tests and slow machines). */
export function scaledLimits(seconds: number | null): Record<StageName, number> {
  if (seconds === null || !(seconds > 0)) return DEFAULT_STALL_S;
  return Object.fromEntries(Object.keys(DEFAULT_STALL_S).map((k) => [k, seconds])) as Record<StageName, number>;
}
