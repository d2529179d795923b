/**
 * One run of the analysis pipeline: file → frames (video/) → MoveNet 2D (pose2d/) → a Session
 * (./session.ts) → the post stages (lift3d, analysis). Callers build it with `createPipeline`
 * (./create.ts), never by hand.
 */
import * as tf from '@tensorflow/tfjs';
import { roundTo, type BackendName, type ModelName } from '../core/result';
import type { Frame2D } from '../core/types';
import type { BackendChoice } from '../pose2d/backend-choice';
import type { PoseDetector2D } from '../pose2d/detector';
import { openVideo } from '../video/open';
import { VideoInputError, type FrameSource, type VideoInfo } from '../video/types';
import { describeCodec } from '../video/codecs';
import { dropLostBackend, GpuLostError, watchGpuLoss } from '../pose2d/backend';
import { forgetDetector, getDetector } from '../pose2d/detector-cache';
import { EtaEstimator, type Progress } from './progress';
import { splitPeople, type PersonTrack2D } from './people';
import { framesWithPerson, newSession, Track2DBuilder, type PersonSession, type Session, type Track2D } from './session';
import type { PostStage } from './stages';
import { isStallError, scaledLimits, Watchdog } from './watchdog';

export interface RunOptions {
  backend?: BackendName | null;
  model?: ModelName;
  signal?: AbortSignal;
  onProgress?: (p: Progress) => void;
  /** Called once the backend is chosen (before the first frame). */
  onBackend?: (choice: BackendChoice) => void;
  postStages?: readonly PostStage[];
  /** Force the `<video>` fallback frame source. */
  forceElementSource?: boolean;
  /** Stop after this many frames (tests, benchmarks). */
  maxFrames?: number;
  /** When given, receives `tf.memory().numTensors` after every frame (leak test). */
  tensorCounts?: number[];
  /** Called once the video is open, with its size, duration and expected frame count. */
  onVideoInfo?: (info: VideoInfo) => void;
  /** Called after each frame's 2D detection (checkpoints). */
  onFrame?: (frame: Frame2D) => void;
  /** Called after each post stage with the session so far (checkpoints). */
  onStageDone?: (id: PostStage['id'], session: Session) => void;
  /**
   * 2D detections kept from an interrupted run of the same file (frame i at index i): those frames
   * are still decoded (the source is sequential) but not detected again.
   */
  resumeFrames?: readonly Frame2D[];
  /** Seconds without progress before a stage counts as stalled (all stages); default per stage (watchdog.ts). */
  stallTimeoutS?: number | null;
  /**
   * 'athlete' (default): the single-person MoveNet follows one person. 'all': MoveNet MultiPose finds
   * everyone, the tracker keeps identities, the athlete is chosen, and every person is lifted and analysed.
   */
  people?: 'athlete' | 'all';
}

/** Aborted when any of the signals is (AbortSignal.any where the browser has it). */
function anySignal(signals: (AbortSignal | undefined)[]): AbortSignal {
  const list = signals.filter((s): s is AbortSignal => !!s);
  if (typeof AbortSignal.any === 'function') return AbortSignal.any(list);
  const c = new AbortController();
  for (const s of list) s.addEventListener('abort', () => c.abort(s.reason), { once: true });
  return c.signal;
}

const now = (): number => performance.now();
const r1 = (ms: number): number => roundTo(ms, 1);

async function detectAll(source: FrameSource, opts: RunOptions, detector: PoseDetector2D, wd: Watchdog, signal: AbortSignal) {
  detector.reset();
  const track = new Track2DBuilder(source.info.frameCountHint ?? 256);
  // Everyone's detections, kept only when every person is analysed (identity tracking needs them all).
  const everyone: Frame2D[] | null = opts.people === 'all' ? [] : null;
  const eta = new EtaEstimator();
  const total = opts.maxFrames ?? source.info.frameCountHint;
  let decode = 0;
  let detect2d = 0;
  let t = now();
  wd.enter('decode');
  for await (const f of wd.iterate(source.frames(signal))) {
    const t1 = now();
    decode += t1 - t;
    const kept = opts.resumeFrames?.[f.index];
    wd.enter('detect');
    // The detector crops straight from the decoded frame (no full-frame paint); keypoints in display pixels.
    const persons = kept && Math.abs(kept.tMs - f.tMs) < 1 ? kept.persons : await wd.guard(detector.estimate(f.image, f.tMs));
    wd.enter('decode');
    t = now();
    detect2d += t - t1;
    const frame: Frame2D = { i: f.index, tMs: f.tMs, persons };
    track.push(frame);
    everyone?.push(frame);
    opts.onFrame?.(frame);
    opts.tensorCounts?.push(tf.memory().numTensors);
    eta.tick(t);
    opts.onProgress?.(eta.progress('detecting', track.length, total));
    if (opts.maxFrames && track.length >= opts.maxFrames) break;
  }
  return { track: track.build(), everyone, decode, detect2d };
}

/**
 * Every person of a multi-person clip through the post stages (the athlete's session is done already).
 * A person whose stage fails or stalls keeps their 2D (and a null analysis); the athlete's result stands.
 * `clipWarnings` (truncated file, skipped frames) concern the clip, so every person carries them.
 */
async function everyPerson(athlete: Session, people: readonly PersonTrack2D[], clipWarnings: readonly string[], stages: readonly PostStage[], wd: Watchdog, signal: AbortSignal): Promise<PersonSession[]> {
  const out: PersonSession[] = [];
  for (const [k, p] of people.entries()) {
    let s: Session = k === 0 ? athlete : { ...athlete, track: p.track, motion: null, lifter: null, analysis: null, analysisError: null, athleteId: p.id, warnings: [...clipWarnings] };
    if (k > 0) {
      for (const stage of stages) {
        wd.enter(stage.id);
        try { s = { ...s, ...(await wd.guard(stage.run(s, signal))) }; } catch (e) {
          if (signal.aborted && !isStallError(e)) throw e;
          break;
        }
      }
    }
    out.push({ id: p.id, framesSeen: p.framesSeen, box: p.box, session: s });
  }
  return out;
}

/** Runs the whole pipeline on one file. Throws VideoInputError (human message) or AbortError. */
export async function runPipeline(file: File, opts: RunOptions = {}): Promise<Session> {
  const t0 = now();
  const model = opts.model ?? 'movenet-lightning';
  opts.onProgress?.(new EtaEstimator().progress('starting', 0, null));
  const wd = new Watchdog(scaledLimits(opts.stallTimeoutS ?? null));
  const signal = anySignal([opts.signal, wd.signal]);
  let source: FrameSource | null = null;
  let unwatchGpu = (): void => undefined;
  let gpuLost: string | null = null;
  try {
    wd.enter('open');
    source = await wd.guard(openVideo(file, { forceElement: opts.forceElementSource, signal }));
    wd.context = `${describeCodec(source.info.codec)} video, ${source.info.width}×${source.info.height}`;
    const tOpen = now() - t0;
    opts.onVideoInfo?.(source.info);
    opts.onProgress?.(new EtaEstimator().progress('loading-model', 0, source.info.frameCountHint));
    wd.enter('load-model');
    const { choice, detector } = await wd.guard(getDetector(opts.backend ?? null, model, opts.people));
    opts.onBackend?.(choice);
    unwatchGpu = watchGpuLoss((backend) => { gpuLost = backend; wd.failWith(new GpuLostError(backend)); });
    const detected = await detectAll(source, opts, detector, wd, signal);
    const { decode, detect2d } = detected;
    const n = detected.track.frames;
    if (n === 0) throw new VideoInputError('decode', 'No frames could be decoded from this video.');
    if (n === 1) {
      throw new VideoInputError('too-short', 'This video has only one frame, like a photo: a movement needs at least a second of video. Film one whole rep (3–10 s) and try again.');
    }
    if (framesWithPerson(detected.track) === 0) {
      throw new VideoInputError('no-person', 'No person was found in this video. Film the whole body from the side or at 45°, in good light.');
    }
    const warnings = [...(source.warnings ?? [])];
    const endS = detected.track.tMs[n - 1] / 1000;
    const fileS = source.info.durationS;
    const stoppedEarly = opts.maxFrames !== undefined && n >= opts.maxFrames; // asked for fewer frames
    if (!stoppedEarly && Number.isFinite(fileS) && fileS - endS > Math.max(0.5, 0.1 * fileS)) {
      warnings.push(`The video ends at ${endS.toFixed(1)} s but the file says it is ${fileS.toFixed(1)} s long (truncated, or the sound runs on): only the ${endS.toFixed(1)} s of video were analysed.`);
    }
    if (source.droppedFrames > 0) {
      warnings.push(`${source.droppedFrames} frames were skipped by the browser's video player; timing stays exact, some motion may be missed.`);
    }
    const people = detected.everyone ? splitPeople(detected.everyone) : null;
    const sessionOf = (track: Track2D, athleteId: number | null): Session => ({ ...newSession({
      file: file.name, width: source!.info.width, height: source!.info.height, durationS: source!.info.durationS,
      backend: choice.backend, model: people ? 'movenet-multipose' : model, timingsMs: { decode: tOpen + decode, detect2d, total: 0 }, warnings,
    }, track), athleteId });
    // With everyone tracked, the athlete's track; else the single-person detector's (person id 0).
    let session = people?.people.length
      ? sessionOf(people.people[0].track, people.athleteId)
      : sessionOf(detected.track, detected.track.personId.find((id) => id >= 0) ?? null);
    for (const stage of opts.postStages ?? []) {
      const ts = now();
      opts.onProgress?.(new EtaEstimator().progress(stage.id === 'lift3d' ? 'lifting' : 'analysing', n, n));
      wd.enter(stage.id);
      try {
        session = { ...session, ...(await wd.guard(stage.run(session, signal))) };
      } catch (e) {
        // A stalled post stage keeps the 2D session (nothing the user waited for is lost).
        if (!isStallError(e) || opts.signal?.aborted) throw e;
        session = { ...session, warnings: [...session.warnings, `${e.message} The 2D result is kept.`] };
        break;
      }
      session.timingsMs = { ...session.timingsMs, [stage.id]: r1(now() - ts) };
      opts.onStageDone?.(stage.id, session);
    }
    if (people) session = { ...session, people: await everyPerson(session, people.people, warnings, opts.postStages ?? [], wd, signal) };
    session.timingsMs = { ...session.timingsMs, total: r1(now() - t0) };
    opts.onProgress?.(new EtaEstimator().progress('done', n, n));
    return session;
  } catch (e) {
    // The user's cancel wins; otherwise a stall is reported as the stall (not as the abort it caused).
    if (opts.signal?.aborted) throw e;
    throw wd.error ?? e;
  } finally {
    wd.stop();
    unwatchGpu();
    source?.close();
    // The detector's weights died with the GPU context: the next run loads them into a fresh backend.
    if (gpuLost) { forgetDetector(); dropLostBackend(gpuLost); }
  }
}

/** Live tfjs tensor count (leak checks). */
export const tensorCount = (): number => tf.memory().numTensors;
