/**
 * Race page: decode the clip once, then run the detectors over the same frames in interleaved rounds
 * (round r runs every runner once, order rotated), so slow drifts of a shared machine hit all alike.
 */
import { decodeClip, decodeToBitmaps, demuxClip } from './lib/clip';
import { expose, heapMb, nowMs, timeRuns, tick, selectBackend, type Backend } from './lib/harness';
import { bareDetector, modelOnly, type Runner } from './lib/runners';
import { mediapipePose, tfjsPoseDetection } from './lib/peers';
import { oursDetector, type OursDetector } from './lib/ours';
import { inputPrepMs } from './lib/input-prep';
import type { RaceResult } from './race-result';
import { errorMessage } from '../../../src/core/errors';

export interface RaceOptions {
  backend: Backend;
  clipUrl: string;
  /** Frames of the clip used per run (from the start). */
  frames: number;
  warmup: number;
  runs: number;
  /** Per runner and round, stop after this many ms (≥ 5 frames): bounds slow peers. */
  budgetMs: number;
  /** Subset of: bare, bareTfResize, modelOnly, tfjsPoseDetection, mediapipePose, ours, bareWithDecode, decode, oursWithDecode, oursWithDecodePaint, inputPrep. */
  include: string[];
}

async function race(o: RaceOptions): Promise<RaceResult> {
  const has = (n: string) => o.include.includes(n);
  const be = await selectBackend(o.backend);
  const clip = await demuxClip(o.clipUrl);
  const frames = await decodeToBitmaps(clip, o.frames);
  const n = frames.length;
  const res: RaceResult = { ...be, crossOriginIsolated, clip: { width: clip.width, height: clip.height, fps: clip.fps, frames: n, codec: clip.codec },
    fps: {}, meanScore: {}, skipped: {}, initMs: {}, peakHeapMb: heapMb() };
  const sampleHeap = () => { const h = heapMb(); if (h !== null) res.peakHeapMb = Math.max(res.peakHeapMb ?? 0, h); };

  const runners: Runner[] = [];
  const bare = bareDetector();
  const candidates: (Runner | null)[] = [bare, bareDetector({ browserResize: false }), tfjsPoseDetection(), mediapipePose(), oursDetector(o.backend)];
  for (const r of candidates) {
    if (!r || !(has(r.name) || (r === bare && (has('modelOnly') || has('bareWithDecode'))))) continue;
    const t0 = nowMs();
    try { await r.init(); } catch (e) { res.skipped[r.name] = `init failed: ${errorMessage(e)}`; continue; }
    res.initMs[r.name] = nowMs() - t0;
    runners.push(r);
  }
  const mo = has('modelOnly') ? await modelOnly(bare.model(), frames) : null;
  const steps: { name: string; step: (i: number) => Promise<number> }[] = runners.filter((r) => has(r.name))
    .map((r) => ({ name: r.name, step: (i: number) => r.run(frames[i]) }));
  if (mo) steps.push({ name: 'modelOnly', step: (i) => mo.run(i) });

  for (const s of steps) { res.fps[s.name] = []; res.meanScore[s.name] = 0; }
  if (has('decode')) res.fps.decode = [];
  if (has('bareWithDecode')) res.fps.bareWithDecode = [];
  const ours = runners.find((r) => r.name === 'ours') as (Runner & { detector(): OursDetector }) | undefined;
  const withDecode = ['oursWithDecode', 'oursWithDecodePaint'].filter((k) => has(k) && ours);
  for (const k of withDecode) res.fps[k] = [];
  for (let round = 0; round < o.runs; round++) {
    for (let k = 0; k < steps.length; k++) {
      const s = steps[(k + round) % steps.length];
      let score = 0;
      let count = 0;
      const [fps] = await timeRuns(n, round === 0 ? o.warmup : 0, 1, async (i) => { score += await s.step(i); count++; }, o.budgetMs);
      res.fps[s.name].push(fps);
      res.meanScore[s.name] = score / count;
      sampleHeap();
    }
    if (has('decode')) res.fps.decode.push(await decodeFps(clip, o.frames));
    if (has('bareWithDecode')) res.fps.bareWithDecode.push(await bareWithDecodeFps(clip, o.frames, bare));
    if (has('inputPrep')) {
      const p = await inputPrepMs(clip, o.frames);
      for (const [k, v] of [['inputPrepPaintMs', p.paint], ['inputPrepCopyMs', p.copy]] as const) (res.fps[k] ??= []).push(v);
    }
    for (let k = 0; k < withDecode.length; k++) {
      const name = withDecode[(k + round) % withDecode.length];
      res.fps[name].push(await oursWithDecodeFps(clip, o.frames, ours!.detector(), name === 'oursWithDecodePaint'));
    }
    sampleHeap();
    await tick();
  }
  mo?.dispose();
  for (const r of runners) await r.dispose();
  for (const f of frames) f.close();
  return res;
}

/** Demuxed chunks → VideoFrames (closed at once): the decode stage alone. */
async function decodeFps(clip: Awaited<ReturnType<typeof demuxClip>>, max: number): Promise<number> {
  const t0 = nowMs();
  const n = await decodeClip(clip, (f) => f.close(), max);
  return (n * 1000) / (nowMs() - t0);
}

/** Naive sequential decode → ImageBitmap → bare detector, no overlap. */
async function bareWithDecodeFps(clip: Awaited<ReturnType<typeof demuxClip>>, max: number, bare: Runner): Promise<number> {
  const t0 = nowMs();
  const n = await decodeClip(clip, async (f) => {
    const bmp = await createImageBitmap(f);
    f.close();
    await bare.run(bmp);
    bmp.close();
  }, max);
  return (n * 1000) / (nowMs() - t0);
}

/**
 * Sequential decode → our adapter, the offline pipeline's per-frame work without its bookkeeping:
 * `paint` = the old input path (every VideoFrame painted upright into a full-size `willReadFrequently`
 * canvas, the adapter crops from the canvas); otherwise the frame goes to the adapter as decoded and
 * the adapter copies only its crop out of the frame's planes (crop before convert).
 */
async function oursWithDecodeFps(clip: Awaited<ReturnType<typeof demuxClip>>, max: number, det: OursDetector, paint: boolean): Promise<number> {
  const canvas = paint ? Object.assign(document.createElement('canvas'), { width: clip.width, height: clip.height }) : null;
  const ctx = canvas?.getContext('2d', { alpha: false, willReadFrequently: true }) ?? null;
  det.reset();
  const t0 = nowMs();
  const n = await decodeClip(clip, async (f, i) => {
    try {
      if (ctx && canvas) {
        ctx.drawImage(f, 0, 0, clip.width, clip.height);
        await det.estimate(canvas, i * 33.367);
      } else {
        await det.estimate({ kind: 'oriented', image: f, rotation: 0, width: f.displayWidth, height: f.displayHeight }, i * 33.367);
      }
    } finally {
      f.close();
    }
  }, max);
  return (n * 1000) / (nowMs() - t0);
}

expose({ race: race as (o: never) => Promise<unknown> });
