/** Drives the app page like a user: upload through the file input, wait, read the result hook. */
import type { Page } from 'playwright-core';
import type { CoachResult } from '../../src/core/result';
import type { Progress } from '../../src/pipeline/progress';
import type { HookState } from '../../src/ui/test-hook-types';

export type DriveOutcome =
  | { ok: true; result: CoachResult; backendReason: string }
  | { ok: false; error: string; errorKind: string };

export interface DriveOptions {
  pollMs?: number;
  /**
   * Backstop for the page's own watchdog: no change of phase or frame count for this long, or a
   * page that does not answer (main thread blocked), ends the run with a 'stalled' outcome.
   */
  stallMs?: number;
}

/** Resolves with `p`, or with `onTimeout()` after `ms`. */
async function within<T>(p: Promise<T>, ms: number, onTimeout: () => T): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const t = new Promise<T>((resolve) => { timer = setTimeout(() => resolve(onTimeout()), ms); });
  try { return await Promise.race([p, t]); } finally { clearTimeout(timer); }
}

const stalled = (what: string, s: number): DriveOutcome => ({
  ok: false, errorKind: 'stalled', error: `the analysis stopped making progress (${what} for ${Math.round(s)} s); the file may be damaged or use a codec this browser cannot decode`,
});

/** Uploads `videoPath` with the page's own file input and waits until the analysis ends. */
export async function analyzeInPage(page: Page, videoPath: string, onProgress: (p: Progress) => void, opts: DriveOptions = {}): Promise<DriveOutcome> {
  const pollMs = opts.pollMs ?? 250;
  const stallMs = opts.stallMs ?? 45_000;
  await page.waitForFunction(() => window.__coach !== undefined);
  // The page may already show an earlier clip's outcome (batch, sync): wait for this upload's run.
  const before = await page.evaluate(() => window.__coach!.state().runs);
  await page.locator('[data-testid=upload]').setInputFiles(videoPath);
  await page.waitForFunction((n) => window.__coach!.state().runs > n, before);
  let lastKey = '';
  let lastChange = Date.now();
  for (;;) {
    const s = await within(page.evaluate(() => window.__coach!.state()) as Promise<HookState | null>, stallMs, () => null);
    if (!s) return stalled('the page did not answer', stallMs / 1000);
    if (s.progress) onProgress(s.progress);
    if (s.status === 'done') {
      const result = (await page.evaluate(() => window.__coach!.result())) as CoachResult;
      return { ok: true, result, backendReason: s.backend?.reason ?? '' };
    }
    if (s.status === 'error' || s.status === 'cancelled') {
      return { ok: false, error: s.error ?? 'analysis cancelled', errorKind: s.errorKind ?? 'cancelled' };
    }
    const key = `${s.progress?.phase}/${s.progress?.framesDone}`;
    if (key !== lastKey) { lastKey = key; lastChange = Date.now(); }
    else if (Date.now() - lastChange > stallMs) return stalled(`no progress at '${s.progress?.phase ?? 'starting'}'`, stallMs / 1000);
    await page.waitForTimeout(pollMs);
  }
}
