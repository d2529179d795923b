/**
 * The README's run command, as a new user runs it: `npm run dev` on a cold dependency cache, the page
 * opened in Chromium, a real clip analysed, and the server still alive afterwards with no error printed.
 * (Every other spec uses the preview build; this one guards the dev server a newcomer meets first.)
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { CLIPS, clipPath, CoachApp, expectNoLeaks, hasSharedVideos, repoRoot, SKIP_MESSAGE, watchPage } from './app';

test.skip(!hasSharedVideos, SKIP_MESSAGE);

/** Vite's pre-bundle cache: removed so the optimiser runs from scratch, as on a fresh clone. */
const viteCache = path.join(repoRoot, 'node_modules/.vite');

/** Lines of the dev server's output that mean trouble (the crash this spec guards, a mid-session reload, any error). */
const BAD_LINE = /error|missing_export|new dependencies optimized|optimized dependencies changed|reloading/i;

// eslint-disable-next-line no-control-regex
const ANSI = /\x1b\[[0-9;]*m/g;

/** picocolors treats any FORCE_COLOR (even "0") as "use colour"; drop it so NO_COLOR wins. */
function withoutColorForcing(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const { FORCE_COLOR: _ignored, ...rest } = env;
  return rest;
}

let running: ChildProcess | null = null;

/** Stops `npm run dev` and the vite it started (one process group); also after a timed-out test. */
function stopDev(): void {
  if (running?.pid && running.exitCode === null) try { process.kill(-running.pid, 'SIGTERM'); } catch { /* already gone */ }
  running = null;
}

test.afterEach(stopDev);

function startDev(): { child: ChildProcess; output: () => string; url: Promise<string>; died: Promise<never> } {
  let out = '';
  // `npm run dev`, exactly as the README says (own process group so the test can stop vite and npm together).
  const child = running = spawn('npm', ['run', 'dev'], { cwd: repoRoot, detached: true, env: { ...withoutColorForcing(process.env), NO_COLOR: '1', BROWSER: 'none' } });
  const url = new Promise<string>((resolve, reject) => {
    const onData = (d: Buffer) => {
      out += d.toString().replace(ANSI, '');
      const m = /Local:\s+(http:\/\/localhost:\d+)\//.exec(out);
      if (m) resolve(m[1]);
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.on('exit', (code) => reject(new Error(`npm run dev exited with ${code} before it was ready:\n${out}`)));
  });
  const died = new Promise<never>((_, reject) => child.on('exit', (code) => reject(new Error(`npm run dev died (exit ${code}):\n${out}`))));
  died.catch(() => undefined);
  return { child, output: () => out, url, died };
}

test('npm run dev on a cold cache serves the app, analyses a real clip and stays up', async ({ page }) => {
  test.setTimeout(300_000);
  fs.rmSync(viteCache, { recursive: true, force: true });
  const dev = startDev();
  try {
    const origin = await dev.url;
    const watch = watchPage(page);
    await page.goto(origin);
    // A crash of the server fails the test at once instead of after the page's timeouts.
    await Promise.race([dev.died, page.waitForFunction(() => window.__coach !== undefined, null, { timeout: 120_000 })]);

    const app = new CoachApp(page);
    const s = await Promise.race([dev.died, app.upload(clipPath(CLIPS.squat), 240_000)]);
    expect(s.error).toBeNull();
    expect(s.status).toBe('done');
    const frames = (await app.result()).frames.length;
    expect(frames).toBeGreaterThan(100);
    await page.getByTestId('scrub').fill(String(Math.floor(frames / 2)));
    await expect.poll(() => app.overlayInkPixels()).toBeGreaterThan(500);

    // Still serving, with nothing alarming printed (no crash, no re-optimisation reload mid-session).
    expect(dev.child.exitCode, dev.output()).toBeNull();
    expect((await page.request.get(origin)).status()).toBe(200);
    const bad = dev.output().split('\n').filter((l) => BAD_LINE.test(l));
    expect(bad, dev.output()).toEqual([]);
    expectNoLeaks(watch);
  } finally {
    stopDev();
  }
});
