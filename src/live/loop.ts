/**
 * The live loop: newest camera frame → MoveNet 2D (its worker on WASM, else this thread) → causal 3D lift (worker) → streaming
 * rep counter + cue decision. Frames are taken as fast as they can be processed; a frame that arrives
 * while another is being processed replaces it (never queued), so latency stays one frame. The 2D
 * detect of frame n+1 overlaps the worker's lift of frame n (at most one lift in flight).
 */
import type { Person2D } from '../core/types';
import { createRepCounter, type RepCounterState } from '../analysis/repCounter';
import { resolveThresholds, type Thresholds } from '../analysis/thresholds';
import type { Exercise } from '../analysis/types';
import type { PoseDetector2D } from '../pose2d/detector';
import type { PoseLifter } from '../lift3d/types';
import { liveStep, RepCoach, type CueView, type LiveCue } from './cues';
import { FpsMeter, skippedBetween, smoothMs } from './meter';
import type { LiveStats } from './types';

type FrameMeta = { presentedFrames: number; mediaTime: number; captureTime?: number; expectedDisplayTime?: number };
type RvfcVideo = HTMLVideoElement & { requestVideoFrameCallback(cb: (now: number, meta: FrameMeta) => void): number; cancelVideoFrameCallback(h: number): void };

/** What one processed frame produced (2D right after detection; 3D, reps and cue after the lift). */
export interface LiveFrame {
  tMs: number;
  size: { width: number; height: number };
  person: Person2D | null;
  /** 17×3 H36M metres, camera axes, root-relative; null while warming or without a lifter. */
  pose3d: Float32Array | null;
  repCount: number;
  phase: RepCounterState['phase'];
  cue: LiveCue | null;
}

export interface LiveLoopOptions {
  exercise?: Exercise;
  thresholds?: Partial<Thresholds>;
  /** Called after 2D detection (pose3d null) and again after the lift of the same frame. */
  onFrame?: (f: LiveFrame) => void;
  /** Called when a rep completes. */
  onRep?: (count: number) => void;
  /** The 3D stage failed; the loop goes on with 2D only. */
  onError?: (e: Error) => void;
}


export class LiveLoop {
  readonly stats: LiveStats = { framesProcessed: 0, framesWithPerson: 0, framesLifted: 0, framesSkipped: 0, fps: 0, detectMs: NaN, liftMs: NaN };
  private readonly video: RvfcVideo;
  private readonly t: Thresholds;
  private readonly meter = new FpsMeter();
  private rc: RepCounterState;
  private readonly coach: RepCoach;
  private cue: LiveCue | null = null;
  private latest: { meta: FrameMeta; now: number } | null = null;
  private lastPresented: number | null = null;
  private wake: (() => void) | null = null;
  private handle = 0;
  private running = false;
  private done: Promise<void> = Promise.resolve();
  private lift: Promise<void> = Promise.resolve();
  private t0 = NaN;
  private readonly kp = new Float32Array(51);

  constructor(video: HTMLVideoElement, private readonly detector: PoseDetector2D, private lifter: PoseLifter | null, private readonly o: LiveLoopOptions = {}) {
    this.video = video as RvfcVideo;
    if (typeof this.video.requestVideoFrameCallback !== 'function') throw new Error('This browser cannot follow camera frames (no requestVideoFrameCallback); please use a current Chrome, Edge or Safari.');
    this.t = resolveThresholds(o.thresholds);
    this.rc = createRepCounter({ exercise: o.exercise ?? 'squat', thresholds: o.thresholds });
    this.coach = new RepCoach(this.rc.exercise, this.t);
  }

  /** View, checks and findings of the last judged rep (null before the first). */
  get view(): CueView | null { return this.coach.view; }

  get repCount(): number { return this.rc.count; }

  start(): void {
    if (this.running) return;
    this.running = true;
    this.detector.reset();
    this.lifter?.reset();
    this.handle = this.video.requestVideoFrameCallback(this.onVideoFrame);
    this.done = this.run();
  }

  /** Stops after the frame in progress; resolves when nothing runs any more. */
  async stop(): Promise<void> {
    this.running = false;
    this.video.cancelVideoFrameCallback?.(this.handle);
    this.wake?.();
    await this.done;
    await this.lift.catch(() => undefined);
  }

  private readonly onVideoFrame = (now: number, meta: FrameMeta) => {
    this.latest = { meta, now };
    this.wake?.();
    if (this.running) this.handle = this.video.requestVideoFrameCallback(this.onVideoFrame);
  };

  private async run(): Promise<void> {
    while (this.running) {
      const f = this.latest;
      if (!f || f.meta.presentedFrames === this.lastPresented) {
        await new Promise<void>((r) => { this.wake = r; });
        this.wake = null;
        continue;
      }
      this.stats.framesSkipped += skippedBetween(this.lastPresented, f.meta.presentedFrames);
      this.lastPresented = f.meta.presentedFrames;
      const clock = f.meta.captureTime ?? f.meta.expectedDisplayTime ?? f.now;
      if (!Number.isFinite(this.t0)) this.t0 = clock;
      await this.processFrame(clock - this.t0);
    }
  }

  private async processFrame(tMs: number): Promise<void> {
    const size = { width: this.video.videoWidth, height: this.video.videoHeight };
    if (!(size.width > 0 && size.height > 0)) return;
    const d0 = performance.now();
    const person = (await this.detector.estimate(this.video, tMs))[0] ?? null;
    this.stats.detectMs = smoothMs(this.stats.detectMs, performance.now() - d0);
    if (person) this.stats.framesWithPerson++;
    this.o.onFrame?.({ tMs, size, person, pose3d: null, repCount: this.rc.count, phase: this.rc.phase, cue: this.cue });
    this.kp.fill(0);
    person?.keypoints2d.forEach((k, j) => { this.kp[j * 3] = k[0]; this.kp[j * 3 + 1] = k[1]; this.kp[j * 3 + 2] = k[2]; });
    await this.lift; // backpressure: one lift in flight
    this.lift = this.liftAndJudge(Float32Array.from(this.kp), size, tMs, person);
    this.stats.framesProcessed++;
    this.meter.tick(performance.now());
    this.stats.fps = this.meter.fps();
  }

  private async liftAndJudge(kp: Float32Array, size: LiveFrame['size'], tMs: number, person: Person2D | null): Promise<void> {
    if (!this.lifter) return;
    const l0 = performance.now();
    let pose: Float32Array | null;
    try {
      pose = await this.lifter.liftFrame(kp, size);
    } catch (e) {
      // The 3D stage failed (worker crashed): keep the 2D loop running, say why once.
      this.lifter = null;
      this.o.onError?.(e instanceof Error ? e : new Error(String(e)));
      return;
    }
    this.stats.liftMs = smoothMs(this.stats.liftMs, performance.now() - l0);
    if (!this.running) return;
    // No rep and no cue without a confident person in view (issue 11); each completed rep is
    // judged by the review's own checks (same view rules, same words).
    const r = liveStep(this.rc, this.coach, { tMs, person, pose3d: pose, heightPx: size.height }, this.t);
    if (r.usable) this.stats.framesLifted++;
    this.rc = r.rc;
    this.cue = r.cue;
    if (r.event) this.o.onRep?.(this.rc.count);
    this.o.onFrame?.({ tMs, size, person, pose3d: r.usable, repCount: this.rc.count, phase: this.rc.phase, cue: this.cue });
  }
}
