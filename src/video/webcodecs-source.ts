/**
 * WebCodecs frame source for mp4/mov: mp4box.js gives the sample table, `VideoDecoder` decodes
 * every sample, frames come out in presentation order with their container timestamps. Nothing
 * depends on real-time playback, so no frame can be skipped and VFR timing is exact.
 */
import { errorMessage } from '../core/errors';
import { throwIfAborted, UprightPainter, Waker } from './canvas';
import type { Mp4Demux } from './mp4-demux';
import { VideoInputError, type DecodedFrame, type FrameSource, type VideoInfo } from './types';

/** Frames decoded ahead of the consumer (bounded to keep decoder memory small). */
const MAX_AHEAD = 6;
/** Bytes of the file read at a time for sample data (the file is never held whole). */
const READ_WINDOW = 4 * 1024 * 1024;

/**
 * Sample bytes from the file through a sliding window: samples sit in the file mostly in decode
 * order, so one read of ≥ READ_WINDOW bytes serves many of them; memory stays at one window.
 */
export class SampleReader {
  private win = new Uint8Array(0);
  private winStart = 0;
  constructor(private readonly file: Blob, private readonly window = READ_WINDOW) {}

  async read(offset: number, size: number): Promise<Uint8Array> {
    const at = offset - this.winStart;
    if (at < 0 || at + size > this.win.length) {
      const end = Math.min(this.file.size, offset + Math.max(size, this.window));
      this.win = new Uint8Array(await this.file.slice(offset, end).arrayBuffer());
      this.winStart = offset;
      if (this.win.length < size) throw new VideoInputError('truncated', 'The video file is truncated: a frame runs past its end.');
      return this.win.subarray(0, size);
    }
    return this.win.subarray(at, at + size);
  }
}

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

  constructor(private readonly file: Blob, private readonly demux: Mp4Demux) {
    this.info = demux.info;
  }

  private async chunk(reader: SampleReader, i: number): Promise<EncodedVideoChunk> {
    const s = this.demux.samples[i];
    return new EncodedVideoChunk({
      type: s.isSync ? 'key' : 'delta',
      timestamp: Math.round(((s.cts - this.demux.minCts) * 1e6) / this.demux.timescale),
      duration: Math.round((s.duration * 1e6) / this.demux.timescale),
      data: await reader.read(s.offset, s.size), // copied by the constructor
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
    const { width, height, rotation } = this.info;
    const painter = new UprightPainter(width, height);
    const n = this.demux.samples.length;
    const reader = new SampleReader(this.file);
    let fed = 0;
    let index = 0;
    try {
      for (;;) {
        throwIfAborted(signal);
        if (failure) throw failure;
        while (fed < n && queue.length + decoder.decodeQueueSize < MAX_AHEAD) {
          const chunk = await this.chunk(reader, fed++);
          throwIfAborted(signal);
          if (failure) throw failure;
          try {
            decoder.decode(chunk);
          } catch (e) {
            // e.g. Chromium: "marked as type `key` but wasn't a key frame" (damaged data or a wrong index).
            throw new VideoInputError('decode', `The video data is damaged: frame ${fed} of ${n} could not be decoded (${errorMessage(e)}).`);
          }
        }
        if (fed === n && !flushed) {
          flushed = true;
          decoder.flush().then(() => { done = true; waker.wake(); }, (e: Error) => { failure ??= e; waker.wake(); });
        }
        const frame = queue.shift();
        if (frame) {
          // Handed on as decoded (no full-frame paint); closed when the consumer asks for the next one.
          try {
            yield painter.frame(index++, frame.timestamp / 1000, { kind: 'oriented', image: frame, rotation, width, height });
          } finally {
            frame.close();
          }
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
