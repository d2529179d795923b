/**
 * ISO-BMFF (mp4/mov) demuxing with mp4box.js: the video track's decoder config and its sample
 * table (byte ranges + timestamps). `demuxMp4Blob` reads only what the index needs (the media data
 * before a trailing moov is skipped, never read), so a long file is never held in memory;
 * `demuxMp4` parses a buffer already in memory. No DOM: runs in Node too.
 */
import { errorMessage } from '../core/errors';
import { createFile, DataStream, MP4BoxBuffer, type Movie, type Track } from 'mp4box';
import { addRotations, rotatedSize, rotationFromMatrix } from './rotation';
import { VideoInputError, type VideoInfo } from './types';

/** One encoded video sample. Times are in the track timescale. */
export interface Mp4Sample { offset: number; size: number; cts: number; dts: number; duration: number; isSync: boolean }

export interface Mp4Demux {
  info: VideoInfo;
  /** WebCodecs config: codec string, coded size, codec-specific box (avcC/hvcC/vpcC/av1C) body. */
  config: { codec: string; codedWidth: number; codedHeight: number; description?: Uint8Array };
  timescale: number;
  /** Samples in decode order. */
  samples: Mp4Sample[];
  /** Smallest composition time: the first presented frame is at t = 0. */
  minCts: number;
}

type BoxWithWrite = { write(s: DataStream): void };
type StsdEntry = Partial<Record<'avcC' | 'hvcC' | 'vpcC' | 'av1C', BoxWithWrite>>;

function codecDescription(file: ReturnType<typeof createFile>, trackId: number): Uint8Array | undefined {
  const trak = file.getTrackById(trackId) as unknown as { mdia: { minf: { stbl: { stsd: { entries: StsdEntry[] } } } } };
  for (const entry of trak.mdia.minf.stbl.stsd.entries) {
    const box = entry.avcC ?? entry.hvcC ?? entry.vpcC ?? entry.av1C;
    if (box) {
      const stream = new DataStream(undefined, 0, 1 /* big endian */);
      box.write(stream);
      return new Uint8Array(stream.buffer as ArrayBuffer, 8); // drop the box header
    }
  }
  return undefined;
}

type Parsed = { file: ReturnType<typeof createFile>; movie: Movie | null; error: string | null };

/** Bytes read per step of `demuxMp4Blob` (the index of a 10-minute phone clip is well under 1 MB). */
const READ_CHUNK = 4 * 1024 * 1024;

/**
 * Feeds mp4box the bytes at `read(start)` (each call may return any number of bytes from `start`)
 * until it has the index: mp4box answers each append with the next file position it needs, which
 * skips a media-data box that comes before the moov. Fragmented files are read to the end (their
 * sample tables are spread over the file), one chunk at a time.
 */
async function parseMovie(size: number, read: (start: number) => Promise<ArrayBuffer>): Promise<Parsed> {
  const file = createFile();
  let movie: Movie | null = null;
  let error: string | null = null;
  file.onReady = (m) => { movie = m; };
  file.onError = (_mod, msg) => { error = msg; };
  // mp4box logs harmless unknown metadata boxes (e.g. ffmpeg's '©swr' in .mov udta) with
  // console.error; each append is synchronous, so its log is silenced only for that call.
  const quietly = <T>(f: () => T): T => {
    const consoleError = console.error;
    console.error = () => undefined;
    try { return f(); } finally { console.error = consoleError; }
  };
  let pos = 0;
  try {
    while (pos < size && error === null) {
      const bytes = await read(pos);
      if (bytes.byteLength === 0) break;
      const end = pos + bytes.byteLength;
      const next = quietly(() => file.appendBuffer(MP4BoxBuffer.fromArrayBuffer(bytes, pos), end >= size));
      const m = movie as Movie | null;
      if (m && !m.isFragmented) break;
      pos = typeof next === 'number' && next > end ? next : end;
    }
    quietly(() => file.flush());
  } catch (e) {
    error = errorMessage(e);
  }
  return { file, movie, error };
}

function pickVideoTrack(movie: Movie): Track {
  const track = movie.videoTracks[0];
  if (!track) {
    const what = movie.audioTracks.length > 0 ? 'it only contains audio' : 'it contains no video track';
    throw new VideoInputError('no-video-track', `This file has no video to analyse: ${what}.`);
  }
  if (track.nb_samples === 0) throw new VideoInputError('truncated', 'The video track has no frames; the file is probably incomplete.');
  return track;
}

/** Demuxes an mp4/mov held in memory. Throws VideoInputError with a human message on bad input. */
export async function demuxMp4(buffer: ArrayBuffer): Promise<Mp4Demux> {
  if (buffer.byteLength === 0) throw new VideoInputError('empty', 'The file is empty (0 bytes).');
  return fromParsed(await parseMovie(buffer.byteLength, async (start) => buffer.slice(start)), buffer.byteLength);
}

/** Demuxes an mp4/mov file reading only its index (plus the moof boxes of a fragmented file). */
export async function demuxMp4Blob(blob: Blob, chunkBytes = READ_CHUNK): Promise<Mp4Demux> {
  if (blob.size === 0) throw new VideoInputError('empty', 'The file is empty (0 bytes).');
  const read = (start: number) => blob.slice(start, Math.min(blob.size, start + chunkBytes)).arrayBuffer();
  return fromParsed(await parseMovie(blob.size, read), blob.size);
}

function fromParsed({ file, movie, error }: Parsed, byteLength: number): Mp4Demux {
  if (!movie) {
    const hasFtyp = file.boxes.some((b) => b.type === 'ftyp');
    throw hasFtyp
      ? new VideoInputError('truncated', 'The video file is truncated or damaged: its index (moov box) is missing.')
      : new VideoInputError('not-video', `This file is not a readable MP4/MOV video${error ? ` (${error})` : ''}.`);
  }
  const track = pickVideoTrack(movie);
  const samples: Mp4Sample[] = file.getTrackSamplesInfo(track.id).map((s) => ({
    offset: s.offset, size: s.size, cts: s.cts, dts: s.dts, duration: s.duration, isSync: s.is_sync,
  }));
  const missing = samples.filter((s) => s.offset + s.size > byteLength).length;
  if (missing > 0) {
    throw new VideoInputError('truncated', `The video file is truncated: ${missing} of ${samples.length} frames are missing from the end.`);
  }
  // The display matrix is the track's (tkhd) times the movie's (mvhd); some writers rotate in mvhd.
  const movieMatrix = (file as unknown as { moov?: { mvhd?: { matrix?: ArrayLike<number> } } }).moov?.mvhd?.matrix;
  const rotation = addRotations(rotationFromMatrix(track.matrix), rotationFromMatrix(movieMatrix));
  const coded = { w: track.video?.width ?? track.track_width, h: track.video?.height ?? track.track_height };
  const size = rotatedSize(coded.w, coded.h, rotation);
  return {
    info: {
      ...size, rotation, codec: track.codec, frameCountHint: samples.length,
      durationS: movie.duration / movie.timescale,
    },
    config: { codec: track.codec, codedWidth: coded.w, codedHeight: coded.h, description: codecDescription(file, track.id) },
    timescale: track.timescale,
    samples,
    minCts: samples.reduce((m, s) => Math.min(m, s.cts), Infinity),
  };
}
