/**
 * Typed test/automation hook on `window.__coach` (HOUSE_STYLE habit 10). Used by Playwright specs
 * and the CLI to read state and results; analysis itself goes through the same store actions/pipeline.
 */
import { analyzeVideo, tensorCount } from '../pipeline/run';
import { useAppStore } from '../store';
import type { CoachTestHook } from './test-hook-types';

export function installTestHook(): void {
  const hook: CoachTestHook = {
    state: () => {
      const s = useAppStore.getState();
      return { status: s.status, progress: s.progress, error: s.error, errorKind: s.errorKind, backend: s.backend, fileName: s.fileName, currentFrame: s.currentFrame };
    },
    result: () => useAppStore.getState().result,
    tensorCount,
    runBytes: async (bytes, name, opts) => {
      const tensorCounts: number[] = [];
      const result = await analyzeVideo(new File([bytes], name), { ...opts, tensorCounts });
      return { result, tensorCounts };
    },
  };
  window.__coach = hook;
}
