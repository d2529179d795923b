/**
 * Two-camera time alignment: `npm run sync -- <a> <b> [--method score|pose|flow|both|all] [--setup box|line] [--json]`.
 * Runs the app's own 2D pipeline on both videos (one browser, one model load) and its optical-flow
 * motion signal, then the pure alignment methods (src/multiview/sync.ts). Prints
 * `{offsetS, method, confidence}` (tB = tA + offsetS), plus every method's estimate with --json.
 * Exit codes: 0 ok, 2 bad input (one `error:` line), 1 internal failure.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { InputError, runCli } from './lib/cli';
import { launchChromium, startPreview } from './lib/browser';
import { ensureBuilt } from './lib/build';
import { analyzeInPage } from './lib/drive';
import { parseSyncArgs, SYNC_USAGE } from './lib/sync-args';
import { repoRoot } from './lib/video-fixtures';
import { alignVideos, type SyncTrack } from '../src/multiview/sync';
import { syncTrackOf } from '../src/multiview/track';
import { sessionFromResult } from '../src/pipeline/session-json';

const log = (s: string) => process.stderr.write(`${s}\n`);

function checkInput(file: string): string {
  const abs = path.resolve(file);
  if (!fs.existsSync(abs) || !fs.statSync(abs).isFile()) throw new InputError(`no such file: ${file}`);
  return abs;
}

/** The video's per-frame flow motion, computed in the page from the file's bytes (served same-origin). */
async function motionInPage(page: Page, file: string): Promise<{ tS: number[]; motion: number[] }> {
  const route = `/__sync/${encodeURIComponent(path.basename(file))}`;
  await page.route(`**${route}`, (r) => r.fulfill({ body: fs.readFileSync(file), contentType: 'application/octet-stream' }));
  return page.evaluate(async ({ route, name }) => {
    const bytes = await (await fetch(route)).arrayBuffer();
    return window.__coach!.motionSignal(bytes, name);
  }, { route, name: path.basename(file) });
}

async function track(page: Page, file: string, withFlow: boolean): Promise<SyncTrack> {
  log(`2D: ${path.basename(file)}`);
  const out = await analyzeInPage(page, file, () => undefined);
  if (!out.ok) throw out.errorKind === 'internal' ? new Error(out.error) : new InputError(`${path.basename(file)}: ${out.error}`);
  const { track: t, video } = sessionFromResult(out.result);
  if (!withFlow) return syncTrackOf(t, video.height);
  log(`optical flow: ${path.basename(file)}`);
  const m = await motionInPage(page, file);
  // Same decoder, same frames: the flow series lines up with the 2D track's frames one to one.
  if (m.motion.length === t.frames) return syncTrackOf(t, video.height, m.motion);
  log(`warning: the flow saw ${m.motion.length} frames and the 2D ${t.frames}; flow left out`);
  return syncTrackOf(t, video.height);
}

async function run(argv: string[]): Promise<number> {
  const args = parseSyncArgs(argv);
  if (args === 'help') { log(SYNC_USAGE); return 0; }
  const a = checkInput(args.a);
  const b = checkInput(args.b);
  ensureBuilt(repoRoot, log);
  const { server, url } = await startPreview(repoRoot);
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ serviceWorkers: 'block' }); // the PWA's offline cache is for people, not for one-off CLI runs
    page.on('pageerror', (e) => log(`page error: ${e.message}`));
    await page.goto(`${url}/?${new URLSearchParams({ lift: '0', ...(args.backend ? { backend: args.backend } : {}) })}`);
    const withFlow = args.methods.includes('flow');
    const ta = await track(page, a, withFlow);
    const tb = await track(page, b, withFlow);
    const { best, all } = alignVideos(ta, tb, args.methods, args.setup);
    const round = (x: number | null) => (x === null ? null : Math.round(x * 1000) / 1000);
    const answer = { offsetS: round(best.offsetS), method: best.method, confidence: Math.round(best.confidence * 100) / 100 };
    if (args.json) process.stdout.write(JSON.stringify({ ...answer, methods: all.map((e) => ({ ...e, offsetS: round(e.offsetS), confidence: Math.round(e.confidence * 100) / 100 })) }) + '\n');
    else {
      for (const e of all) log(`${e.method.padEnd(5)} ${e.offsetS === null ? '   —   ' : `${e.offsetS >= 0 ? '+' : ''}${e.offsetS.toFixed(3)} s`}  confidence ${e.confidence.toFixed(2)}  (${e.detail})`);
      process.stdout.write(JSON.stringify(answer) + '\n');
    }
    return best.offsetS === null ? 2 : 0;
  } finally {
    await browser.close();
    await server.close();
  }
}

runCli(run, SYNC_USAGE);
