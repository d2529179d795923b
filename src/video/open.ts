/**
 * Opens an uploaded file as a FrameSource. mp4/mov → WebCodecs + mp4box (exact, not real-time);
 * anything else, or a codec WebCodecs cannot decode here → `<video>` + requestVideoFrameCallback.
 */
import { openElementSource } from './element-source';
import { demuxMp4 } from './mp4-demux';
import { sniffContainer } from './sniff';
import { VideoInputError, type FrameSource } from './types';
import { canDecode, WebCodecsSource } from './webcodecs-source';

/** Files above this size are refused (read into memory for demuxing). */
export const MAX_FILE_BYTES = 2 * 1024 ** 3;

export interface OpenOptions {
  /** Force the `<video>` fallback (tests, and browsers with broken WebCodecs). */
  forceElement?: boolean;
}

export async function openVideo(file: Blob, opts: OpenOptions = {}): Promise<FrameSource> {
  if (file.size === 0) throw new VideoInputError('empty', 'The file is empty (0 bytes).');
  if (file.size > MAX_FILE_BYTES) throw new VideoInputError('not-video', 'The file is larger than 2 GB; please trim the video first.');
  const head = new Uint8Array(await file.slice(0, 16).arrayBuffer());
  const container = sniffContainer(head);
  if (container === 'iso-bmff' && !opts.forceElement) {
    const buffer = await file.arrayBuffer();
    const demux = demuxMp4(buffer);
    if (await canDecode(demux.config)) return new WebCodecsSource(buffer, demux);
  }
  if (container === 'unknown') {
    throw new VideoInputError('not-video', 'This file is not a video (expected MP4, MOV or WebM).');
  }
  return openElementSource(file);
}
