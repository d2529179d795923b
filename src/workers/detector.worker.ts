/// <reference lib="webworker" />
/**
 * Detector worker: MoveNet on tfjs WASM off the page's thread (issue 15: the UI thread never waits
 * for the detector). Speaks the typed union in src/pose2d/worker-protocol.ts; every frame it receives
 * is closed here.
 */
import { errorMessage } from '../core/errors';
import { startBackend } from '../pose2d/backend';
import type { PoseDetector2D } from '../pose2d/detector';
import { createMoveNet } from '../pose2d/movenet';
import type { DetectorRequest, DetectorResponse } from '../pose2d/worker-protocol';

const scope = self as unknown as DedicatedWorkerGlobalScope;
let detector: PoseDetector2D | null = null;

async function handle(msg: DetectorRequest): Promise<DetectorResponse> {
  switch (msg.type) {
    case 'init':
      await startBackend('wasm');
      detector = await createMoveNet('wasm', { model: msg.model, modelBaseUrl: msg.modelBaseUrl });
      return { type: 'ok', id: msg.id };
    case 'estimate':
      try {
        if (!detector) throw new Error('detector worker: estimate before init');
        const persons = await detector.estimate({ kind: 'oriented', image: msg.frame, rotation: msg.rotation, width: msg.width, height: msg.height }, msg.tMs);
        return { type: 'persons', id: msg.id, persons };
      } finally {
        msg.frame.close();
      }
    case 'reset':
      detector?.reset();
      return { type: 'ok', id: msg.id };
    case 'dispose':
      detector?.dispose();
      detector = null;
      return { type: 'ok', id: msg.id };
  }
}

scope.onmessage = (ev: MessageEvent<DetectorRequest>) => {
  handle(ev.data).then(
    (reply) => scope.postMessage(reply),
    (e: unknown) => scope.postMessage({ type: 'error', id: ev.data.id, message: errorMessage(e) } satisfies DetectorResponse),
  );
};
