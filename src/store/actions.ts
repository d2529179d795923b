/** Module-level actions: start/cancel an analysis, seek. The UI and the test hook call these. */
import { isVideoInputError } from '../video/types';
import { analyzeVideo } from '../pipeline/run';
import { frameAtTime } from '../core/frame-lookup';
import { initialJob } from './job-slice';
import { useAppStore } from './index';
import type { PostStage } from '../pipeline/stages';

let controller: AbortController | null = null;
/** Post stages set by the app shell or tests; null = from the `lift3d` setting. */
let postStagesOverride: readonly PostStage[] | null = null;

export function setPostStages(stages: readonly PostStage[] | null): void { postStagesOverride = stages; }

/** lift3d + analysis when enabled (loaded lazily: onnxruntime stays out of the main bundle). */
async function postStages(lift3d: boolean): Promise<readonly PostStage[]> {
  if (postStagesOverride) return postStagesOverride;
  if (!lift3d) return [];
  return (await import('../pipeline/post-stages')).fullPostStages();
}

function humanError(e: unknown): { error: string; errorKind: string } {
  if (isVideoInputError(e)) return { error: e.message, errorKind: e.kind };
  const msg = e instanceof Error ? e.message : String(e);
  return { error: `Analysis failed: ${msg}`, errorKind: 'internal' };
}

/** Loads a file and runs the pipeline on it; resolves when done, failed or cancelled. */
export async function startAnalysis(file: File): Promise<void> {
  controller?.abort();
  const ctl = new AbortController();
  controller = ctl;
  const { videoUrl, backendOverride, model, frameSource, lift3d } = useAppStore.getState();
  if (videoUrl) URL.revokeObjectURL(videoUrl);
  useAppStore.setState({ ...initialJob, status: 'running', fileName: file.name, videoUrl: file.size > 0 ? URL.createObjectURL(file) : null, currentTimeMs: 0, currentFrame: -1 });
  try {
    const result = await analyzeVideo(file, {
      backend: backendOverride, model, signal: ctl.signal, postStages: await postStages(lift3d), forceElementSource: frameSource === 'element',
      onProgress: (progress) => { if (controller === ctl) useAppStore.setState({ progress }); },
      onBackend: (backend) => { if (controller === ctl) useAppStore.setState({ backend }); },
    });
    if (controller === ctl) useAppStore.setState({ status: 'done', result });
  } catch (e) {
    if (controller !== ctl) return;
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

export function cancelAnalysis(): void { controller?.abort(); }

export function dismissError(): void { useAppStore.setState({ error: null, errorKind: null }); }

/** Called by the player loop with the shown frame's media time. */
export function setPlaybackTime(tMs: number): void {
  const frames = useAppStore.getState().result?.frames ?? [];
  useAppStore.setState({ currentTimeMs: tMs, currentFrame: frameAtTime(frames, tMs) });
}
