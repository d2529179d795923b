/** Module-level actions: start/cancel/resume an analysis. The UI and the test hook call these. */
import { isVideoInputError } from '../video/types';
import { analyzeVideo } from '../pipeline/run';
import { isStallError } from '../pipeline/watchdog';
import { isModelLoadError } from '../pipeline/detector-cache';
import type { Frame2D } from '../core/types';
import { initialJob } from './job-slice';
import { initialCompare } from './compare-slice';
import { initialReview } from './review-slice';
import { showResult } from './review-actions';
import { createCheckpointer, keptFramesFor } from './sessions';
import { useAppStore } from './index';
import type { PostStage } from '../pipeline/stages';
import type { AnalyzeOptions } from '../analysis';

export { setPlaybackTime, seekFrame, setPlaying, setSpeed } from './playback';

let controller: AbortController | null = null;
/** Post stages set by the app shell or tests; null = from the `lift3d` setting. */
let postStagesOverride: readonly PostStage[] | null = null;

export function setPostStages(stages: readonly PostStage[] | null): void { postStagesOverride = stages; }

/** lift3d + analysis when enabled (loaded lazily: onnxruntime stays out of the main bundle). */
async function postStages(lift3d: boolean, analysis: AnalyzeOptions): Promise<readonly PostStage[]> {
  if (postStagesOverride) return postStagesOverride;
  if (!lift3d) return [];
  return (await import('../pipeline/post-stages')).fullPostStages(analysis);
}

/** `?stall=<s>`: seconds without progress before any stage counts as stalled (tests, slow machines). */
const stallTimeoutS = (): number | null => {
  const v = Number(new URLSearchParams(globalThis.location?.search ?? '').get('stall'));
  return v > 0 ? v : null;
};

function humanError(e: unknown): { error: string; errorKind: string } {
  if (isVideoInputError(e)) return { error: e.message, errorKind: e.kind };
  if (isStallError(e)) return { error: e.message, errorKind: `stalled:${e.stage}` };
  if (isModelLoadError(e)) return { error: e.message, errorKind: 'model' };
  const msg = e instanceof Error ? e.message : String(e);
  return { error: `Analysis failed: ${msg}. Try again, or choose "Thunder" / another backend in the header.`, errorKind: 'internal' };
}

/** Loads a file and runs the pipeline on it; resolves when done, failed or cancelled. `resume` reuses kept 2D frames. */
export async function startAnalysis(file: File, resume?: { sessionId: string; frames: readonly Frame2D[] }): Promise<void> {
  controller?.abort();
  const ctl = new AbortController();
  controller = ctl;
  const { videoUrl, backendOverride, model, frameSource, lift3d, exercise } = useAppStore.getState();
  if (videoUrl) URL.revokeObjectURL(videoUrl);
  useAppStore.setState({
    ...initialJob, ...initialReview, ...initialCompare, status: 'running', fileName: file.name, sessionId: resume?.sessionId ?? null, sessionNote: null, screen: 'analyse',
    videoUrl: file.size > 0 ? URL.createObjectURL(file) : null, currentTimeMs: 0, currentFrame: -1,
  });
  const cp = createCheckpointer(file, resume?.sessionId ?? null);
  try {
    const result = await analyzeVideo(file, {
      backend: backendOverride, model, signal: ctl.signal, postStages: await postStages(lift3d, { exercise }), forceElementSource: frameSource === 'element',
      onProgress: (progress) => { if (controller === ctl) useAppStore.setState({ progress }); },
      onBackend: (backend) => { if (controller === ctl) useAppStore.setState({ backend }); },
      onVideoInfo: cp.onVideoInfo, onFrame: cp.onFrame, onStageDone: cp.onStageDone, resumeFrames: resume?.frames,
      stallTimeoutS: stallTimeoutS(),
    });
    if (controller !== ctl) return;
    useAppStore.setState({ status: 'done', progress: null });
    showResult(result);
    await cp.complete(result);
  } catch (e) {
    if (controller !== ctl) return;
    void cp.abandon();
    if (ctl.signal.aborted) useAppStore.setState({ status: 'cancelled', error: null });
    else {
      // A file that is not a usable video is not shown in the player either.
      const url = useAppStore.getState().videoUrl;
      if (url) URL.revokeObjectURL(url);
      useAppStore.setState({ status: 'error', videoUrl: null, ...humanError(e) });
    }
  } finally {
    if (controller === ctl) controller = null;
  }
}

/** Resumes an interrupted session with the re-selected file (must be the same file). */
export async function resumeAnalysis(sessionId: string, file: File): Promise<void> {
  try {
    const frames = await keptFramesFor(sessionId, file);
    await startAnalysis(file, { sessionId, frames });
  } catch (e) {
    useAppStore.setState({ error: e instanceof Error ? e.message : String(e), errorKind: 'resume' });
  }
}

export function cancelAnalysis(): void { controller?.abort(); }

export function dismissError(): void { useAppStore.setState({ error: null, errorKind: null }); }

export function showScreen(screen: 'analyse' | 'sessions' | 'live'): void { useAppStore.setState({ screen }); }
