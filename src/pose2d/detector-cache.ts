/** Keeps one loaded detector per (backend, model) so a second video does not reload weights. */
import { errorMessage } from '../core/errors';
import type { BackendName, ModelName } from '../core/result';
import { initBackend, probeBackends } from './backend';
import { chooseBackend, type BackendChoice } from './backend-choice';
import type { PoseDetector2D } from './detector';
import { createMoveNet } from './movenet';
import { createMoveNetMulti, type MultiPoseDetector } from './movenet-multi';
import { canDetectInWorker, createWorkerDetector } from './worker-detector';

/** Where the MoveNet files are served (graph JSON + one weights .bin each; copied by `npm ci`). */
export const MOVENET_BASE = '/models/movenet/';

/** A model or runtime file of the app could not be loaded (missing, damaged, or blocked). */
export class ModelLoadError extends Error {
  readonly kind = 'model' as const;
  constructor(message: string) {
    super(message);
    this.name = 'ModelLoadError';
  }
}

export const isModelLoadError = (e: unknown): e is ModelLoadError => e instanceof Error && e.name === 'ModelLoadError';

const why = (e: unknown) => errorMessage(e).split('. Please verify')[0];

let cached: { key: string; detector: PoseDetector2D; choice: BackendChoice } | null = null;

/** Forgets the loaded detector without disposing it (its weights died with a lost GPU backend). */
export function forgetDetector(): void {
  cached = null;
}

/** MultiPose as a PoseDetector2D: everyone in the frame (ids 0; the pipeline's tracker assigns them). */
function multiAsDetector(m: MultiPoseDetector): PoseDetector2D {
  return { model: 'movenet-lightning', backend: m.backend, estimate: (frame) => m.estimate(frame), reset: () => undefined, dispose: () => m.dispose() };
}

/**
 * The loaded detector for (backend, model), or MoveNet MultiPose when `people` is 'all' (every person
 * in the frame instead of the one the single-person model tracks).
 */
export async function getDetector(override: BackendName | null, model: ModelName, people: 'athlete' | 'all' = 'athlete'): Promise<{ detector: PoseDetector2D; choice: BackendChoice }> {
  let choice: BackendChoice;
  try {
    choice = await initBackend(override);
  } catch (e) {
    throw new ModelLoadError(`The ${override ?? 'automatic'} backend could not start (${why(e)}). Reload the page, or choose another backend in the header.`);
  }
  const file = people === 'all' ? 'movenet-multipose' : model;
  const key = `${choice.backend}/${file}`;
  if (cached?.key === key) return { detector: cached.detector, choice };
  cached?.detector.dispose();
  cached = null;
  let detector: PoseDetector2D;
  try {
    detector = people === 'all' ? multiAsDetector(await createMoveNetMulti(choice.backend, MOVENET_BASE)) : await createMoveNet(choice.backend, { model, modelBaseUrl: MOVENET_BASE });
  } catch (e) {
    throw new ModelLoadError(`The pose model files ${MOVENET_BASE}${file}.json and ${file}.bin could not be loaded: they are missing or damaged (${why(e)}). Reload the page; if you run your own copy, run \`npm ci\` to fetch the models again.`);
  }
  cached = { key, detector, choice };
  return { detector, choice };
}

let workerDetector: { model: ModelName; detector: Promise<PoseDetector2D> } | null = null;

/**
 * The detector for the live camera: where the choice is WASM (no usable GPU), MoveNet in its own worker
 * so the page's thread never waits for it (loaded once per page); otherwise, or when the worker cannot
 * start, `getDetector`'s detector on this thread.
 */
export async function getLiveDetector(override: BackendName | null, model: ModelName): Promise<{ detector: PoseDetector2D; choice: BackendChoice; inWorker: boolean }> {
  const choice = chooseBackend(await probeBackends(), override);
  if (choice.backend === 'wasm' && canDetectInWorker()) {
    if (workerDetector?.model !== model) {
      void workerDetector?.detector.then((d) => d.dispose(), () => undefined);
      workerDetector = { model, detector: createWorkerDetector(model, MOVENET_BASE) };
    }
    try {
      return { detector: await workerDetector.detector, choice, inWorker: true };
    } catch (e) {
      workerDetector = null;
      console.warn(`detector worker unavailable, detecting on the page's thread: ${why(e)}`);
    }
  }
  return { ...(await getDetector(override, model)), inWorker: false };
}
