/** Keeps one loaded detector per (backend, model) so a second video does not reload weights. */
import type { BackendName, ModelName } from '../core/result';
import { initBackend } from '../pose2d/backend';
import type { BackendChoice } from '../pose2d/backend-choice';
import type { PoseDetector2D } from '../pose2d/detector';
import { createMoveNet } from '../pose2d/movenet';

let cached: { key: string; detector: PoseDetector2D; choice: BackendChoice } | null = null;

export async function getDetector(override: BackendName | null, model: ModelName): Promise<{ detector: PoseDetector2D; choice: BackendChoice }> {
  const choice = await initBackend(override);
  const key = `${choice.backend}/${model}`;
  if (cached?.key === key) return { detector: cached.detector, choice };
  cached?.detector.dispose();
  cached = null;
  const detector = await createMoveNet(choice.backend, { model });
  cached = { key, detector, choice };
  return { detector, choice };
}
