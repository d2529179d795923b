/**
 * Frame source for animated images (GIF, APNG, animated WebP) with WebCodecs' `ImageDecoder`:
 * every frame in order, timed by its own frame delay (GIF delays of 0 play at 100 ms, as browsers
 * show them). A still image is refused with a clear message.
 */
import { abortable, throwIfAborted, UprightPainter } from './canvas';
import { VideoInputError, type DecodedFrame, type FrameSource, type VideoInfo } from './types';

/** Delay browsers use for GIF frames that declare none (0 or missing), ms. */
const DEFAULT_DELAY_MS = 100;

export const IMAGE_TYPES = { gif: 'image/gif', png: 'image/png', webp: 'image/webp' } as const;
export type AnimatedImageType = keyof typeof IMAGE_TYPES;

export async function openImageSource(file: Blob, type: AnimatedImageType, signal?: AbortSignal): Promise<ImageSource> {
  const mime = IMAGE_TYPES[type];
  if (typeof ImageDecoder === 'undefined' || !(await ImageDecoder.isTypeSupported(mime))) {
    throw new VideoInputError('unsupported-codec', `This browser cannot decode animated ${type.toUpperCase()} images; use a current Chrome or Edge, or convert the animation to an MP4 video.`);
  }
  const decoder = new ImageDecoder({ data: await file.arrayBuffer(), type: mime, preferAnimation: true });
  try {
    await abortable(decoder.tracks.ready, signal);
    await abortable(decoder.completed, signal);
  } catch (e) {
    decoder.close();
    if (e instanceof DOMException && e.name === 'AbortError') throw e;
    throw new VideoInputError('not-video', `This ${type.toUpperCase()} image is damaged and cannot be read.`);
  }
  const track = decoder.tracks.selectedTrack;
  if (!track || !track.animated || track.frameCount < 2) {
    decoder.close();
    throw new VideoInputError('too-short', `This ${type.toUpperCase()} is a still image, not a movement. Open a video (or an animated image) of one whole rep.`);
  }
  const first = (await decoder.decode({ frameIndex: 0 })).image;
  const info: VideoInfo = {
    width: first.displayWidth, height: first.displayHeight, durationS: NaN,
    frameCountHint: track.frameCount, codec: `${type.toUpperCase()} animation`, rotation: 0,
  };
  first.close();
  return new ImageSource(decoder, info, track.frameCount);
}

export class ImageSource implements FrameSource {
  readonly kind = 'image' as const;
  readonly droppedFrames = 0;
  readonly warnings = ['Animated image: timing comes from its frame delays, which are often rounded; speeds and tempo are approximate.'];

  constructor(private readonly decoder: ImageDecoder, readonly info: VideoInfo, private readonly frameCount: number) {}

  async *frames(signal?: AbortSignal): AsyncGenerator<DecodedFrame> {
    const { width, height } = this.info;
    const painter = new UprightPainter(width, height);
    let tMs = 0;
    for (let i = 0; i < this.frameCount; i++) {
      throwIfAborted(signal);
      const { image } = await abortable(this.decoder.decode({ frameIndex: i }), signal);
      const delayMs = image.duration ? image.duration / 1000 : 0;
      try {
        yield painter.frame(i, tMs, { kind: 'oriented', image, rotation: 0, width, height });
      } finally {
        image.close();
      }
      tMs += delayMs > 0 ? delayMs : DEFAULT_DELAY_MS;
    }
  }

  close(): void { this.decoder.close(); }
}
