/**
 * Headless Debian Chromium for the benchmark (playwright-core; never a downloaded browser), with a
 * request log that counts any request leaving the page's origin, and CDP heap sampling.
 */
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

/** Poll the heap every `everyMs` while `work` runs; resolves to [work result, peak MB]. */
export async function withHeapSampling<T>(page: Page, work: Promise<T>, everyMs = 500): Promise<[T, number | null]> {
  let peak: number | null = null;
  let done = false;
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  const loop = (async () => {
    while (!done) {
      try {
        const { metrics } = await cdp.send('Performance.getMetrics');
        const m = metrics.find((x: { name: string }) => x.name === 'JSHeapUsedSize');
        if (m) peak = Math.max(peak ?? 0, m.value / 1048576);
      } catch { /* page busy or closing */ }
      await new Promise((r) => setTimeout(r, everyMs));
    }
  })();
  try {
    return [await work, peak];
  } finally {
    done = true;
    await loop;
    await cdp.detach().catch(() => undefined);
  }
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
