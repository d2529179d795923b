/**
 * A PoseDetector2D whose MoveNet runs in a dedicated worker on tfjs WASM (src/workers/detector.worker.ts),
 * so detection never blocks the page's thread (issue 15, live). Each frame is handed over as a
 * `VideoFrame` (transferred; no pixels are copied on this thread). Worker errors come back as rejections.
 */
import type { Person2D } from '../core/types';
import type { ModelName } from '../core/result';
import { isOrientedFrame, type OrientedFrame, type PixelSource, type PoseDetector2D } from './detector';
import { sourceSize } from './crop-draw';
import type { DetectorRequest, DetectorResponse } from './worker-protocol';

type Outgoing = DetectorRequest extends infer R ? (R extends DetectorRequest ? Omit<R, 'id'> : never) : never;

/** Whether this browser can run the detector in a worker (module workers and WebCodecs' VideoFrame). */
export const canDetectInWorker = (): boolean => typeof Worker !== 'undefined' && typeof VideoFrame !== 'undefined';

/** A VideoFrame of `src` owned by the caller (to transfer), with how to show it upright. */
function frameOf(src: PixelSource | OrientedFrame, tMs: number): { frame: VideoFrame; rotation: 0 | 90 | 180 | 270; width: number; height: number } {
  const { width, height } = sourceSize(src);
  const timestamp = Math.round(tMs * 1000);
  const image = isOrientedFrame(src) ? src.image : src;
  const frame = image instanceof VideoFrame ? image.clone() : new VideoFrame(image, { timestamp });
  return { frame, rotation: isOrientedFrame(src) ? src.rotation : 0, width, height };
}

/** Starts the worker and loads `model` there (WASM backend); rejects with the worker's reason. */
export async function createWorkerDetector(model: ModelName, modelBaseUrl: string): Promise<PoseDetector2D> {
  const worker = new Worker(new URL('../workers/detector.worker.ts', import.meta.url), { type: 'module' });
  const pending = new Map<number, { resolve: (r: DetectorResponse) => void; reject: (e: Error) => void }>();
  let nextId = 1;
  const failAll = (e: Error) => { for (const p of pending.values()) p.reject(e); pending.clear(); };
  worker.onmessage = (ev: MessageEvent<DetectorResponse>) => {
    const p = pending.get(ev.data.id);
    if (!p) return;
    pending.delete(ev.data.id);
    if (ev.data.type === 'error') p.reject(new Error(ev.data.message)); else p.resolve(ev.data);
  };
  worker.onerror = (ev) => { ev.preventDefault?.(); failAll(new Error(`detector worker failed: ${ev.message || 'could not start'}`)); };
  const call = (msg: Outgoing, transfer: Transferable[] = []) => new Promise<DetectorResponse>((resolve, reject) => {
    const id = nextId++;
    pending.set(id, { resolve, reject });
    worker.postMessage({ ...msg, id } as DetectorRequest, transfer);
  });
  try {
    await call({ type: 'init', model, modelBaseUrl });
  } catch (e) {
    worker.terminate();
    throw e;
  }
  return {
    model,
    backend: 'wasm',
    async estimate(src, tMs): Promise<Person2D[]> {
      const f = frameOf(src, tMs);
      let r: DetectorResponse;
      try {
        r = await call({ type: 'estimate', ...f, tMs }, [f.frame as unknown as Transferable]);
      } catch (e) {
        f.frame.close(); // not transferred when postMessage itself failed; a no-op otherwise
        throw e;
      }
      if (r.type !== 'persons') throw new Error(`detector worker: unexpected reply '${r.type}'`);
      return r.persons;
    },
    reset() { void call({ type: 'reset' }).catch(() => undefined); },
    dispose() {
      void call({ type: 'dispose' }).catch(() => undefined).finally(() => { worker.terminate(); failAll(new Error('detector disposed')); });
    },
  };
}
