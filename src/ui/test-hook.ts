/**
 * Typed test/automation hook on `window.__coach` (HOUSE_STYLE habit 10). Used by Playwright specs
 * and the CLI to read state and results; analysis itself goes through the same store actions/pipeline.
 */
import { degrees } from '../core/angle';
import { createPipeline } from '../pipeline/create';
import { tensorCount } from '../pipeline/run';
import { toResult } from '../pipeline/session-json';
import { frameAtTime } from '../core/frame-lookup';
import { useAppStore } from '../store';
import { seekFrame } from '../store/playback';
import { activeViewer, viewerFrame } from './review/viewer-registry';
import type { Frame2D } from '../core/types';
import type { CoachTestHook } from './test-hook-types';

export function installTestHook(): void {
  // Analyses started so far: lets a driver tell this run's outcome from the previous one's.
  let runs = 0;
  useAppStore.subscribe((s, prev) => { if (s.status === 'running' && prev.status !== 'running') runs++; });
  const hook: CoachTestHook = {
    state: () => {
      const s = useAppStore.getState();
      return { status: s.status, progress: s.progress, error: s.error, errorKind: s.errorKind, backend: s.backend, fileName: s.fileName, currentFrame: s.currentFrame, runs };
    },
    result: () => { const s = useAppStore.getState().session; return s ? toResult(s) : null; },
    tensorCount,
    analysis: () => useAppStore.getState().analysis,
    viewerFrame,
    viewerYawDeg: () => { const v = activeViewer(); return v ? degrees(-v.viewAzimuth()) : null; },
    viewerJoints: () => activeViewer()?.projectedJoints() ?? [],
    viewerOthers: () => activeViewer()?.projectedOthers() ?? [],
    othersRoots: () => {
      const f = viewerFrame();
      return f < 0 ? [] : useAppStore.getState().others.map((o) => ({ id: o.id, root: Array.from(o.root.subarray(f * 3, f * 3 + 3)) as [number, number, number] }));
    },
    videoFrame: () => {
      const v = document.querySelector<HTMLVideoElement>('[data-testid=video]');
      const times = useAppStore.getState().session?.track.tMs ?? [];
      return v && times.length ? frameAtTime(times, v.currentTime * 1000) : -1;
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
      const shown = v && s.referenceSession?.track.frames ? frameAtTime(s.referenceSession.track.tMs, v.currentTime * 1000) : -1;
      return { matched, shown };
    },
    runBytes: async (bytes, name, opts) => {
      const tensorCounts: number[] = [];
      const { lift3d, backend, model, forceElementSource, stallTimeoutS, ...hooks } = opts;
      const pipeline = createPipeline({ lift3d: !!lift3d, backend, model, forceElementSource, stallTimeoutS });
      const session = await pipeline.run(new File([bytes], name), { ...hooks, tensorCounts });
      return { result: toResult(session), tensorCounts };
    },
    detectImage: async (bytes, opts) => {
      const { getDetector, getLiveDetector } = await import('../pose2d/detector-cache');
      const model = opts.model ?? 'movenet-lightning';
      const { detector } = await (opts.inWorker ? getLiveDetector(opts.backend ?? null, model) : getDetector(opts.backend ?? null, model));
      const image = await createImageBitmap(new Blob([bytes]));
      try {
        detector.reset();
        const first = await detector.estimate(image, 0);
        return first.length ? await detector.estimate(image, 0) : first;
      } finally {
        image.close();
        detector.reset();
      }
    },
    detectPeople: async (bytes, name, opts) => {
      const [{ initBackend }, { createMoveNetMulti }, { openVideo }] = await Promise.all([import('../pose2d/backend'), import('../pose2d/movenet-multi'), import('../video/open')]);
      const { backend } = await initBackend(opts.backend ?? null);
      const detector = await createMoveNetMulti(backend);
      const source = await openVideo(new File([bytes], name));
      try {
        const frames: Frame2D[] = [];
        for await (const f of source.frames()) frames.push({ i: f.index, tMs: f.tMs, persons: await detector.estimate(f.pixels) });
        return frames;
      } finally {
        source.close();
        detector.dispose();
      }
    },
    motionSignal: async (bytes, name) => (await import('../video/motion')).motionSignal(new File([bytes], name)),
  };
  window.__coach = hook;
}
