/**
 * The analysis pipeline shared by the UI and the CLI: file → frames (video/) → MoveNet 2D
 * (pose2d/) → result JSON → optional post stages (lift3d, analysis).
 */
import * as tf from '@tensorflow/tfjs';
import type { BackendName, CoachResult, ModelName } from '../core/result';
import type { Frame2D } from '../core/types';
import type { BackendChoice } from '../pose2d/backend-choice';
import type { PoseDetector2D } from '../pose2d/detector';
import { openVideo } from '../video/open';
import { VideoInputError, type FrameSource, type VideoInfo } from '../video/types';
import { getDetector } from './detector-cache';
import { EtaEstimator, type Progress } from './progress';
import { buildResult } from './result-builder';
import type { PostStage } from './stages';

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
  /** Called after each post stage has filled its fields into `result` (checkpoints). */
  onStageDone?: (id: PostStage['id'], result: CoachResult) => void;
  /**
   * 2D detections kept from an interrupted run of the same file (frame i at index i): those frames
   * are still decoded (the source is sequential) but not detected again.
   */
  resumeFrames?: readonly Frame2D[];
}

const now = (): number => performance.now();

async function detectAll(source: FrameSource, opts: RunOptions, detector: PoseDetector2D) {
  detector.reset();
  const frames: Frame2D[] = [];
  const eta = new EtaEstimator();
  const total = opts.maxFrames ?? source.info.frameCountHint;
  let decode = 0;
  let detect2d = 0;
  let t = now();
  for await (const f of source.frames(opts.signal)) {
    const t1 = now();
    decode += t1 - t;
    const kept = opts.resumeFrames?.[f.index];
    const persons = kept && Math.abs(kept.tMs - f.tMs) < 1 ? kept.persons : await detector.estimate(f.pixels, f.tMs);
    t = now();
    detect2d += t - t1;
    const frame: Frame2D = { i: f.index, tMs: f.tMs, persons };
    frames.push(frame);
    opts.onFrame?.(frame);
    opts.tensorCounts?.push(tf.memory().numTensors);
    eta.tick(t);
    opts.onProgress?.(eta.progress('detecting', frames.length, total));
    if (opts.maxFrames && frames.length >= opts.maxFrames) break;
  }
  return { frames, decode, detect2d };
}

/** Runs the whole pipeline on one file. Throws VideoInputError (human message) or AbortError. */
export async function analyzeVideo(file: File, opts: RunOptions = {}): Promise<CoachResult> {
  const t0 = now();
  const model = opts.model ?? 'movenet-lightning';
  opts.onProgress?.(new EtaEstimator().progress('starting', 0, null));
  const source = await openVideo(file, { forceElement: opts.forceElementSource });
  try {
    const tOpen = now() - t0;
    opts.onVideoInfo?.(source.info);
    opts.onProgress?.(new EtaEstimator().progress('loading-model', 0, source.info.frameCountHint));
    const { choice, detector } = await getDetector(opts.backend ?? null, model);
    opts.onBackend?.(choice);
    const { frames, decode, detect2d } = await detectAll(source, opts, detector);
    if (frames.length === 0) throw new VideoInputError('decode', 'No frames could be decoded from this video.');
    if (!frames.some((f) => f.persons.length > 0)) {
      throw new VideoInputError('no-person', 'No person was found in this video. Film the whole body from the side or at 45°, in good light.');
    }
    const result = buildResult({
      file: file.name, width: source.info.width, height: source.info.height, durationS: source.info.durationS,
      frames, backend: choice.backend, model, timingsMs: { decode: tOpen + decode, detect2d, total: 0 },
    });
    if (source.droppedFrames > 0) {
      result.warnings = [`${source.droppedFrames} frames were skipped by the browser's video player; timing stays exact, some motion may be missed.`];
    }
    for (const stage of opts.postStages ?? []) {
      const ts = now();
      opts.onProgress?.(new EtaEstimator().progress(stage.id === 'lift3d' ? 'lifting' : 'analysing', frames.length, frames.length));
      await stage.run(result, opts.signal);
      result.timingsMs[stage.id] = Math.round((now() - ts) * 10) / 10;
      opts.onStageDone?.(stage.id, result);
    }
    result.timingsMs.total = Math.round((now() - t0) * 10) / 10;
    opts.onProgress?.(new EtaEstimator().progress('done', frames.length, frames.length));
    return result;
  } finally {
    source.close();
  }
}

/** Live tfjs tensor count (leak checks). */
export const tensorCount = (): number => tf.memory().numTensors;
