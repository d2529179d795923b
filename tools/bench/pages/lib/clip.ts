/**
 * Clip decoding for the benchmark pages: mp4box demux + WebCodecs VideoDecoder (every coded frame once,
 * in presentation order). Times are milliseconds; sizes are video pixels.
 */
import { createFile, DataStream, Endianness, MP4BoxBuffer, type Movie, type Sample } from 'mp4box';

export interface DemuxedClip {
  codec: string;
  width: number;
  height: number;
  fps: number;
  description: Uint8Array;
  /** Encoded samples in decode order. */
  chunks: EncodedVideoChunk[];
}

/** Fetch + demux the first video track of an mp4/mov file. */
export async function demuxClip(url: string): Promise<DemuxedClip> {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`clip fetch ${url}: HTTP ${res.status}`);
  const buf = MP4BoxBuffer.fromArrayBuffer(await res.arrayBuffer(), 0);
  const file = createFile();
  let movie: Movie | null = null;
  const samples: Sample[] = [];
  file.onError = (_m, msg) => { throw new Error(`mp4 demux: ${msg}`); };
  file.onReady = (info) => {
    movie = info;
    const track = info.videoTracks[0];
    if (!track) throw new Error('clip has no video track');
    file.setExtractionOptions(track.id, null, { nbSamples: Infinity });
    file.start();
  };
  file.onSamples = (_id, _user, s) => { samples.push(...s); };
  file.appendBuffer(buf);
  file.flush();
  const info = movie as Movie | null;
  if (!info) throw new Error('not a readable mp4 (no moov box)');
  const track = info.videoTracks[0];
  const trak = file.getTrackById(track.id);
  const entry = trak.mdia.minf.stbl.stsd.entries[0] as unknown as Record<string, { write(s: DataStream): void } | undefined>;
  const box = entry.avcC ?? entry.hvcC ?? entry.vpcC ?? entry.av1C;
  if (!box) throw new Error(`unsupported codec ${track.codec}`);
  const stream = new DataStream(undefined, 0, Endianness.BIG_ENDIAN);
  box.write(stream);
  const description = new Uint8Array(stream.buffer as ArrayBuffer, 8); // skip the box header
  const chunks = samples.map((s) => new EncodedVideoChunk({
    type: s.is_sync ? 'key' : 'delta',
    timestamp: (s.cts * 1e6) / s.timescale,
    duration: (s.duration * 1e6) / s.timescale,
    data: s.data!,
  }));
  const durS = track.duration / track.timescale;
  return { codec: track.codec, width: track.video!.width, height: track.video!.height,
    fps: durS > 0 ? track.nb_samples / durS : 30, description, chunks };
}

/**
 * Decode chunks, calling `onFrame` for each output frame (in presentation order); the callback owns the
 * frame and must close it. Stops feeding after `maxFrames` outputs. Back-pressure keeps ≤ 8 queued.
 */
export async function decodeClip(
  clip: DemuxedClip,
  onFrame: (frame: VideoFrame, index: number) => Promise<void> | void,
  maxFrames = Infinity,
): Promise<number> {
  let count = 0;
  /** The decoder's error (a DOMException, from its callback or a rejected flush). */
  let failure: Error | null = null;
  let pending: Promise<void> = Promise.resolve();
  const decoder = new VideoDecoder({
    output: (frame) => {
      const i = count++;
      if (i >= maxFrames) { frame.close(); return; }
      pending = pending.then(() => onFrame(frame, i));
    },
    error: (e) => { failure = e; },
  });
  decoder.configure({ codec: clip.codec, codedWidth: clip.width, codedHeight: clip.height, description: clip.description });
  for (const chunk of clip.chunks) {
    if (failure || count >= maxFrames) break;
    decoder.decode(chunk);
    while (decoder.decodeQueueSize > 8) await new Promise((r) => setTimeout(r, 0));
    await pending;
  }
  if (!failure && decoder.state === 'configured') await decoder.flush().catch((e: DOMException) => { failure = e; });
  await pending;
  decoder.close();
  if (failure) throw failure;
  return Math.min(count, maxFrames);
}

/** Decode the first `maxFrames` frames into ImageBitmaps at video resolution (for detection-only runs). */
export async function decodeToBitmaps(clip: DemuxedClip, maxFrames: number): Promise<ImageBitmap[]> {
  const out: ImageBitmap[] = [];
  await decodeClip(clip, async (frame) => {
    out.push(await createImageBitmap(frame));
    frame.close();
  }, maxFrames);
  return out;
}
