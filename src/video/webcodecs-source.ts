/**
 * WebCodecs frame source for mp4/mov: mp4box.js gives the sample table, `VideoDecoder` decodes
 * every sample, frames come out in presentation order with their container timestamps. Nothing
 * depends on real-time playback, so no frame can be skipped and VFR timing is exact.
 */
import { drawRotated } from './rotation';
import { analysisSize, frameCanvas, throwIfAborted, Waker } from './canvas';
import type { Mp4Demux } from './mp4-demux';
import { VideoInputError, type DecodedFrame, type FrameSource, type VideoInfo } from './types';

/** Frames decoded ahead of the consumer (bounded to keep decoder memory small). */
const MAX_AHEAD = 6;

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

  constructor(private readonly buffer: ArrayBuffer, private readonly demux: Mp4Demux) {
    this.info = demux.info;
  }

  private chunk(i: number): EncodedVideoChunk {
    const s = this.demux.samples[i];
    return new EncodedVideoChunk({
      type: s.isSync ? 'key' : 'delta',
      timestamp: Math.round(((s.cts - this.demux.minCts) * 1e6) / this.demux.timescale),
      duration: Math.round((s.duration * 1e6) / this.demux.timescale),
      data: new Uint8Array(this.buffer, s.offset, s.size),
    });
  }

  async *frames(signal?: AbortSignal): AsyncGenerator<DecodedFrame> {
    const queue: VideoFrame[] = [];
    const waker = new Waker();
    let failure: Error | null = null;
    let flushed = false;
    let done = false;
    const decoder = new VideoDecoder({
      output: (f) => { queue.push(f); waker.wake(); },
      error: (e) => { failure = new VideoInputError('decode', `The video data is damaged and could not be decoded (${e.message}). Re-export it, or convert it to H.264 MP4.`); waker.wake(); },
    });
    decoder.addEventListener('dequeue', waker.wake);
    signal?.addEventListener('abort', waker.wake, { once: true });
    decoder.configure(this.demux.config);
    const size = analysisSize(this.info.width, this.info.height);
    const { canvas, ctx } = frameCanvas(size.width, size.height);
    const n = this.demux.samples.length;
    let fed = 0;
    let index = 0;
    try {
      for (;;) {
        throwIfAborted(signal);
        if (failure) throw failure;
        while (fed < n && queue.length + decoder.decodeQueueSize < MAX_AHEAD) {
          try {
            decoder.decode(this.chunk(fed++));
          } catch (e) {
            // e.g. Chromium: "marked as type `key` but wasn't a key frame" (damaged data or a wrong index).
            throw new VideoInputError('decode', `The video data is damaged: frame ${fed} of ${n} could not be decoded (${e instanceof Error ? e.message : String(e)}).`);
          }
        }
        if (fed === n && !flushed) {
          flushed = true;
          decoder.flush().then(() => { done = true; waker.wake(); }, (e: Error) => { failure ??= e; waker.wake(); });
        }
        const frame = queue.shift();
        if (frame) {
          const tMs = frame.timestamp / 1000;
          drawRotated(ctx, frame, frame.displayWidth / size.scale, frame.displayHeight / size.scale, this.info.rotation);
          frame.close();
          yield { index: index++, tMs, pixels: canvas, scale: size.scale };
        } else if (done) {
          break;
        } else {
          await waker.wait();
        }
      }
    } finally {
      signal?.removeEventListener('abort', waker.wake);
      queue.forEach((f) => f.close());
      if (decoder.state !== 'closed') decoder.close();
    }
    if (index === 0 && !this.closed) throw new VideoInputError('decode', 'The video track decoded to zero frames.');
  }

  close(): void { this.closed = true; }
}
