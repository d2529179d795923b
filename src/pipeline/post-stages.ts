/**
 * The post stages after 2D: 3D lifting (contract C, src/lift3d) and exercise analysis (contract D,
 * src/analysis). Both are optional: the 2D result is complete without them. A failing post stage
 * leaves the 2D result intact and adds a warning (abort still cancels).
 */
import type { CoachResult } from '../core/result';
import { analyze, type AnalyzeOptions } from '../analysis';
import { createLift3dStage } from '../lift3d';
import { sequenceOf, setAnalysis } from './analysis-of';
import type { PostStage } from './stages';

/** Runs `analyze()` on the lifted 3D poses; skipped when no frame has `pose3d`. */
export function createAnalysisStage(opts: AnalyzeOptions = {}): PostStage {
  return {
    id: 'analysis',
    async run(result: CoachResult) {
      if (!result.frames.some((f) => f.persons[0]?.pose3d)) return;
      setAnalysis(result, analyze(sequenceOf(result), opts));
    },
  };
}

/** Wraps a stage so that its failure becomes a warning on the result instead of losing the 2D work. */
export function tolerant(stage: PostStage): PostStage {
  return {
    id: stage.id,
    async run(result, signal) {
      try {
        await stage.run(result, signal);
      } catch (e) {
        if (signal?.aborted) throw e;
        const what = stage.id === 'lift3d' ? '3D lifting' : 'Exercise analysis';
        (result.warnings ??= []).push(`${what} failed: ${e instanceof Error ? e.message : String(e)}`);
      }
    },
  };
}

/** lift3d → analysis, each tolerant; `analysis` options (exercise, trim) go to `analyze()`. */
export function fullPostStages(analysis: AnalyzeOptions = {}): PostStage[] {
  return [tolerant(createLift3dStage()), tolerant(createAnalysisStage(analysis))];
}
