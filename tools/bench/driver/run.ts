/**
 * Runs the selected suites for each backend (one fresh browser per backend) and assembles the result.
 * A suite that is not selected or fails leaves its metrics null, with the reason in `reasons`.
 */
import os from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { errorMessage } from '../../../src/core/errors';
import type { BenchArgs, Backend } from './args';
import { launchChromium, RequestLog } from './browser';
import { assembleBackend, type BackendRaw, type BenchResult } from './result';
import { runCold, runE2e, runLifter, runLive, runLongClip, runRace, type LiveRaw, type SuiteContext } from './suites';
import { makeFakeCameraY4m, makeLongClip } from './media';
import { round, summarize } from './stats';

/** Synthetic sequence length for the lifter throughput run (~10 min of video at 30 fps would be 18k). */
const LIFTER_FRAMES = 6000;

/** A summary without its raw runs (for long series). */
const brief = ({ runs: _runs, ...rest }: ReturnType<typeof summarize>) => rest;

export interface RunOptions {
  args: BenchArgs;
  origin: string;
  clip: string;
  media: Map<string, string>;
  tmp: string;
  log: (s: string) => void;
}

async function runOneBackend(browser: Browser, backend: Backend, first: boolean, o: RunOptions, requests: RequestLog): Promise<BackendRaw> {
  const { args, log } = o;
  const s: SuiteContext = { origin: o.origin, backend, runs: args.runs, warmup: args.warmup, frames: args.frames,
    clipUrl: '/__bench/media/clip.mp4', requests, log, lifterBaseUrl: args.lifterModels ? '/__bench/media/lifter/' : undefined, budgetS: args.budgetS,
    // other backends: e2e on the first --frames frames only (SwiftShader GPU backends are slow here)
    e2eMaxFrames: first || !args.frames ? null : args.frames,
    profileFile: args.profile === null ? undefined : args.profile || null };
  const raw: BackendRaw = { backend, reasons: {}, extra: {} };
  const want = (x: string) => args.suites.includes(x as never);
  if (want('race')) {
    log(`${backend}: detector race (${args.runs} rounds × ${args.frames || 'all'} frames)`);
    raw.race = await runRace(browser, s);
    for (const [k, v] of Object.entries(raw.race.fps)) log(`  ${k}: ${v.map((x) => x.toFixed(1)).join(' ')} fps`);
    for (const [k, v] of Object.entries(raw.race.skipped)) log(`  skipped ${k}: ${v}`);
    if (raw.race.errors.length) log(`  page errors: ${raw.race.errors.slice(0, 3).join(' | ')}`);
  } else raw.reasons.bareDetectorFps = 'race suite not selected';
  const attempt = async (key: string, suite: string, fn: () => Promise<void>) => {
    if (!want(suite)) { raw.reasons[key] = `${suite} suite not selected`; return; }
    try { await fn(); } catch (e) { raw.reasons[key] = `${suite} failed: ${errorMessage(e).split('\n')[0]}`; log(`  ${suite} failed: ${errorMessage(e)}`); }
  };
  await attempt('e2eFps', 'pipeline', async () => {
    log(`${backend}: offline pipeline end to end (${args.runs} runs, ${s.e2eMaxFrames ? `first ${s.e2eMaxFrames} frames` : 'whole clip'})`);
    const e = await runE2e(browser, s);
    raw.e2e = { fps: e.fps, stagesMs: e.stagesMs, frames: e.frames };
    if (e.hotSpots) {
      raw.extra.e2eProfile = e.hotSpots;
      for (const h of e.hotSpots.slice(0, 10)) log(`  profile: ${String(h.share).padStart(5)}% ${h.selfMs} ms  ${h.fn}  ${h.where}`);
    }
    raw.extra.e2eInfo = { note: e.note, warmMs: e.warmMs, detectedFraction: e.detectedFraction, pagePeakHeapMb: e.peakHeapMb, errors: e.errors };
    if (s.e2eMaxFrames) raw.reasons['e2eFps.frames'] = `first ${s.e2eMaxFrames} frames of the clip only`;
    if (/FAILED/.test(e.note)) raw.reasons['e2eFps.scope'] = e.note;
    log(`  e2e: ${e.fps.map((x) => x.toFixed(1)).join(' ')} fps over ${e.frames} frames (${e.note})`);
  });
  await attempt('coldStartMs', 'cold', async () => {
    const runs = Math.min(args.runs, 3);
    log(`${backend}: cold start to first skeleton (${runs} fresh contexts, each then reloaded)`);
    const c = await runCold(browser, s, runs);
    raw.cold = { coldMs: c.coldMs, cachedMs: c.cachedMs };
    raw.extra.coldInfo = { persons: c.persons, errors: c.errors };
    log(`  cold: ${c.coldMs.map((x) => x.toFixed(0)).join(' ')} ms; cached: ${c.cachedMs.map((x) => x.toFixed(0)).join(' ')} ms`);
  });
  await attempt('liveFps', 'live', async () => {
    const runs = Math.min(args.runs, 3);
    log(`${backend}: live loop on the fake webcam (${runs} × ${args.liveSeconds} s, with causal lifter; paired with the detector on the page's thread)`);
    const ls = [], onPage = [];
    for (let r = 0; r < runs; r++) {
      ls.push(await runLive(browser, s, args.liveSeconds));
      onPage.push(await runLive(browser, s, args.liveSeconds, 'page'));
    }
    const withLifter = ls.every((l) => l.lifter);
    if (withLifter) raw.live = { fps: ls.map((l) => l.fps) };
    else raw.reasons.liveFps = `causal lifter not available (${ls[0].reasons.lifter ?? 'no reason given'}); detector-only live loop in detail.live`;
    raw.extra.liveInfo = { withLifter, loop: ls[0].loop, fps: summarize(ls.map((l) => l.fps)), camera: ls[0].camera, lifted: ls.map((l) => l.lifted), skipped: ls.map((l) => l.skipped), detectMs: ls.map((l) => l.detectMs), liftMs: ls.map((l) => l.liftMs), withPersonFraction: ls.map((l) => l.withPersonFraction), errors: ls.flatMap((l) => l.errors),
      detectorIn: ls[0].detectorIn, longTasks: ls.map((l) => l.longTasks),
      pageThread: { fps: summarize(onPage.map((l) => l.fps)), longTasks: onPage.map((l) => l.longTasks), errors: onPage.flatMap((l) => l.errors) } };
    const lt = (l: LiveRaw) => `${l.longTasks.count} long tasks (max ${l.longTasks.maxMs} ms)`;
    log(`  live (detector in ${ls[0].detectorIn}): ${ls.map((l) => `${l.fps.toFixed(1)} fps, ${lt(l)}`).join('; ')} (camera ${ls[0].camera.width}×${ls[0].camera.height})`);
    log(`  live (detector on the page's thread): ${onPage.map((l) => `${l.fps.toFixed(1)} fps, ${lt(l)}`).join('; ')}`);
  });
  if (!first) raw.reasons.lifterFps = 'lifter measured on the first backend only (ORT, independent of the tfjs backend)';
  else await attempt('lifterFps', 'lifter', async () => {
    log(`${backend}: lifter in its worker (${args.runs} runs × ${LIFTER_FRAMES} synthetic frames)`);
    const l = await runLifter(browser, s, LIFTER_FRAMES);
    raw.lifter = { fps: l.fps };
    raw.extra.lifterInfo = { frames: l.frames, outFrames: l.outFrames, receptiveField: l.receptiveField, causal: l.causal,
      liveFrameMs: l.liveMs.length ? brief(summarize(l.liveMs)) : null, reasons: l.reasons, errors: l.errors };
    log(`  lifter: ${l.fps.map((x) => x.toFixed(0)).join(' ')} output frames/s`);
  });
  if (!first) raw.reasons.peakHeapMb = 'long-clip heap run on the first backend only';
  else await attempt('peakHeapMb', 'longclip', async () => {
    const long = makeLongClip(o.clip, o.tmp, args.longMinutes);
    o.media.set('long.mp4', long);
    log(`${backend}: ${args.longMinutes}-minute looped clip through the pipeline (heap sampled each second)`);
    const l = await runLongClip(browser, s, '/__bench/media/long.mp4');
    const peaks = [l.cdpPeakHeapMb, l.pagePeakHeapMb].filter((x): x is number => x !== null);
    raw.longHeapMb = peaks.length ? Math.max(...peaks) : null;
    if (raw.longHeapMb === null) raw.reasons.peakHeapMb = 'heap metrics unavailable';
    raw.extra.longClip = { note: l.note, minutes: args.longMinutes, frames: l.frames, fps: (l.frames * 1000) / l.ms, cdpPeakHeapMb: l.cdpPeakHeapMb, pagePeakHeapMb: l.pagePeakHeapMb, endHeapMb: l.endHeapMb,
      rendererRssMb: l.rendererRssMb, browserRssMb: l.browserRssMb, heapTop: l.heapTop, errors: l.errors };
    log(`  long clip: ${l.frames} frames, peak heap ${raw.longHeapMb?.toFixed(1)} MB (CDP V8 ${l.cdpPeakHeapMb?.toFixed(1)}, performance.memory ${l.pagePeakHeapMb?.toFixed(1)}), RSS renderer ${l.rendererRssMb?.toFixed(0)} MB, all processes ${l.browserRssMb?.toFixed(0)} MB`);
    if (l.heapTop) log(`  JS heap at its peak, top allocation sites: ${l.heapTop.map((h) => `${h.site} ${h.mb} MB`).join('; ')}`);
  });
  for (const k of Object.keys(raw.reasons)) if (!raw.reasons[k]) delete raw.reasons[k];
  return raw;
}

export async function runBackends(o: RunOptions): Promise<BenchResult> {
  const byBackend: BenchResult['byBackend'] = {};
  const requests = new RequestLog(o.origin);
  let browserVersion = '';
  const load = os.loadavg()[0];
  const fakeCameraY4m = o.args.suites.includes('live') ? makeFakeCameraY4m(o.clip, o.tmp) : undefined;
  for (const [i, backend] of o.args.backends.entries()) {
    const browser = await launchChromium({ webgpu: backend === 'webgpu', fakeCameraY4m });
    browserVersion = browser.version();
    try {
      byBackend[backend] = assembleBackend(await runOneBackend(browser, backend, i === 0, o, requests));
    } finally {
      await browser.close();
    }
  }
  const first = byBackend[o.args.backends[0]];
  const race = first.detail;
  const clipInfo = (race.clipInfo as BenchResult['clip']) ?? null;
  return {
    ...first,
    machine: {
      cpu: os.cpus()[0]?.model ?? 'unknown', cores: os.cpus().length, memGiB: round(os.totalmem() / 2 ** 30, 1),
      loadAvg1m: round(load, 2), os: `${os.type()} ${os.release()}`, node: process.version, browser: `Chromium ${browserVersion} (headless)`,
      note: 'shared machine: absolute numbers are noisy, ratios are paired per round',
    },
    clip: clipInfo ? { ...clipInfo, file: path.basename(o.clip) } : null,
    date: new Date().toISOString(),
    runs: o.args.runs,
    mode: o.args.mode,
    crossOriginRequests: requests.foreign,
    requestCount: requests.all.length,
    failedRequests: requests.failed,
    byBackend,
  };
}
