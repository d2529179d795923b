/**
 * `createPipeline`: the one way to build the analysis pipeline (upload, reference comparison, live
 * recording via upload, the CLI through the page, the bench and the test hook all call this).
 */
import type { BackendName, ModelName } from '../core/result';
import type { CreateLifterOptions } from '../lift3d/types';
import { runPipeline, type RunOptions } from './run';
import type { AnalysisSettings, Session } from './session';
import type { PostStage } from './stages';

export interface PipelineOptions {
  /** tfjs backend; null/absent = the automatic choice (pose2d/backend-choice.ts). */
  backend?: BackendName | null;
  model?: ModelName;
  /** Lift to 3D and analyse (default true). The lifter and analyzers load on the first run. */
  lift3d?: boolean;
  /** Exercise choice and trim for the analysis stage. */
  analysis?: AnalysisSettings;
  /** Where the lifter model comes from (bench: another model folder). */
  lifter?: CreateLifterOptions;
  /** Replaces the post stages (tests that need 2D only or a failing stage). */
  postStages?: readonly PostStage[];
  /** Force the `<video>` element frame source instead of WebCodecs. */
  forceElementSource?: boolean;
  /** Seconds without progress before a stage counts as stalled; null = per-stage defaults (watchdog.ts). */
  stallTimeoutS?: number | null;
  /** 'all': MoveNet MultiPose, identity tracking, the athlete chosen, and every person analysed (run.ts). */
  people?: 'athlete' | 'all';
}

/** Per-run hooks and limits (progress, checkpoints, resume, cancel). */
export type RunHooks = Omit<RunOptions, 'backend' | 'model' | 'postStages' | 'forceElementSource' | 'stallTimeoutS' | 'people'>;

export interface Pipeline {
  readonly options: Readonly<PipelineOptions>;
  /** True when runs lift to 3D (the progress bar shows the lifting and analysing phases). */
  readonly lifts: boolean;
  /** Analyses one file into a Session. Throws VideoInputError / StallError / ModelLoadError (human messages) or AbortError. */
  run(file: File, hooks?: RunHooks): Promise<Session>;
}

export function createPipeline(options: PipelineOptions = {}): Pipeline {
  const lifts = options.postStages ? options.postStages.length > 0 : options.lift3d !== false;
  let stages: Promise<readonly PostStage[]> | null = null;
  // Loaded lazily: onnxruntime stays out of the main bundle, and a 2D-only pipeline never loads it.
  const postStages = (): Promise<readonly PostStage[]> => (stages ??= options.postStages ? Promise.resolve(options.postStages)
    : !lifts ? Promise.resolve([])
      : import('./post-stages').then((m) => m.fullPostStages(options.analysis, options.lifter)));
  return {
    options,
    lifts,
    async run(file, hooks = {}) {
      return runPipeline(file, {
        ...hooks, backend: options.backend, model: options.model, forceElementSource: options.forceElementSource,
        stallTimeoutS: options.stallTimeoutS, people: options.people, postStages: await postStages(),
      });
    },
  };
}
