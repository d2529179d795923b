/**
 * Headless Debian Chromium for the benchmark (playwright-core; never a downloaded browser), with a
 * request log that counts any request leaving the page's origin, CDP heap sampling, and (long runs)
 * process RSS and a sampling heap profile of what holds the JS heap at its peak.
 */
import fs from 'node:fs';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const BASE_ARGS = [
  '--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync',
  '--no-first-run', '--disable-quic',
  // unquantised performance.memory, for the heap numbers
  '--enable-precise-memory-info',
];
export const WEBGPU_ARGS = [
  '--enable-unsafe-webgpu', '--enable-features=Vulkan', '--use-angle=swiftshader', '--use-webgpu-adapter=swiftshader',
];

export interface LaunchOptions { webgpu?: boolean; fakeCameraY4m?: string; extraArgs?: string[] }

export async function launchChromium(o: LaunchOptions = {}): Promise<Browser> {
  const args = [...BASE_ARGS, ...(o.webgpu ? WEBGPU_ARGS : []), ...(o.extraArgs ?? [])];
  if (o.fakeCameraY4m) {
    args.push('--use-fake-device-for-media-stream', '--use-fake-ui-for-media-stream', `--use-file-for-fake-video-capture=${o.fakeCameraY4m}`);
  }
  return chromium.launch({ executablePath: CHROMIUM_PATH, args, headless: true });
}

/** Records every request; `foreign` lists those whose origin differs from `origin` (data:/blob: excluded). */
export class RequestLog {
  readonly all: string[] = [];
  readonly foreign: string[] = [];
  /** Responses with status ≥ 400, as "status url". */
  readonly failed: string[] = [];
  constructor(private readonly origin: string) {}
  attach(ctx: BrowserContext): void {
    ctx.on('request', (r) => {
      const url = r.url();
      this.all.push(url);
      if (/^(data|blob):/.test(url)) return;
      if (new URL(url).origin !== this.origin) this.foreign.push(url);
    });
    ctx.on('response', (r) => { if (r.status() >= 400) this.failed.push(`${r.status()} ${r.url()}`); });
  }
}

/** Page console errors and uncaught exceptions, for the report and for failing fast. */
export function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(`console: ${m.text()}`); });
  return errors;
}

/** JS heap used (MB) via CDP Performance.getMetrics; null if CDP is unavailable. */
export async function cdpHeapMb(page: Page): Promise<number | null> {
  try {
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Performance.enable');
    const { metrics } = await cdp.send('Performance.getMetrics');
    await cdp.detach();
    const m = metrics.find((x: { name: string }) => x.name === 'JSHeapUsedSize');
    return m ? m.value / 1048576 : null;
  } catch {
    return null;
  }
}

/**
 * Calls `tick` every `everyMs` while `work` runs (a tick that throws — page busy or closing — is
 * skipped); resolves with `work`'s result after the last tick, then runs `cleanup`.
 */
async function pollWhile<T>(work: Promise<T>, everyMs: number, tick: () => Promise<void>, cleanup: () => Promise<void>): Promise<T> {
  let done = false;
  const loop = (async () => {
    while (!done) {
      try { await tick(); } catch { /* page busy or closing */ }
      await new Promise((r) => setTimeout(r, everyMs));
    }
  })();
  try {
    return await work;
  } finally {
    done = true;
    await loop;
    await cleanup();
  }
}

/** Poll the heap every `everyMs` while `work` runs; resolves to [work result, peak MB]. */
export async function withHeapSampling<T>(page: Page, work: Promise<T>, everyMs = 500): Promise<[T, number | null]> {
  let peak: number | null = null;
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  const result = await pollWhile(work, everyMs, async () => {
    const { metrics } = await cdp.send('Performance.getMetrics');
    const m = metrics.find((x: { name: string }) => x.name === 'JSHeapUsedSize');
    if (m) peak = Math.max(peak ?? 0, m.value / 1048576);
  }, () => cdp.detach().catch(() => undefined));
  return [result, peak];
}

/** Open `url` (null: stay on the current page), wait for `window.__bench`, call `fn(opts)`, return its result. */
export async function callBench<T>(page: Page, url: string | null, fn: string, opts: unknown, timeoutMs: number): Promise<T> {
  if (url) await page.goto(url, { waitUntil: 'load', timeout: timeoutMs });
  await page.waitForFunction(() => window.__benchReady === true, undefined, { timeout: 120_000 });
  const crashed = new Promise<never>((_, reject) => {
    page.once('crash', () => reject(new Error(`page crashed during ${fn}() (renderer gone: out of memory?)`)));
    page.once('close', () => reject(new Error(`page closed during ${fn}()`)));
    // an uncaught exception (page or worker) would otherwise leave the call hanging until the timeout
    page.once('pageerror', (e) => reject(new Error(`uncaught error in the page during ${fn}(): ${e.message}`)));
  });
  crashed.catch(() => undefined);
  const work = page.evaluate(([f, o]) => {
    const api = window.__bench as Record<string, (x: unknown) => Promise<unknown>>;
    if (!api[f as string]) throw new Error(`bench page has no ${String(f)}()`);
    return api[f as string](o);
  }, [fn, opts] as const) as Promise<T>;
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => { timer = setTimeout(() => reject(new Error(`${fn}() timed out after ${Math.round(timeoutMs / 1000)} s`)), timeoutMs); });
  try {
    return await Promise.race([work, crashed, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

declare global {
  interface Window { __bench?: Record<string, (opts: never) => Promise<unknown>>; __benchReady?: boolean }
}

/** One allocation site of live JS objects (V8 sampling heap profiler), MB sampled as live. */
export interface HeapSite { site: string; mb: number }
/** Peaks seen while a long run went on. RSS from /proc (Linux; null elsewhere), pids from CDP. */
export interface MemoryPeaks {
  cdpHeapMb: number | null;
  /** Largest renderer process resident set (the page's renderer: decoder, canvases, WASM, JS). */
  rendererRssMb: number | null;
  /** All of this browser's processes together (browser, GPU, utility, renderers; shared pages counted once per process). */
  browserRssMb: number | null;
  /** What held the JS heap at its peak: top allocation sites of live objects (sampling profile). */
  heapTop: HeapSite[] | null;
}

function vmRssMb(pid: number): number | null {
  try {
    const m = /VmRSS:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) / 1024 : null;
  } catch {
    return null;
  }
}

interface ProfileNode { callFrame: { functionName: string; url: string; lineNumber: number }; selfSize: number; children: ProfileNode[] }

/** Sampling-profile tree → top allocation sites by live bytes. */
export function topHeapSites(head: ProfileNode, n = 8): HeapSite[] {
  const by = new Map<string, number>();
  const walk = (node: ProfileNode) => {
    if (node.selfSize > 0) {
      const f = node.callFrame;
      const file = f.url ? f.url.split('/').pop()!.split('?')[0] : '';
      const site = `${f.functionName || '(anonymous)'}${file ? ` ${file}:${f.lineNumber + 1}` : ''}`;
      by.set(site, (by.get(site) ?? 0) + node.selfSize);
    }
    node.children.forEach(walk);
  };
  walk(head);
  return [...by].sort((a, b) => b[1] - a[1]).slice(0, n).map(([site, bytes]) => ({ site, mb: Math.round((bytes / 1048576) * 10) / 10 }));
}

/**
 * Samples while `work` runs: CDP V8 heap every `everyMs`, process RSS (all processes of `browser`),
 * and a V8 sampling heap profile taken again whenever the heap reaches a new peak (≥ 15 s apart).
 */
export async function withMemorySampling<T>(browser: Browser, page: Page, work: Promise<T>, everyMs = 1000): Promise<[T, MemoryPeaks]> {
  const peaks: MemoryPeaks = { cdpHeapMb: null, rendererRssMb: null, browserRssMb: null, heapTop: null };
  const cdp = await page.context().newCDPSession(page);
  const bcdp = await browser.newBrowserCDPSession().catch(() => null);
  await cdp.send('Performance.enable');
  const profiling = await cdp.send('HeapProfiler.startSampling', { samplingInterval: 64 * 1024 }).then(() => true, () => false);
  let lastProfile = 0;
  let profiledAt = 0;
  const result = await pollWhile(work, everyMs, async () => {
    const { metrics } = await cdp.send('Performance.getMetrics');
    const heap = (metrics.find((x: { name: string }) => x.name === 'JSHeapUsedSize')?.value ?? 0) / 1048576;
    if (heap > (peaks.cdpHeapMb ?? 0)) {
      peaks.cdpHeapMb = heap;
      if (profiling && heap > profiledAt * 1.05 && Date.now() - lastProfile > 15_000) {
        const { profile } = await cdp.send('HeapProfiler.getSamplingProfile');
        peaks.heapTop = topHeapSites(profile.head as ProfileNode);
        lastProfile = Date.now();
        profiledAt = heap;
      }
    }
    if (bcdp) {
      const { processInfo } = await bcdp.send('SystemInfo.getProcessInfo') as { processInfo: { type: string; id: number }[] };
      let renderer = 0, total = 0, any = false;
      for (const p of processInfo) {
        const mb = vmRssMb(p.id);
        if (mb === null) continue;
        any = true;
        total += mb;
        if (p.type === 'renderer') renderer = Math.max(renderer, mb);
      }
      if (any) {
        peaks.rendererRssMb = Math.max(peaks.rendererRssMb ?? 0, renderer);
        peaks.browserRssMb = Math.max(peaks.browserRssMb ?? 0, total);
      }
    }
  }, async () => {
    if (profiling) await cdp.send('HeapProfiler.stopSampling').catch(() => undefined);
    await cdp.detach().catch(() => undefined);
    await bcdp?.detach().catch(() => undefined);
  });
  return [result, peaks];
}
