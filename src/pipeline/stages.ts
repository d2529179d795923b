/**
 * Seams for the stages after 2D detection. Each post stage gets the session built so far and returns
 * the fields it adds (lift3d: `motion`, `lifter`; analysis: `analysis`, `analysisError`); it never
 * changes the 2D track. The runner merges the fields and times each stage into `timingsMs[id]`.
 */
import type { Session } from './session';

export type PostStageId = 'lift3d' | 'analysis';

export interface PostStage {
  id: PostStageId;
  run(session: Session, signal?: AbortSignal): Promise<Partial<Session>>;
}
