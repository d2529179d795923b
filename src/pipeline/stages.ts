/**
 * Seams for stages after 2D detection. Each post stage gets the finished 2D result and adds its
 * fields in place (lift3d: `persons[].pose3d/root` + `lifter`; analysis: `analysis`). The runner
 * times each stage into `timingsMs[id]`. Wiring: see `defaultPostStages` in run.ts.
 */
import type { CoachResult } from '../core/result';

export type PostStageId = 'lift3d' | 'analysis';

export interface PostStage {
  id: PostStageId;
  /** Adds this stage's fields to `result`; must not change existing 2D fields. */
  run(result: CoachResult, signal?: AbortSignal): Promise<void>;
}

/** frames×17×3 [x px, y px, score] for the lifter (contract C); frames without a person get zeros. */
export function framesToLiftInput(result: CoachResult): { keypoints: Float32Array; frames: number; width: number; height: number } {
  const n = result.frames.length;
  const keypoints = new Float32Array(n * 17 * 3);
  result.frames.forEach((f, i) => {
    const p = f.persons[0];
    if (!p) return;
    p.keypoints2d.forEach((k, j) => keypoints.set(k, (i * 17 + j) * 3));
  });
  return { keypoints, frames: n, width: result.video.width, height: result.video.height };
}
