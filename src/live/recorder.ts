/** Records the camera stream with MediaRecorder into a WebM (or MP4) `File` for the upload pipeline. */

/** Containers we can analyse afterwards, best first (WebM plays through the `<video>` fallback source). */
export const RECORDING_TYPES = ['video/webm;codecs=vp9', 'video/webm;codecs=vp8', 'video/webm', 'video/mp4'] as const;

/** First type the browser can record, or null when MediaRecorder is missing or supports none. */
export function pickRecordingType(isSupported: ((t: string) => boolean) | null): string | null {
  if (!isSupported) return null;
  return RECORDING_TYPES.find((t) => isSupported(t)) ?? null;
}

/** File name for a recorded set, from the wall-clock start time (local time, sortable). */
export function recordingName(startMs: number, mimeType: string): string {
  const d = new Date(startMs);
  const p = (n: number) => String(n).padStart(2, '0');
  const ext = mimeType.startsWith('video/mp4') ? 'mp4' : 'webm';
  return `live-set-${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}_${p(d.getHours())}-${p(d.getMinutes())}-${p(d.getSeconds())}.${ext}`;
}

export class SetRecorder {
  private readonly rec: MediaRecorder;
  private readonly chunks: Blob[] = [];
  private readonly done: Promise<File>;
  readonly startMs = Date.now();

  constructor(stream: MediaStream) {
    const type = pickRecordingType(typeof MediaRecorder === 'undefined' ? null : (t) => MediaRecorder.isTypeSupported(t));
    if (!type) throw new Error('This browser cannot record video (no MediaRecorder with WebM or MP4).');
    this.rec = new MediaRecorder(stream, { mimeType: type, videoBitsPerSecond: 4_000_000 });
    this.rec.ondataavailable = (e) => { if (e.data.size > 0) this.chunks.push(e.data); };
    this.done = new Promise((resolve, reject) => {
      this.rec.onstop = () => {
        const mime = type.split(';')[0];
        if (!this.chunks.length) reject(new Error('The recording is empty.'));
        else resolve(new File(this.chunks, recordingName(this.startMs, mime), { type: mime }));
      };
      this.rec.onerror = () => reject(new Error('Recording failed.'));
    });
    this.rec.start(1000);
  }

  /** Bytes received so far. */
  get bytes(): number { return this.chunks.reduce((s, c) => s + c.size, 0); }

  /** Stops and resolves with the whole recording. */
  stop(): Promise<File> {
    if (this.rec.state !== 'inactive') this.rec.stop();
    return this.done;
  }
}
