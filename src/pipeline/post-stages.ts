/**
 * The post stages after 2D: 3D lifting (src/lift3d, docs/lifter.md) and exercise analysis
 * (src/analysis, docs/analysis.md). Both are optional: the 2D session is complete without them. A
 * failing post stage leaves the 2D session intact and adds a warning (abort still cancels).
 */
import { errorMessage } from '../core/errors';
import { createPoseLifter, liftMotion, lifterProviderFor, type CreateLifterOptions, type PoseLifter } from '../lift3d';
import { analysisFor } from './analysis';
import type { AnalysisSettings } from './session';
import type { PostStage } from './stages';

/** Lifts person 0 of every frame; the lifter loads on first use and is kept for the next run. */
export function createLift3dStage(opts: CreateLifterOptions = {}): PostStage {
  let lifter: Promise<PoseLifter> | null = null;
  return {
    id: 'lift3d',
    async run(s, signal) {
      const { track } = s;
      if (!track.frames) return {};
      lifter ??= createPoseLifter({ ...opts, mode: 'offline', executionProvider: opts.executionProvider ?? lifterProviderFor(s.backend) });
      // A lifter that failed to load is tried again next run (the file may be back).
      const l = await lifter.catch((e: unknown) => { lifter = null; throw e; });
      if (signal?.aborted) return {};
      const input = { keypoints: track.keypoints, frames: track.frames, width: s.video.width, height: s.video.height };
      const { motion, info } = await liftMotion(l, input, Array.from(track.personId, (id) => id >= 0));
      return { motion, lifter: info };
    },
  };
}

/** The exercise analysis for `settings` (the once-per-settings analysis of ./analysis.ts); skipped without 3D. */
export function createAnalysisStage(settings: AnalysisSettings = {}): PostStage {
  return {
    id: 'analysis',
    async run(s) {
      if (!s.motion) return {};
      const { detail, error } = analysisFor(s, settings);
      if (error) return { settings, analysis: null, analysisError: error, warnings: [...s.warnings, `Exercise analysis failed: ${error}`] };
      return { settings, analysis: detail, analysisError: null };
    },
  };
}

/** Wraps a stage so that its failure becomes a warning on the session instead of losing the 2D work. */
export function tolerant(stage: PostStage): PostStage {
  return {
    id: stage.id,
    async run(s, signal) {
      try {
        return await stage.run(s, signal);
      } catch (e) {
        if (signal?.aborted) throw e;
        const what = stage.id === 'lift3d' ? '3D lifting' : 'Exercise analysis';
        return { warnings: [...s.warnings, `${what} failed: ${errorMessage(e)}`] };
      }
    },
  };
}

/** lift3d → analysis, each tolerant. */
export function fullPostStages(settings: AnalysisSettings = {}, lifter: CreateLifterOptions = {}): PostStage[] {
  return [tolerant(createLift3dStage(lifter)), tolerant(createAnalysisStage(settings))];
}
