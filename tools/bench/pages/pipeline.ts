/**
 * Pipeline page: our offline analysis end to end through `createPipeline` (src/pipeline/create.ts —
 * the same factory the UI, the test hook and `npm run analyze` use), plus cold start to the first
 * skeleton and a long-clip heap run.
 */
import { createPipeline, type Pipeline } from '../../../src/pipeline/create';
import { framesWithPerson, type Session } from '../../../src/pipeline/session';
import { expose, heapMb, nowMs, tick } from './lib/harness';

type Backend = 'wasm' | 'webgl' | 'webgpu';

/** The app's pipeline: 2D, then (when `lift`) the tolerant lift3d → analysis stages, with the lifter from `modelBaseUrl` when given. */
function pipelineFor(backend: Backend, lift: boolean, modelBaseUrl?: string): { pipeline: Pipeline; note: string } {
  const pipeline = createPipeline({ backend, lift3d: lift, lifter: modelBaseUrl ? { modelBaseUrl } : {} });
  return { pipeline, note: lift ? 'lift3d + analysis' : '2D only' };
}

/** Which stages really ran (tolerant stages turn failures into warnings). */
function stagesRan(s: Session, planned: string): string {
  const failed = s.warnings.filter((w) => /failed/.test(w));
  return failed.length ? `${planned}; FAILED: ${failed.join(' | ')}` : planned;
}


async function clipFile(url: string): Promise<File> {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`clip fetch ${url}: HTTP ${res.status}`);
  return new File([await res.blob()], url.split('/').pop() ?? 'clip.mp4', { type: 'video/mp4' });
}

interface E2eOptions { backend: Backend; clipUrl: string; runs: number; warmupFrames: number; maxFrames?: number; modelBaseUrl?: string }

/** Offline analysis frames/s (whole clip unless maxFrames), per run, with the pipeline's stage times. */
async function e2e(o: E2eOptions) {
  const { pipeline, note: planned } = pipelineFor(o.backend, true, o.modelBaseUrl);
  const file = await clipFile(o.clipUrl);
  const t0 = nowMs();
  // loads + warms the detector (and the lifter, which the pipeline keeps) on a few frames
  await pipeline.run(file, { maxFrames: Math.max(1, o.warmupFrames) });
  const warmMs = nowMs() - t0;
  const fps: number[] = [];
  const stagesMs: Record<string, number[]> = {};
  let frames = 0;
  let peakHeap = heapMb();
  let detected = 0;
  let note = planned;
  for (let r = 0; r < o.runs; r++) {
    const t = nowMs();
    const res = await pipeline.run(file, { maxFrames: o.maxFrames,
      onProgress: () => { const h = heapMb(); if (h !== null) peakHeap = Math.max(peakHeap ?? 0, h); } });
    const ms = nowMs() - t;
    frames = res.track.frames;
    fps.push((frames * 1000) / ms);
    for (const [k, v] of Object.entries(res.timingsMs)) (stagesMs[k] ??= []).push(v);
    (stagesMs.wall ??= []).push(ms);
    note = stagesRan(res, planned);
    detected = framesWithPerson(res.track) / frames;
    await tick();
  }
  return { fps, stagesMs, frames, warmMs, note, peakHeapMb: peakHeap, detectedFraction: detected };
}

/** Time from navigation start to the first frame's keypoints (module load, backend, model, decode, detect). */
async function firstSkeleton(o: { backend: Backend; clipUrl: string }) {
  const tStart = nowMs();
  const { pipeline } = pipelineFor(o.backend, false);
  const tModule = nowMs();
  const file = await clipFile(o.clipUrl);
  // Two frames (a one-frame video is refused as a photo); the clock stops at the first frame's keypoints.
  let tDone = 0;
  const res = await pipeline.run(file, { maxFrames: 2, onFrame: () => { tDone ||= nowMs(); } });
  return { ms: tDone, moduleMs: tModule, pageToScriptMs: tStart, persons: framesWithPerson(res.track), backend: res.backend };
}

/** One run over a long clip (heap growth); the driver samples the heap through CDP meanwhile. */
async function longRun(o: { backend: Backend; clipUrl: string; modelBaseUrl?: string }) {
  const { pipeline, note: planned } = pipelineFor(o.backend, true, o.modelBaseUrl);
  const file = await clipFile(o.clipUrl);
  let peak = heapMb();
  const t = nowMs();
  const res = await pipeline.run(file, {
    onProgress: () => { const h = heapMb(); if (h !== null) peak = Math.max(peak ?? 0, h); } });
  return { frames: res.track.frames, ms: nowMs() - t, pagePeakHeapMb: peak, endHeapMb: heapMb(), note: stagesRan(res, planned) };
}

expose({ e2e: e2e as (o: never) => Promise<unknown>, firstSkeleton: firstSkeleton as (o: never) => Promise<unknown>, longRun: longRun as (o: never) => Promise<unknown> });
