/**
 * Pipeline page: our offline analysis end to end through the foundation's entry point
 * (`analyzeVideo` in src/pipeline/run.ts — the same code the UI and `npm run analyze` use), plus cold
 * start to the first skeleton and a long-clip heap run. Loaded through import.meta.glob so this page
 * still builds (and reports "not landed") before the pipeline exists.
 */
import { expose, heapMb, nowMs, tick } from './lib/harness';

type Backend = 'wasm' | 'webgl' | 'webgpu';
interface PipelineResult {
  frames: { length: number; [i: number]: { persons: unknown[] } };
  timingsMs: Record<string, number>;
  backend: string;
  video: { width: number; height: number; fps: number; frameCount: number };
  analysis?: unknown;
  lifter?: unknown;
}
interface RunModule {
  analyzeVideo(file: File, opts: Record<string, unknown>): Promise<PipelineResult>;
  defaultPostStages?: (() => unknown[] | Promise<unknown[]>) | unknown[];
}

const modules = import.meta.glob<RunModule>('../src/pipeline/run.ts');

async function pipeline(): Promise<RunModule> {
  const load = modules['../src/pipeline/run.ts'];
  if (!load) throw new Error('src/pipeline/run.ts not present (foundation not landed)');
  return load();
}

/** Post stages (lift3d, analysis) if the pipeline exports them; [] otherwise. */
async function postStages(m: RunModule): Promise<{ stages: unknown[]; note: string }> {
  const d = m.defaultPostStages;
  if (!d) return { stages: [], note: 'pipeline exports no defaultPostStages: 2D only' };
  const stages = typeof d === 'function' ? await d() : d;
  return { stages, note: `post stages: ${stages.map((s) => (s as { id?: string }).id).join(', ') || 'none'}` };
}

async function clipFile(url: string): Promise<File> {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`clip fetch ${url}: HTTP ${res.status}`);
  return new File([await res.blob()], url.split('/').pop() ?? 'clip.mp4', { type: 'video/mp4' });
}

interface E2eOptions { backend: Backend; clipUrl: string; runs: number; warmupFrames: number; maxFrames?: number }

/** Offline analysis frames/s (whole clip unless maxFrames), per run, with the pipeline's stage times. */
async function e2e(o: E2eOptions) {
  const m = await pipeline();
  const { stages, note } = await postStages(m);
  const file = await clipFile(o.clipUrl);
  const t0 = nowMs();
  await m.analyzeVideo(file, { backend: o.backend, maxFrames: Math.max(1, o.warmupFrames) }); // loads + warms the model
  const warmMs = nowMs() - t0;
  const fps: number[] = [];
  const stagesMs: Record<string, number[]> = {};
  let frames = 0;
  let peakHeap = heapMb();
  let detected = 0;
  for (let r = 0; r < o.runs; r++) {
    const t = nowMs();
    const res = await m.analyzeVideo(file, { backend: o.backend, postStages: stages, maxFrames: o.maxFrames,
      onProgress: () => { const h = heapMb(); if (h !== null) peakHeap = Math.max(peakHeap ?? 0, h); } });
    const ms = nowMs() - t;
    frames = res.frames.length;
    fps.push((frames * 1000) / ms);
    for (const [k, v] of Object.entries(res.timingsMs)) (stagesMs[k] ??= []).push(v);
    (stagesMs.wall ??= []).push(ms);
    detected = Array.from({ length: frames }, (_, i) => res.frames[i]).filter((f) => f.persons.length > 0).length / frames;
    await tick();
  }
  return { fps, stagesMs, frames, warmMs, note, peakHeapMb: peakHeap, detectedFraction: detected };
}

/** Time from navigation start to the first frame's keypoints (module load, backend, model, decode, detect). */
async function firstSkeleton(o: { backend: Backend; clipUrl: string }) {
  const tStart = nowMs();
  const m = await pipeline();
  const tModule = nowMs();
  const file = await clipFile(o.clipUrl);
  const res = await m.analyzeVideo(file, { backend: o.backend, maxFrames: 1 });
  const tDone = nowMs();
  return { ms: tDone, moduleMs: tModule, pageToScriptMs: tStart, persons: res.frames[0]?.persons.length ?? 0, backend: res.backend };
}

/** One run over a long clip (heap growth); the driver samples the heap through CDP meanwhile. */
async function longRun(o: { backend: Backend; clipUrl: string }) {
  const m = await pipeline();
  const { stages } = await postStages(m);
  const file = await clipFile(o.clipUrl);
  let peak = heapMb();
  const t = nowMs();
  const res = await m.analyzeVideo(file, { backend: o.backend, postStages: stages,
    onProgress: () => { const h = heapMb(); if (h !== null) peak = Math.max(peak ?? 0, h); } });
  return { frames: res.frames.length, ms: nowMs() - t, pagePeakHeapMb: peak, endHeapMb: heapMb() };
}

expose({ e2e: e2e as (o: never) => Promise<unknown>, firstSkeleton: firstSkeleton as (o: never) => Promise<unknown>, longRun: longRun as (o: never) => Promise<unknown> });
