/**
 * One function per benchmark suite: each opens a page in the given browser, drives its `window.__bench`
 * entry point, and returns raw per-run numbers (summaries are made in bench-result.ts).
 */
import type { Browser, BrowserContext } from 'playwright-core';
import { callBench, collectErrors, RequestLog, withHeapSampling } from './bench-browser';
import type { Backend } from './bench-args';

export interface SuiteContext {
  origin: string;
  backend: Backend;
  runs: number;
  warmup: number;
  frames: number;
  /** URL path of the clip on the bench server. */
  clipUrl: string;
  requests: RequestLog;
  log: (s: string) => void;
}

export interface RaceRaw {
  backend: string;
  wasmThreads: boolean;
  crossOriginIsolated: boolean;
  clip: { width: number; height: number; fps: number; frames: number; codec: string };
  fps: Record<string, number[]>;
  meanScore: Record<string, number>;
  skipped: Record<string, string>;
  initMs: Record<string, number>;
  peakHeapMb: number | null;
  cdpPeakHeapMb: number | null;
  errors: string[];
}

export async function newContext(browser: Browser, s: SuiteContext): Promise<BrowserContext> {
  const ctx = await browser.newContext();
  s.requests.attach(ctx);
  return ctx;
}

const RACE_INCLUDE = ['bare', 'bareBrowserResize', 'modelOnly', 'tfjsPoseDetection', 'mediapipePose', 'ours', 'bareWithDecode', 'decode'];

/** Detector race on pre-decoded frames: bare MoveNet, peers, and our adapter, interleaved per round. */
export async function runRace(browser: Browser, s: SuiteContext, include = RACE_INCLUDE): Promise<RaceRaw> {
  const ctx = await newContext(browser, s);
  const page = await ctx.newPage();
  const errors = collectErrors(page);
  try {
    const opts = { backend: s.backend, clipUrl: s.clipUrl, frames: s.frames || 1e9, warmup: s.warmup, runs: s.runs, include, budgetMs: 20_000 };
    const work = callBench<Omit<RaceRaw, 'cdpPeakHeapMb' | 'errors'>>(page, `${s.origin}/bench/race.html`, 'race', opts, 30 * 60_000);
    const [raw, cdpPeak] = await withHeapSampling(page, work);
    return { ...raw, cdpPeakHeapMb: cdpPeak, errors };
  } finally {
    await ctx.close();
  }
}
