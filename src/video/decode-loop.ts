/**
 * The WebCodecs decode loop for an mp4/mov sample table: sample bytes read from the file through a
 * sliding window, fed to a `VideoDecoder` a few frames ahead of the consumer, frames out in
 * presentation order. No DOM: it runs in the page or in the decode worker (workers/decode.worker.ts).
 */
import { errorMessage } from '../core/errors';
import type { Mp4Demux } from './mp4-demux';
import { throwIfAborted, Waker } from './canvas';
import { VideoInputError } from './types';

/** Frames decoded ahead of the consumer (bounded to keep decoder memory small). */
export const MAX_AHEAD = 6;
/** Bytes of the file read at a time for sample data (the file is never held whole). */
const READ_WINDOW = 4 * 1024 * 1024;

/** What the decode loop needs of the demuxed file (structured-cloneable, for the worker). */
export type DecodePlan = Pick<Mp4Demux, 'config' | 'samples' | 'minCts' | 'timescale'>;

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

async function chunk(plan: DecodePlan, reader: SampleReader, i: number): Promise<EncodedVideoChunk> {
  const s = plan.samples[i];
  return new EncodedVideoChunk({
    type: s.isSync ? 'key' : 'delta',
    timestamp: Math.round(((s.cts - plan.minCts) * 1e6) / plan.timescale),
    duration: Math.round((s.duration * 1e6) / plan.timescale),
    data: await reader.read(s.offset, s.size), // copied by the constructor
  });
}

/**
 * Every frame of the track, decoded, in presentation order. The consumer owns each yielded frame and
 * must close it; frames not yet handed out are closed when the loop ends. Throws VideoInputError
 * (damaged data, truncated file) or an AbortError.
 */
export async function* decodeFrames(file: Blob, plan: DecodePlan, signal?: AbortSignal): AsyncGenerator<VideoFrame> {
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
  decoder.configure(plan.config);
  const n = plan.samples.length;
  const reader = new SampleReader(file);
  let fed = 0;
  try {
    for (;;) {
      throwIfAborted(signal);
      if (failure) throw failure;
      while (fed < n && queue.length + decoder.decodeQueueSize < MAX_AHEAD) {
        const c = await chunk(plan, reader, fed++);
        throwIfAborted(signal);
        if (failure) throw failure;
        try {
          decoder.decode(c);
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
      if (frame) yield frame;
      else if (done) break;
      else await waker.wait();
    }
  } finally {
    signal?.removeEventListener('abort', waker.wake);
    queue.forEach((f) => f.close());
    if (decoder.state !== 'closed') decoder.close();
  }
}
