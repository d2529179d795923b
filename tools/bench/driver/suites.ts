/**
 * One function per benchmark suite: each opens a page in the given browser, drives its `window.__bench`
 * entry point, and returns raw per-run numbers (summaries are made in result.ts).
 */
import type { Browser, BrowserContext } from 'playwright-core';
import { callBench, collectErrors, RequestLog, withHeapSampling, withMemorySampling, type HeapSite } from './browser';
import { startProfile, stopProfile, type HotSpot } from './profile';
import type { Backend } from './args';
import type { RaceResult } from '../pages/race-result';
import { pageUrl } from './server';

export interface SuiteContext {
  origin: string;
  backend: Backend;
  runs: number;
  warmup: number;
  frames: number;
  /** URL path of the clip on the bench server. */
  clipUrl: string;
  requests: RequestLog;
  /** Lifter model folder URL (default: the app's /models/lifter/). */
  lifterBaseUrl?: string;
  budgetS: number;
  /** e2e: stop after this many frames (null: whole clip). */
  e2eMaxFrames: number | null;
  /** Profile the e2e run's main thread; write the .cpuprofile here when a path (null: summary only). */
  profileFile?: string | null;
  log: (s: string) => void;
}

/** The race page's result plus what the driver measures around it. */
export interface RaceRaw extends RaceResult {
  cdpPeakHeapMb: number | null;
  errors: string[];
}

export async function newContext(browser: Browser, s: SuiteContext): Promise<BrowserContext> {
  const ctx = await browser.newContext({ serviceWorkers: 'block' }); // comparable with earlier runs: no PWA precache traffic during timing
  s.requests.attach(ctx);
  return ctx;
}

const RACE_INCLUDE = ['bare', 'bareTfResize', 'modelOnly', 'tfjsPoseDetection', 'mediapipePose', 'ours', 'bareWithDecode', 'decode', 'oursWithDecode', 'oursWithDecodePaint', 'inputPrep'];

/** Detector race on pre-decoded frames: bare MoveNet, peers, and our adapter, interleaved per round. */
export async function runRace(browser: Browser, s: SuiteContext, include = RACE_INCLUDE): Promise<RaceRaw> {
  const ctx = await newContext(browser, s);
  const page = await ctx.newPage();
  const errors = collectErrors(page);
  try {
    const opts = { backend: s.backend, clipUrl: s.clipUrl, frames: s.frames || 1e9, warmup: s.warmup, runs: s.runs, include, budgetMs: s.budgetS * 1000 };
    const work = callBench<Omit<RaceRaw, 'cdpPeakHeapMb' | 'errors'>>(page, pageUrl(s.origin, 'race'), 'race', opts, 30 * 60_000);
    const [raw, cdpPeak] = await withHeapSampling(page, work);
    return { ...raw, cdpPeakHeapMb: cdpPeak, errors };
  } finally {
    await ctx.close();
  }
}

export interface E2eRaw {
  fps: number[];
  stagesMs: Record<string, number[]>;
  frames: number;
  warmMs: number;
  note: string;
  peakHeapMb: number | null;
  detectedFraction: number;
  errors: string[];
  hotSpots?: HotSpot[];
}

/** Offline analysis through the app's pipeline entry point, whole clip per run. */
export async function runE2e(browser: Browser, s: SuiteContext): Promise<E2eRaw> {
  const ctx = await newContext(browser, s);
  const page = await ctx.newPage();
  const errors = collectErrors(page);
  try {
    const opts = { backend: s.backend, clipUrl: s.clipUrl, runs: s.runs, warmupFrames: s.warmup, modelBaseUrl: s.lifterBaseUrl, maxFrames: s.e2eMaxFrames ?? undefined };
    if (s.profileFile === undefined) {
      const raw = await callBench<Omit<E2eRaw, 'errors'>>(page, pageUrl(s.origin, 'pipeline'), 'e2e', opts, 30 * 60_000);
      return { ...raw, errors };
    }
    await page.goto(pageUrl(s.origin, 'pipeline'));
    const cdp = await startProfile(page);
    const raw = await callBench<Omit<E2eRaw, 'errors'>>(page, null, 'e2e', opts, 30 * 60_000);
    return { ...raw, errors, hotSpots: await stopProfile(cdp, s.profileFile) };
  } finally {
    await ctx.close();
  }
}

export interface ColdRaw { coldMs: number[]; cachedMs: number[]; persons: number[]; errors: string[] }

/** Cold start to first skeleton: fresh context (empty HTTP cache), then a reload in the same context. */
export async function runCold(browser: Browser, s: SuiteContext, runs: number): Promise<ColdRaw> {
  const out: ColdRaw = { coldMs: [], cachedMs: [], persons: [], errors: [] };
  const url = pageUrl(s.origin, 'pipeline');
  for (let r = 0; r < runs; r++) {
    const ctx = await newContext(browser, s);
    const page = await ctx.newPage();
    out.errors.push(...collectErrors(page));
    try {
      for (const key of ['coldMs', 'cachedMs'] as const) {
        const res = await callBench<{ ms: number; persons: number }>(page, url, 'firstSkeleton', { backend: s.backend, clipUrl: s.clipUrl }, 120_000);
        out[key].push(res.ms);
        out.persons.push(res.persons);
      }
    } finally {
      await ctx.close();
    }
  }
  return out;
}

export interface LongRaw {
  note: string; frames: number; ms: number; pagePeakHeapMb: number | null; endHeapMb: number | null; cdpPeakHeapMb: number | null;
  rendererRssMb: number | null; browserRssMb: number | null; heapTop: HeapSite[] | null; errors: string[];
}

/** One pass over a long (looped) clip with the heap and process RSS sampled every second, heap profiled at its peak. */
export async function runLongClip(browser: Browser, s: SuiteContext, clipUrl: string): Promise<LongRaw> {
  const ctx = await newContext(browser, s);
  const page = await ctx.newPage();
  const errors = collectErrors(page);
  try {
    await page.goto(pageUrl(s.origin, 'pipeline'));
    const work = callBench<Omit<LongRaw, 'cdpPeakHeapMb' | 'rendererRssMb' | 'browserRssMb' | 'heapTop' | 'errors'>>(page, null, 'longRun', { backend: s.backend, clipUrl, modelBaseUrl: s.lifterBaseUrl }, 3 * 60 * 60_000);
    const [raw, m] = await withMemorySampling(browser, page, work, 1000);
    return { ...raw, cdpPeakHeapMb: m.cdpHeapMb, rendererRssMb: m.rendererRssMb, browserRssMb: m.browserRssMb, heapTop: m.heapTop, errors };
  } finally {
    await ctx.close();
  }
}

export interface LiveRaw {
  fps: number; frames: number; withPersonFraction: number; loop: string; lifted: number; skipped: number; detectMs: number; liftMs: number;
  camera: { width: number; height: number }; lifter: boolean;
  /** Where MoveNet ran. */
  detectorIn: 'worker' | 'page';
  /** The page's thread blocked > 50 ms while measuring: how often, longest, total (ms). */
  longTasks: { count: number; maxMs: number; totalMs: number };
  reasons: Record<string, string>; errors: string[];
}

/** Live loop on Chromium's fake webcam; the browser must have been launched with the .y4m. */
export async function runLive(browser: Browser, s: SuiteContext, seconds: number, detectorIn: 'app' | 'page' = 'app'): Promise<LiveRaw> {
  const ctx = await newContext(browser, s);
  await ctx.grantPermissions(['camera'], { origin: s.origin });
  const page = await ctx.newPage();
  const errors = collectErrors(page);
  try {
    const opts = { backend: s.backend, seconds, warmupSeconds: 2, withLifter: true, modelBaseUrl: s.lifterBaseUrl, detectorIn };
    const raw = await callBench<Omit<LiveRaw, 'errors'>>(page, pageUrl(s.origin, 'live'), 'live', opts, (seconds + 120) * 1000);
    return { ...raw, errors };
  } finally {
    await ctx.close();
  }
}

export interface LifterRaw { fps: number[]; frames: number; outFrames: number; receptiveField: number; causal: boolean | null; liveMs: number[]; reasons: Record<string, string>; errors: string[] }

/** Lifter throughput in its worker on a long synthetic keypoint sequence. */
export async function runLifter(browser: Browser, s: SuiteContext, frames: number): Promise<LifterRaw> {
  const ctx = await newContext(browser, s);
  const page = await ctx.newPage();
  const errors = collectErrors(page);
  try {
    const raw = await callBench<Omit<LifterRaw, 'errors'>>(page, pageUrl(s.origin, 'lifter'), 'lifter', { frames, runs: s.runs, liveFrames: 300, modelBaseUrl: s.lifterBaseUrl }, 20 * 60_000);
    return { ...raw, errors };
  } finally {
    await ctx.close();
  }
}
