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
  analyzeVideo(file: File, opts: Record<string, unknown>): Promise<PipelineResult & { warnings?: string[] }>;
}
interface Stage { id: string }
interface PostStagesModule {
  createAnalysisStage(): Stage;
  tolerant(stage: Stage): Stage;
}
interface Lift3dModule { createLift3dStage(opts?: { modelBaseUrl?: string }): Stage }

const modules = import.meta.glob<RunModule>('../src/pipeline/run.ts');
const postModules = import.meta.glob<PostStagesModule>('../src/pipeline/post-stages.ts');
const liftModules = import.meta.glob<Lift3dModule>('../src/lift3d/index.ts');

async function pipeline(): Promise<RunModule> {
  const load = modules['../src/pipeline/run.ts'];
  if (!load) throw new Error('src/pipeline/run.ts not present (foundation not landed)');
  return load();
}

/**
 * The app's post stages (src/pipeline/post-stages.ts: tolerant lift3d → analysis), built here so the
 * lifter model folder can be chosen; [] (2D only) when `lift` is off or the modules are absent.
 */
async function postStages(lift: boolean, modelBaseUrl?: string): Promise<{ stages: Stage[]; note: string }> {
  const post = postModules['../src/pipeline/post-stages.ts'];
  const l3d = liftModules['../src/lift3d/index.ts'];
  if (!lift) return { stages: [], note: '2D only (lifter not available)' };
  if (!post || !l3d) return { stages: [], note: '2D only (post stages not landed)' };
  const [p, l] = await Promise.all([post(), l3d()]);
  const stages = [p.tolerant(l.createLift3dStage(modelBaseUrl ? { modelBaseUrl } : {})), p.tolerant(p.createAnalysisStage())];
  return { stages, note: 'lift3d + analysis' };
}

/** Which stages really ran (tolerant stages turn failures into result warnings). */
function stagesRan(res: PipelineResult & { warnings?: string[] }, planned: string): string {
  const failed = (res.warnings ?? []).filter((w) => /failed/.test(w));
  return failed.length ? `${planned}; FAILED: ${failed.join(' | ')}` : planned;
}

async function clipFile(url: string): Promise<File> {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`clip fetch ${url}: HTTP ${res.status}`);
  return new File([await res.blob()], url.split('/').pop() ?? 'clip.mp4', { type: 'video/mp4' });
}

interface E2eOptions { backend: Backend; clipUrl: string; runs: number; warmupFrames: number; maxFrames?: number; lift: boolean; modelBaseUrl?: string }

/** Offline analysis frames/s (whole clip unless maxFrames), per run, with the pipeline's stage times. */
async function e2e(o: E2eOptions) {
  const m = await pipeline();
  const { stages, note: planned } = await postStages(o.lift, o.modelBaseUrl);
  const file = await clipFile(o.clipUrl);
  const t0 = nowMs();
  // loads + warms the detector (and the lifter, which the stage keeps) on a few frames
  await m.analyzeVideo(file, { backend: o.backend, postStages: stages, maxFrames: Math.max(1, o.warmupFrames) });
  const warmMs = nowMs() - t0;
  const fps: number[] = [];
  const stagesMs: Record<string, number[]> = {};
  let frames = 0;
  let peakHeap = heapMb();
  let detected = 0;
  let note = planned;
  for (let r = 0; r < o.runs; r++) {
    const t = nowMs();
    const res = await m.analyzeVideo(file, { backend: o.backend, postStages: stages, maxFrames: o.maxFrames,
      onProgress: () => { const h = heapMb(); if (h !== null) peakHeap = Math.max(peakHeap ?? 0, h); } });
    const ms = nowMs() - t;
    frames = res.frames.length;
    fps.push((frames * 1000) / ms);
    for (const [k, v] of Object.entries(res.timingsMs)) (stagesMs[k] ??= []).push(v);
    (stagesMs.wall ??= []).push(ms);
    note = stagesRan(res, planned);
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
async function longRun(o: { backend: Backend; clipUrl: string; lift: boolean; modelBaseUrl?: string }) {
  const m = await pipeline();
  const { stages, note: planned } = await postStages(o.lift, o.modelBaseUrl);
  const file = await clipFile(o.clipUrl);
  let peak = heapMb();
  const t = nowMs();
  const res = await m.analyzeVideo(file, { backend: o.backend, postStages: stages,
    onProgress: () => { const h = heapMb(); if (h !== null) peak = Math.max(peak ?? 0, h); } });
  return { frames: res.frames.length, ms: nowMs() - t, pagePeakHeapMb: peak, endHeapMb: heapMb(), note: stagesRan(res, planned) };
}

expose({ e2e: e2e as (o: never) => Promise<unknown>, firstSkeleton: firstSkeleton as (o: never) => Promise<unknown>, longRun: longRun as (o: never) => Promise<unknown> });
