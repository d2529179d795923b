/**
 * Opens an uploaded file as a FrameSource. mp4/mov → WebCodecs + mp4box (exact, not real-time) when
 * `VideoDecoder.isConfigSupported` says yes; else `<video>` + requestVideoFrameCallback when
 * `canPlayType` does not rule the codec out; else one message naming the codec and the fix.
 * WebM/Matroska → `<video>`. Animated GIF/APNG/WebP → ImageDecoder. Other containers → a message.
 */
import { unsupportedCodecMessage } from './codecs';
import { openElementSource } from './element-source';
import { openImageSource } from './image-source';
import { demuxMp4Blob } from './mp4-demux';
import { matroskaVideoCodec, sniffContainer, UNPLAYABLE } from './sniff';
import { VideoInputError, type FrameSource } from './types';
import { canDecode, WebCodecsSource } from './webcodecs-source';

/** Files above this size are refused (a phone clip of a set is far smaller; keeps reads and indexes sane). */
export const MAX_FILE_BYTES = 2 * 1024 ** 3;
/** Bytes read for sniffing (Matroska codec IDs sit in the first track header). */
const HEAD_BYTES = 64 * 1024;

export interface OpenOptions {
  /** Force the `<video>` fallback (tests, and browsers with broken WebCodecs). */
  forceElement?: boolean;
  signal?: AbortSignal;
}

/** False only when the `<video>` element is sure it cannot play this codec in this container. */
function elementMightPlay(mime: string, codec: string): boolean {
  if (typeof document === 'undefined') return false;
  return document.createElement('video').canPlayType(`${mime}; codecs="${codec}"`) !== '';
}

async function openIsoBmff(file: Blob, opts: OpenOptions): Promise<FrameSource> {
  // Only the index is read here; sample data is read in windows while decoding (never the whole file).
  const demux = await demuxMp4Blob(file);
  const codec = demux.config.codec;
  if (!opts.forceElement && await canDecode(demux.config)) return new WebCodecsSource(file, demux);
  if (!elementMightPlay('video/mp4', codec)) throw new VideoInputError('unsupported-codec', unsupportedCodecMessage(codec));
  return openElementSource(file, { codec, signal: opts.signal });
}

export async function openVideo(file: Blob, opts: OpenOptions = {}): Promise<FrameSource> {
  if (file.size === 0) throw new VideoInputError('empty', 'The file is empty (0 bytes).');
  if (file.size > MAX_FILE_BYTES) throw new VideoInputError('not-video', 'The file is larger than 2 GB; please trim the video first.');
  const head = new Uint8Array(await file.slice(0, HEAD_BYTES).arrayBuffer());
  const container = sniffContainer(head);
  switch (container) {
    case 'iso-bmff': return openIsoBmff(file, opts);
    case 'webm': {
      const codec = matroskaVideoCodec(head);
      return openElementSource(file, { codec: codec || undefined, signal: opts.signal });
    }
    case 'gif': case 'png': case 'webp': return openImageSource(file, container, opts.signal);
    case 'still-image':
      throw new VideoInputError('too-short', 'This is a photo, not a video: a movement needs a video of at least one whole rep (3–10 s).');
    case 'unknown':
      throw new VideoInputError('not-video', 'This file is not a video (expected MP4, MOV, WebM or MKV).');
    default:
      throw new VideoInputError('unsupported-format', `This is ${UNPLAYABLE[container]}, which browsers cannot play. Convert it to MP4 (H.264), for example with HandBrake or \`ffmpeg -i input -c:v libx264 -crf 18 output.mp4\`, and open that.`);
  }
}
