/// <reference lib="webworker" />
/** Thin lifter worker: hosts the ONNX runner; speaks the typed union in src/lift3d/protocol.ts. */
import { errorMessage } from '../core/errors';
import type { LifterRequest, LifterResponse } from '../lift3d/protocol';
import { createOrtRunner, type ModelRunner } from '../lift3d/runner';

const scope = self as unknown as DedicatedWorkerGlobalScope;
let runner: ModelRunner | null = null;

async function handle(msg: LifterRequest): Promise<[LifterResponse, Transferable[]]> {
  switch (msg.type) {
    case 'init':
      runner = await createOrtRunner({ model: msg.modelUrl, executionProvider: msg.executionProvider, wasmPaths: msg.wasmPaths });
      return [{ type: 'ok', id: msg.id }, []];
    case 'run': {
      if (!runner) throw new Error('lifter worker: run before init');
      const out = await runner.run(msg.input, msg.batch, msg.frames);
      const transfer: Transferable[] = [out.pose.buffer];
      for (const a of [out.root, out.up, out.upSigmaDeg]) if (a) transfer.push(a.buffer);
      return [{ type: 'result', id: msg.id, ...out }, transfer];
    }
    case 'dispose':
      await runner?.dispose();
      runner = null;
      return [{ type: 'ok', id: msg.id }, []];
  }
}

scope.onmessage = (ev: MessageEvent<LifterRequest>) => {
  handle(ev.data).then(
    ([reply, transfer]) => scope.postMessage(reply, transfer),
    (e: unknown) => scope.postMessage({ type: 'error', id: ev.data.id, message: errorMessage(e) } satisfies LifterResponse),
  );
};
