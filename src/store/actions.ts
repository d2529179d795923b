/** Module-level actions: start/cancel/resume an analysis. The UI and the test hook call these. */
import { isVideoInputError } from '../video/types';
import { createPipeline } from '../pipeline/create';
import { isStallError } from '../pipeline/watchdog';
import { isModelLoadError } from '../pose2d/detector-cache';
import { isGpuLostError } from '../pose2d/backend';
import { errorMessage } from '../core/errors';
import type { Frame2D } from '../core/types';
import { initialJob } from './job-slice';
import { initialCompare } from './compare-slice';
import { initialCamera2 } from './camera2-slice';
import { clearSecondCamera } from './camera2-actions';
import { initialReview } from './review-slice';
import { initialVideo } from './video-slice';
import { ProgressTracker } from './progress-model';
import type { AppState } from './index';
import { showSession } from './review-actions';
import { createCheckpointer, keptFramesFor } from './session-actions';
import { cancelJob, latestJob } from './jobs';
import { pickState } from './pick-state';
import { useAppStore } from './index';

export { setPlaybackTime, seekFrame, setPlaying, setSpeed } from './playback';

/** `?stall=<s>`: seconds without progress before any stage counts as stalled (tests, slow machines). */
const stallTimeoutS = (): number | null => {
  const v = Number(new URLSearchParams(globalThis.location?.search ?? '').get('stall'));
  return v > 0 ? v : null;
};

function humanError(e: unknown): { error: string; errorKind: string } {
  if (isVideoInputError(e)) return { error: e.message, errorKind: e.kind };
  if (isStallError(e)) return { error: e.message, errorKind: `stalled:${e.stage}` };
  if (isModelLoadError(e)) return { error: e.message, errorKind: 'model' };
  if (isGpuLostError(e)) return { error: e.message, errorKind: 'gpu-lost' };
  const msg = errorMessage(e);
  return { error: `Analysis failed: ${msg}. Try again, or choose "Thunder" / another backend in the header.`, errorKind: 'internal' };
}

/** What the open review is made of: kept while another analysis runs, put back if that one fails or is cancelled. */
const REVIEW_KEYS = [
  'session', 'backend', ...Object.keys(initialReview), ...Object.keys(initialCompare), ...Object.keys(initialCamera2), ...Object.keys(initialVideo), 'sessionId', 'sessionNote',
] as (keyof AppState)[];
const snapshotReview = (): Partial<AppState> => pickState(REVIEW_KEYS);

/** Minimum wall time between two thumbnail updates during an analysis, ms. */
const LIVE_FRAME_EVERY_MS = 150;

/** Loads a file and runs the pipeline on it; resolves when done, failed or cancelled. `resume` reuses kept 2D frames. */
export async function startAnalysis(file: File, resume?: { sessionId: string; frames: readonly Frame2D[] }): Promise<void> {
  const { backendOverride, model, frameSource, lift3d, exercise, people, status } = useAppStore.getState();
  const job = latestJob('analysis');
  const pipeline = createPipeline({ backend: backendOverride, model, lift3d, analysis: { exercise }, forceElementSource: frameSource === 'element', stallTimeoutS: stallTimeoutS(), people });
  // A second camera still being aligned belongs to the old video: stopped (a finished one is kept with the review).
  if (useAppStore.getState().camera2?.status === 'loading') clearSecondCamera();
  // The open review stays intact until the new analysis succeeds (a failure or Cancel puts it back).
  const previous = status === 'running' ? null : snapshotReview();
  const newUrl = file.size > 0 ? URL.createObjectURL(file) : null;
  useAppStore.setState({
    ...initialJob, ...initialReview, ...initialCompare, ...initialCamera2, status: 'running', fileName: file.name, sessionId: resume?.sessionId ?? null, sessionNote: null, screen: 'analyse',
    videoUrl: newUrl, currentTimeMs: 0, currentFrame: -1, notice: useAppStore.getState().notice,
  });
  const cp = createCheckpointer(file, resume?.sessionId ?? null);
  const tracker = new ProgressTracker(pipeline.lifts);
  const tick = () => { if (job.isLatest()) useAppStore.setState({ progressView: tracker.view(performance.now()) }); };
  const timer = setInterval(tick, 500);
  let lastLive = 0;
  const onFrame = (f: Frame2D) => {
    cp.onFrame(f);
    const now = performance.now();
    if (job.isLatest() && now - lastLive >= LIVE_FRAME_EVERY_MS) { lastLive = now; useAppStore.setState({ liveFrame: f }); }
  };
  try {
    const session = await pipeline.run(file, {
      signal: job.signal,
      onProgress: (progress) => { if (job.isLatest()) { tracker.update(progress, performance.now()); useAppStore.setState({ progress }); tick(); } },
      onBackend: (backend) => { if (job.isLatest()) useAppStore.setState({ backend }); },
      onVideoInfo: cp.onVideoInfo, onFrame, onStageDone: cp.onStageDone, resumeFrames: resume?.frames,
    });
    if (!job.isLatest()) return;
    const oldUrl = previous?.videoUrl;
    if (oldUrl && oldUrl !== newUrl) URL.revokeObjectURL(oldUrl);
    if (previous?.referenceUrl) URL.revokeObjectURL(previous.referenceUrl);
    if (previous?.camera2) URL.revokeObjectURL(previous.camera2.url);
    useAppStore.setState({ status: 'done', progress: null, progressView: null, liveFrame: null });
    showSession(session);
    await cp.complete(useAppStore.getState().session ?? session);
  } catch (e) {
    if (!job.isLatest()) return;
    void cp.abandon();
    // A file that is not a usable video is not shown in the player either.
    if (newUrl) URL.revokeObjectURL(newUrl);
    const outcome = job.signal.aborted ? { status: 'cancelled' as const, error: null, errorKind: null } : { status: 'error' as const, ...humanError(e) };
    const restore = previous?.session ? previous : { videoUrl: null };
    useAppStore.setState({ ...restore, ...outcome, playing: false, progress: null, progressView: null, liveFrame: null });
  } finally {
    clearInterval(timer);
    job.done();
  }
}

/**
 * Files chosen or dropped together: the first video is analysed and the notice says so by name
 * (one analysis at a time; the others are named so nothing is dropped silently).
 */
export function startAnalysisOfFiles(files: readonly File[]): void {
  const videos = files.filter((f) => f.type.startsWith('video/') || /\.(mp4|mov|m4v|webm|mkv)$/i.test(f.name));
  const first = videos[0] ?? files[0];
  if (!first) return;
  const others = files.filter((f) => f !== first);
  useAppStore.setState({
    notice: others.length
      ? `${files.length} files were dropped: analysing “${first.name}”. Not analysed: ${others.map((f) => `“${f.name}”`).join(', ')}. Add them one at a time when this one is done.`
      : null,
  });
  void startAnalysis(first);
}

/** Resumes an interrupted session with the re-selected file (must be the same file). */
export async function resumeAnalysis(sessionId: string, file: File): Promise<void> {
  try {
    const frames = await keptFramesFor(sessionId, file);
    await startAnalysis(file, { sessionId, frames });
  } catch (e) {
    useAppStore.setState({ error: errorMessage(e), errorKind: 'resume' });
  }
}

export function cancelAnalysis(): void { cancelJob('analysis'); }

export function dismissError(): void { useAppStore.setState({ error: null, errorKind: null }); }
export function dismissNotice(): void { useAppStore.setState({ notice: null }); }

export function showScreen(screen: 'analyse' | 'sessions' | 'live'): void { useAppStore.setState({ screen }); }
