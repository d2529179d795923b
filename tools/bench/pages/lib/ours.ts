/**
 * Our own 2D detector adapter (src/pose2d: MoveNet with crop-region tracking), raced on the same frames
 * as the peers. Its modules load on first use (dynamic import), as in the app.
 */
import type { PoseDetector2D } from '../../../../src/pose2d/detector';
import type { Runner } from './runners';
import type { Backend } from './harness';

export type OursDetector = PoseDetector2D;

/** Our MoveNet Lightning adapter on `backend`, with the tfjs backend set up as the app sets it up. */
export async function loadOursDetector(backend: Backend): Promise<OursDetector> {
  const [{ initBackend }, { createMoveNet }] = await Promise.all([import('../../../../src/pose2d/backend'), import('../../../../src/pose2d/movenet')]);
  await initBackend(backend);
  return createMoveNet(backend, { model: 'movenet-lightning' });
}

/** The race runner for our adapter; `detector()` hands the loaded adapter to the with-decode runs. */
export function oursDetector(backend: Backend): Runner & { detector(): OursDetector } {
  let det: OursDetector | null = null;
  let t = 0;
  return {
    name: 'ours',
    async init() {
      det = await loadOursDetector(backend);
    },
    async run(frame) {
      const persons = await det!.estimate(frame, (t += 33.367));
      return persons[0]?.score ?? 0;
    },
    dispose() { det?.dispose(); },
    detector: () => det!,
  };
}
