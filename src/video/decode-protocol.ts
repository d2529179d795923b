/** Messages between the page's WebCodecs source and the decode worker (workers/decode.worker.ts). */
import type { DecodePlan } from './decode-loop';
import type { VideoErrorKind } from './types';

export type DecodeRequest =
  /** Decode every sample of `plan` from `file`; at most `credit` frames are sent before the first `more`. */
  | { type: 'start'; file: Blob; plan: DecodePlan; credit: number }
  /** The page is done with one frame: the worker may send one more. */
  | { type: 'more' };

export type DecodeResponse =
  /** One decoded frame (transferred: the worker no longer holds it). */
  | { type: 'frame'; frame: VideoFrame }
  | { type: 'done' }
  /** `kind` set: a VideoInputError with a human message; else an unexpected failure. */
  | { type: 'error'; kind: VideoErrorKind | null; message: string };
