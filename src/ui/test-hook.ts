/**
 * Typed test/automation hook on `window.__coach` (HOUSE_STYLE habit 10). Used by Playwright specs
 * and the CLI to read state and results; analysis itself goes through the same store actions/pipeline.
 */
import { analyzeVideo, tensorCount } from '../pipeline/run';
import { frameAtTime } from '../core/frame-lookup';
import { useAppStore } from '../store';
import { seekFrame } from '../store/playback';
import { activeViewer, viewerFrame } from './review/viewer-registry';
import type { CoachTestHook } from './test-hook-types';

export function installTestHook(): void {
  const hook: CoachTestHook = {
    state: () => {
      const s = useAppStore.getState();
      return { status: s.status, progress: s.progress, error: s.error, errorKind: s.errorKind, backend: s.backend, fileName: s.fileName, currentFrame: s.currentFrame };
    },
    result: () => useAppStore.getState().result,
    tensorCount,
    analysis: () => useAppStore.getState().analysis,
    viewerFrame,
    viewerYawDeg: () => { const v = activeViewer(); return v ? (-v.viewAzimuth() * 180) / Math.PI : null; },
    viewerJoints: () => activeViewer()?.projectedJoints() ?? [],
    videoFrame: () => {
      const v = document.querySelector<HTMLVideoElement>('[data-testid=video]');
      const frames = useAppStore.getState().result?.frames ?? [];
      return v && frames.length ? frameAtTime(frames, v.currentTime * 1000) : -1;
    },
    seekFrame,
    sessions: () => {
      const s = useAppStore.getState();
      return { list: s.sessions.map((m) => ({ id: m.id, name: m.name, status: m.status, hasVideo: m.hasVideo })), currentId: s.sessionId };
    },
    comparisonScore: () => useAppStore.getState().comparison?.score ?? null,
    referenceFrame: () => {
      const s = useAppStore.getState();
      const v = document.querySelector<HTMLVideoElement>('[data-testid=reference-video]');
      const matched = s.ghost?.matched[Math.max(0, s.currentFrame)] ?? -1;
      const shown = v && s.referenceResult?.frames.length ? frameAtTime(s.referenceResult.frames, v.currentTime * 1000) : -1;
      return { matched, shown };
    },
    runBytes: async (bytes, name, opts) => {
      const tensorCounts: number[] = [];
      const { lift3d, ...rest } = opts;
      const postStages = lift3d ? (await import('../pipeline/post-stages')).fullPostStages() : [];
      const result = await analyzeVideo(new File([bytes], name), { ...rest, tensorCounts, postStages });
      return { result, tensorCounts };
    },
  };
  window.__coach = hook;
}
