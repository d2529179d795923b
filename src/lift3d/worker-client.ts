/**
 * A ModelRunner backed by the dedicated lifter worker (typed message union; typed arrays are
 * transferred; worker errors come back as rejections).
 */
import type { LifterRequest, LifterResponse } from './protocol';
import type { ModelRunner, RunnerOutput } from './runner';
import type { ExecutionProvider } from './types';

type Pending = { resolve: (r: LifterResponse) => void; reject: (e: Error) => void };
type Outgoing = LifterRequest extends infer R ? (R extends LifterRequest ? Omit<R, 'id'> : never) : never;

export async function createWorkerRunner(modelUrl: string, executionProvider: ExecutionProvider, wasmPaths: string): Promise<ModelRunner> {
  const worker = new Worker(new URL('../workers/lifter.worker.ts', import.meta.url), { type: 'module' });
  const pending = new Map<number, Pending>();
  let nextId = 1;
  const failAll = (e: Error) => { for (const p of pending.values()) p.reject(e); pending.clear(); };
  worker.onmessage = (ev: MessageEvent<LifterResponse>) => {
    const p = pending.get(ev.data.id);
    if (!p) return;
    pending.delete(ev.data.id);
    if (ev.data.type === 'error') p.reject(new Error(ev.data.message)); else p.resolve(ev.data);
  };
  worker.onerror = (ev) => { ev.preventDefault?.(); failAll(new Error(`lifter worker failed: ${ev.message || 'could not start'}`)); };
  const call = (msg: Outgoing, transfer: Transferable[] = []) => new Promise<LifterResponse>((resolve, reject) => {
    const id = nextId++;
    pending.set(id, { resolve, reject });
    worker.postMessage({ ...msg, id } as LifterRequest, transfer);
  });
  try {
    await call({ type: 'init', modelUrl, executionProvider, wasmPaths });
  } catch (e) {
    worker.terminate();
    throw e;
  }
  return {
    provider: executionProvider,
    async run(input, batch, frames): Promise<RunnerOutput> {
      const r = await call({ type: 'run', input, batch, frames }, [input.buffer]);
      if (r.type !== 'result') throw new Error(`lifter worker: unexpected reply '${r.type}'`);
      return { pose: r.pose, root: r.root, up: r.up ?? null, upSigmaDeg: r.upSigmaDeg ?? null, outFrames: r.outFrames };
    },
    async dispose() {
      try { await call({ type: 'dispose' }); } finally { worker.terminate(); failAll(new Error('lifter disposed')); }
    },
  };
}
