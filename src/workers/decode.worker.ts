/// <reference lib="webworker" />
/**
 * Decode worker: demuxed samples → VideoDecoder → VideoFrames transferred to the page, a few ahead of
 * the detector. Decoding here rather than on the page keeps the decoder fed while the page's thread is
 * busy in the detector (a VideoDecoder only takes its next chunk when its thread's event loop runs).
 */
import { errorMessage } from '../core/errors';
import { decodeFrames } from '../video/decode-loop';
import type { DecodeRequest, DecodeResponse } from '../video/decode-protocol';
import { isVideoInputError } from '../video/types';
import { Waker } from '../video/canvas';

const scope = self as unknown as DedicatedWorkerGlobalScope;
let credit = 0;
const waker = new Waker();
const post = (m: DecodeResponse, transfer: Transferable[] = []) => scope.postMessage(m, transfer);

async function run(msg: Extract<DecodeRequest, { type: 'start' }>): Promise<void> {
  credit = msg.credit;
  for await (const frame of decodeFrames(msg.file, msg.plan)) {
    while (credit <= 0) await waker.wait();
    credit--;
    post({ type: 'frame', frame }, [frame]);
  }
  post({ type: 'done' });
}

scope.onmessage = (ev: MessageEvent<DecodeRequest>) => {
  const msg = ev.data;
  if (msg.type === 'more') { credit++; waker.wake(); return; }
  run(msg).catch((e: unknown) => post({ type: 'error', kind: isVideoInputError(e) ? e.kind : null, message: errorMessage(e) }));
};
