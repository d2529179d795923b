/**
 * Fallback frame source for containers we do not demux (WebM/Matkroska) or browsers without
 * WebCodecs: a muted `<video>` plays and `requestVideoFrameCallback` pauses it on every presented
 * frame while the frame is processed, then resumes. Presentation times come from `mediaTime`;
 * gaps in `presentedFrames` are counted as dropped frames (reported, never hidden).
 */
import { abortable, throwIfAborted, UprightPainter } from './canvas';
import { describeCodec, unsupportedCodecMessage } from './codecs';
import { VideoInputError, type DecodedFrame, type FrameSource, type VideoInfo } from './types';

type FrameMeta = { mediaTime: number; presentedFrames: number };
type RvfcVideo = HTMLVideoElement & { requestVideoFrameCallback(cb: (now: number, meta: FrameMeta) => void): number };

/** What the container says the video codec is ('' when unknown), for messages. */
export interface ElementHints { codec?: string; signal?: AbortSignal }

function loadMetadata(video: HTMLVideoElement, hints: ElementHints): Promise<void> {
  return new Promise((resolve, reject) => {
    video.onloadeddata = () => resolve();
    video.onerror = () => {
      const detail = video.error?.message ?? '';
      // Chromium: the container was read but none of its streams can be decoded here.
      if (hints.codec && /NO_SUPPORTED_STREAMS|DECODER_ERROR|not supported/i.test(detail)) reject(new VideoInputError('unsupported-codec', unsupportedCodecMessage(hints.codec)));
      else reject(new VideoInputError('not-video', `This file is not a playable video${detail ? ` (${detail})` : ''}.`));
    };
  });
}

export async function openElementSource(file: Blob, hints: ElementHints = {}): Promise<ElementSource> {
  const video = document.createElement('video') as RvfcVideo;
  if (typeof video.requestVideoFrameCallback !== 'function') {
    throw new VideoInputError('unsupported-codec', 'This browser supports neither WebCodecs nor requestVideoFrameCallback; please use a current Chrome, Edge, Firefox or Safari.');
  }
  video.muted = true;
  video.playsInline = true;
  video.preload = 'auto';
  const url = URL.createObjectURL(file);
  video.src = url;
  try {
    await abortable(loadMetadata(video, hints), hints.signal);
  } catch (e) {
    video.removeAttribute('src');
    URL.revokeObjectURL(url);
    throw e;
  }
  if (video.videoWidth === 0 || video.videoHeight === 0) {
    URL.revokeObjectURL(url);
    // A video track the browser cannot decode also shows as 0×0: only say "audio" when there is no video track.
    throw hints.codec
      ? new VideoInputError('unsupported-codec', unsupportedCodecMessage(hints.codec))
      : new VideoInputError('no-video-track', 'This file has no video to analyse: it only contains audio.');
  }
  return new ElementSource(video, url, hints.codec ? describeCodec(hints.codec) : 'unknown');
}

export class ElementSource implements FrameSource {
  readonly kind = 'element' as const;
  readonly info: VideoInfo;
  droppedFrames = 0;

  constructor(private readonly video: RvfcVideo, private readonly url: string, codec = 'unknown') {
    // Half speed: the frame after a resume stays on screen twice as long, so a late callback under
    // CPU load rarely misses it (misses are still counted and reported).
    video.playbackRate = 0.5;
    this.info = {
      width: video.videoWidth, height: video.videoHeight, durationS: video.duration,
      frameCountHint: null, codec, rotation: 0,
    };
  }

  /**
   * First call: seeks to 0, which presents the first frame (it was shown before any callback was
   * registered). Later calls play until the next frame is presented and pause there; null at the end.
   */
  private nextFrame(first: boolean): Promise<FrameMeta | null> {
    const v = this.video;
    // play() on an ended video restarts it from 0: the end was reached while the last frame was processed.
    if (!first && v.ended) return Promise.resolve(null);
    return new Promise((resolve, reject) => {
      v.onended = () => resolve(null);
      v.onerror = () => reject(new VideoInputError('decode', 'The video stopped playing: the file is damaged or truncated.'));
      v.requestVideoFrameCallback((_now, meta) => { v.pause(); resolve(meta); });
      if (first) v.currentTime = 0;
      else v.play().catch(reject);
    });
  }

  async *frames(signal?: AbortSignal): AsyncGenerator<DecodedFrame> {
    const { width, height } = this.info;
    const painter = new UprightPainter(width, height);
    let index = 0;
    let lastTime = -1;
    let lastPresented = -1;
    let t0 = 0;
    for (;;) {
      throwIfAborted(signal);
      const meta = await abortable(this.nextFrame(index === 0 && lastTime < 0), signal);
      if (!meta) break;
      if (meta.mediaTime === lastTime) continue;
      if (meta.mediaTime < lastTime) break; // wrapped around to the start: never analyse a frame twice
      if (lastPresented >= 0 && meta.presentedFrames > lastPresented + 1) this.droppedFrames += meta.presentedFrames - lastPresented - 1;
      lastPresented = meta.presentedFrames;
      if (index === 0) t0 = meta.mediaTime;
      lastTime = meta.mediaTime;
      // The paused element is the frame: the detector crops straight from it.
      yield painter.frame(index++, (meta.mediaTime - t0) * 1000, { kind: 'oriented', image: this.video, rotation: 0, width, height });
    }
  }

  close(): void {
    this.video.pause();
    this.video.removeAttribute('src');
    this.video.load();
    URL.revokeObjectURL(this.url);
  }
}
