/** Drives the app page like a user: upload through the file input, wait, read the result hook. */
import type { Page } from 'playwright-core';
import type { CoachResult } from '../../src/core/result';
import type { Progress } from '../../src/pipeline/progress';
import type { HookState } from '../../src/ui/test-hook-types';

export type DriveOutcome =
  | { ok: true; result: CoachResult; backendReason: string }
  | { ok: false; error: string; errorKind: string };

/** Uploads `videoPath` with the page's own file input and waits until the analysis ends. */
export async function analyzeInPage(page: Page, videoPath: string, onProgress: (p: Progress) => void, pollMs = 250): Promise<DriveOutcome> {
  await page.waitForFunction(() => window.__coach !== undefined);
  await page.locator('[data-testid=upload]').setInputFiles(videoPath);
  await page.waitForFunction(() => window.__coach!.state().status !== 'idle');
  for (;;) {
    const s = (await page.evaluate(() => window.__coach!.state())) as HookState;
    if (s.progress) onProgress(s.progress);
    if (s.status === 'done') {
      const result = (await page.evaluate(() => window.__coach!.result())) as CoachResult;
      return { ok: true, result, backendReason: s.backend?.reason ?? '' };
    }
    if (s.status === 'error' || s.status === 'cancelled') {
      return { ok: false, error: s.error ?? 'analysis cancelled', errorKind: s.errorKind ?? 'cancelled' };
    }
    await page.waitForTimeout(pollMs);
  }
}
