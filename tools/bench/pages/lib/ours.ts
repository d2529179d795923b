/**
 * Our own 2D detector adapter (src/pose2d: MoveNet with crop-region tracking), raced on the same frames
 * as the peers, and the lifter runtime (src/lift3d). Resolved with import.meta.glob so the bench builds
 * before those land; missing parts come back as null with a reason.
 */
import type { Runner } from './runners';
import type { Backend } from './harness';

/** src/pose2d/detector.ts OrientedFrame: a decoded picture the adapter crops from directly. */
export interface OrientedFrameLike { kind: 'oriented'; image: VideoFrame; rotation: 0 | 90 | 180 | 270; width: number; height: number }
interface Person { score: number; keypoints2d?: ArrayLike<ArrayLike<number>> }
export interface OursDetector {
  estimate(frame: ImageBitmap | HTMLVideoElement | HTMLCanvasElement | OrientedFrameLike, tMs: number): Promise<Person[]>;
  reset(): void;
  dispose(): void;
}
interface MoveNetModule { createMoveNet(backend: Backend, opts?: { model?: string }): Promise<OursDetector> }
interface BackendModule { initBackend(override: Backend | null): Promise<{ backend: string }> }

const movenet = import.meta.glob<MoveNetModule>('../../../../src/pose2d/movenet.ts');
const backendMod = import.meta.glob<BackendModule>('../../../../src/pose2d/backend.ts');

/** Loads our MoveNet adapter on `backend`, or returns null and says why. */
export async function loadOursDetector(backend: Backend, why: (reason: string) => void): Promise<OursDetector | null> {
  const m = movenet['../../../../src/pose2d/movenet.ts'];
  const b = backendMod['../../../../src/pose2d/backend.ts'];
  if (!m || !b) { why('src/pose2d/movenet.ts not present (foundation not landed)'); return null; }
  await (await b()).initBackend(backend);
  return (await m()).createMoveNet(backend, { model: 'movenet-lightning' });
}

export async function oursDetector(backend: Backend, skipped: Record<string, string>): Promise<Runner | null> {
  let det: OursDetector | null = null;
  let t = 0;
  const probe = movenet['../../../../src/pose2d/movenet.ts'];
  if (!probe) { skipped.ours = 'src/pose2d/movenet.ts not present (foundation not landed)'; return null; }
  return {
    name: 'ours',
    async init() {
      det = await loadOursDetector(backend, (r) => { throw new Error(r); });
    },
    async run(frame) {
      const persons = await det!.estimate(frame, (t += 33.367));
      return persons[0]?.score ?? 0;
    },
    dispose() { det?.dispose(); },
    detector: () => det!,
  } as Runner & { detector(): OursDetector };
}
