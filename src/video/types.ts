/**
 * Frame sources: every decoded frame of a video exactly once, in presentation order, with its
 * 0-based index and presentation time (3DAT: keep a frame counter *and* a time counter, because
 * phone videos come at different and variable frame rates).
 */
import type { OrientedFrame } from '../pose2d/detector';

/** What the pipeline knows about a video before decoding it. */
export interface VideoInfo {
  /** Display size in pixels after container rotation (the keypoint pixel space). */
  width: number;
  height: number;
  /** Container duration in seconds (NaN when unknown). */
  durationS: number;
  /** Number of video samples in the container index, when known (progress/ETA). */
  frameCountHint: number | null;
  codec: string;
  /** Clockwise display rotation from the container matrix, degrees. */
  rotation: 0 | 90 | 180 | 270;
}

/** One decoded frame; `image` and `pixels` are valid until the next frame is requested (then closed). */
export interface DecodedFrame {
  index: number;
  /** Presentation time, ms from the first frame. */
  tMs: number;
  /**
   * The decoded picture as the decoder gave it, with its rotation and display size: what the detector
   * crops from (nothing painted). Keypoints from it are in display pixels (`VideoInfo.width/height`).
   */
  image: OrientedFrame;
  /**
   * The frame painted upright at analysis size (≤ MAX_ANALYSIS_PX on the long side), on first access
   * only (costly: a full-frame paint; consumers that can use `image` should).
   */
  readonly pixels: HTMLCanvasElement;
  /** Display pixels per `pixels` pixel (1 unless the video was downscaled for analysis). */
  scale?: number;
}

export interface FrameSource {
  readonly kind: 'webcodecs' | 'element' | 'image';
  readonly info: VideoInfo;
  /** Frames the source knows it could not deliver (element fallback only); 0 for WebCodecs. */
  readonly droppedFrames: number;
  /** Things the user should know about this file (e.g. "animated GIF: timing from frame delays"). */
  readonly warnings?: readonly string[];
  frames(signal?: AbortSignal): AsyncGenerator<DecodedFrame>;
  close(): void;
}

export type VideoErrorKind =
  | 'empty' | 'not-video' | 'no-video-track' | 'truncated' | 'unsupported-codec' | 'unsupported-format'
  | 'decode' | 'too-short' | 'no-person' | 'cancelled';

/** Bad input with a message meant for people (shown in the banner, printed by the CLI). */
export class VideoInputError extends Error {
  constructor(readonly kind: VideoErrorKind, message: string) {
    super(message);
    this.name = 'VideoInputError';
  }
}

export const isVideoInputError = (e: unknown): e is VideoInputError =>
  e instanceof Error && e.name === 'VideoInputError' && 'kind' in e;
