/**
 * WebCodecs frame source for mp4/mov: mp4box.js gives the sample table, `VideoDecoder` decodes
 * every sample, frames come out in presentation order with their container timestamps. Nothing
 * depends on real-time playback, so no frame can be skipped and VFR timing is exact.
 * The decoder runs in a worker (workers/decode.worker.ts) that transfers each frame to the page: on
 * the page's own thread a decoder only advances when the event loop runs, which it seldom does while
 * the detector computes, so decoding there ends up in series with detection.
 */
import { throwIfAborted, UprightPainter, Waker } from './canvas';
import { decodeFrames, type DecodePlan } from './decode-loop';
import type { DecodeRequest, DecodeResponse } from './decode-protocol';
import type { Mp4Demux } from './mp4-demux';
import { VideoInputError, type DecodedFrame, type FrameSource, type VideoInfo } from './types';

/** Decoded frames the worker may have sent ahead of the one the page is using. */
const WORKER_AHEAD = 3;

/** True when this browser has WebCodecs and can decode this config. */
export async function canDecode(config: Mp4Demux['config']): Promise<boolean> {
  if (typeof VideoDecoder === 'undefined') return false;
  try {
    return (await VideoDecoder.isConfigSupported(config)).supported === true;
  } catch {
    return false;
  }
}

export class WebCodecsSource implements FrameSource {
  readonly kind = 'webcodecs' as const;
  readonly droppedFrames = 0;
  readonly info: VideoInfo;
  private closed = false;

  /** `inWorker` false: decode on this thread (tests, and where workers are unavailable). */
  constructor(private readonly file: Blob, private readonly demux: Mp4Demux, private readonly inWorker = typeof Worker !== 'undefined') {
    this.info = demux.info;
  }

  async *frames(signal?: AbortSignal): AsyncGenerator<DecodedFrame> {
    const { width, height, rotation } = this.info;
    const painter = new UprightPainter(width, height);
    const { config, samples, minCts, timescale } = this.demux;
    const plan: DecodePlan = { config, samples, minCts, timescale };
    let index = 0;
    const wrap = async function* (frames: AsyncGenerator<VideoFrame>): AsyncGenerator<DecodedFrame> {
      for await (const frame of frames) {
        // Handed on as decoded (no full-frame paint); closed when the consumer asks for the next one.
        try {
          yield painter.frame(index++, frame.timestamp / 1000, { kind: 'oriented', image: frame, rotation, width, height });
        } finally {
          frame.close();
        }
      }
    };
    try {
      yield* wrap(this.inWorker ? decodeInWorker(this.file, plan, signal) : decodeFrames(this.file, plan, signal));
    } catch (e) {
      // A worker that cannot start (blocked script, no module workers): decode on this thread instead.
      if (!(e instanceof WorkerStartError) || index > 0) throw e;
      console.warn(`${e.message}; decoding on the main thread`);
      yield* wrap(decodeFrames(this.file, plan, signal));
    }
    if (index === 0 && !this.closed) throw new VideoInputError('decode', 'The video track decoded to zero frames.');
  }

  close(): void { this.closed = true; }
}

/** The decode worker failed to load or start (its script threw or could not be fetched). */
class WorkerStartError extends Error {
  constructor(detail: string) {
    super(`decode worker unavailable (${detail})`);
    this.name = 'WorkerStartError';
  }
}

/** The frames of `plan` decoded in a worker, each owned by the caller (who closes it). Same errors as `decodeFrames`. */
async function* decodeInWorker(file: Blob, plan: DecodePlan, signal?: AbortSignal): AsyncGenerator<VideoFrame> {
  const worker = new Worker(new URL('../workers/decode.worker.ts', import.meta.url), { type: 'module' });
  const queue: VideoFrame[] = [];
  const waker = new Waker();
  let failure: Error | null = null;
  let done = false;
  worker.onmessage = (ev: MessageEvent<DecodeResponse>) => {
    const m = ev.data;
    if (m.type === 'frame') queue.push(m.frame);
    else if (m.type === 'done') done = true;
    else failure ??= m.kind ? new VideoInputError(m.kind, m.message) : new Error(m.message);
    waker.wake();
  };
  worker.onerror = (ev) => {
    ev.preventDefault();
    failure ??= new WorkerStartError(ev.message || 'its script failed to load');
    waker.wake();
  };
  signal?.addEventListener('abort', waker.wake, { once: true });
  const post = (m: DecodeRequest) => worker.postMessage(m);
  post({ type: 'start', file, plan, credit: WORKER_AHEAD });
  try {
    for (;;) {
      throwIfAborted(signal);
      if (failure) throw failure;
      const frame = queue.shift();
      if (frame) {
        yield frame;
        post({ type: 'more' });
      } else if (done) {
        return;
      } else {
        await waker.wait();
      }
    }
  } finally {
    signal?.removeEventListener('abort', waker.wake);
    worker.terminate();
    queue.forEach((f) => f.close());
  }
}
