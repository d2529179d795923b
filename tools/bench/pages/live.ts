/**
 * Live page: Chromium's fake webcam (a .y4m made from the clip) → the app's live loop
 * (src/live/loop.ts `LiveLoop`: MoveNet 2D → causal lifter in its worker → rep counter + cues) with our
 * MoveNet adapter, where the app's Live tab runs it (its worker on WASM) or on the page's thread.
 * Frames/s = distinct camera frames fully processed per second (capped by the camera's 30 fps); long
 * tasks = the page's thread blocked > 50 ms.
 */
import { expose, nowMs, selectBackend, type Backend } from './lib/harness';
import { loadLifter } from './lib/lifter';
import { loadOursDetector } from './lib/ours';

interface LiveOptions {
  backend: Backend; seconds: number; warmupSeconds: number; withLifter: boolean; modelBaseUrl?: string;
  /** Where MoveNet runs: 'app' = as the app's Live tab chooses (its worker on WASM), 'page' = on the page's thread. */
  detectorIn?: 'app' | 'page';
}

/** Long tasks (> 50 ms on the page's thread, PerformanceObserver 'longtask') while the loop runs. */
function watchLongTasks() {
  const ms: number[] = [];
  let on = false;
  const obs = new PerformanceObserver((l) => { if (on) for (const e of l.getEntries()) ms.push(e.duration); });
  obs.observe({ type: 'longtask', buffered: false });
  return {
    start() { on = true; ms.length = 0; },
    stop() { on = false; obs.disconnect(); return { count: ms.length, maxMs: Math.round(Math.max(0, ...ms)), totalMs: Math.round(ms.reduce((a, b) => a + b, 0)) }; },
  };
}

/** The detector the measured loop uses: the app's live choice, or the page-thread adapter. */
async function liveDetector(o: LiveOptions) {
  if ((o.detectorIn ?? 'app') === 'page') return { detector: await loadOursDetector(o.backend), where: 'page' as const };
  const { getLiveDetector } = await import('../../../src/pose2d/detector-cache');
  const { detector, inWorker } = await getLiveDetector(o.backend, 'movenet-lightning');
  return { detector, where: inWorker ? 'worker' as const : 'page' as const };
}

async function openCamera(): Promise<HTMLVideoElement> {
  const stream = await navigator.mediaDevices.getUserMedia({ video: true, audio: false });
  const video = document.createElement('video');
  video.muted = true;
  video.playsInline = true;
  video.srcObject = stream;
  document.body.appendChild(video);
  await video.play();
  return video;
}

async function live(o: LiveOptions) {
  await selectBackend(o.backend);
  const reasons: Record<string, string> = {};
  const { detector, where } = await liveDetector(o);
  const lifter = o.withLifter ? await loadLifter('live', (r) => { reasons.lifter = r; }, o.modelBaseUrl) : null;
  const video = await openCamera();
  const { LiveLoop } = await import('../../../src/live/loop');
  const loop = new LiveLoop(video, detector, lifter, { exercise: 'squat' });
  const longTasks = watchLongTasks();
  loop.start();
  await new Promise((r) => setTimeout(r, o.warmupSeconds * 1000));
  longTasks.start();
  const a = { ...loop.stats };
  const t0 = nowMs();
  await new Promise((r) => setTimeout(r, o.seconds * 1000));
  const b = { ...loop.stats };
  const ms = nowMs() - t0;
  const blocked = longTasks.stop();
  await loop.stop();
  (video.srcObject as MediaStream).getTracks().forEach((t) => t.stop());
  detector.dispose();
  await lifter?.dispose();
  const frames = b.framesProcessed - a.framesProcessed;
  return { fps: (frames * 1000) / ms, frames, withPersonFraction: Math.min(1, (b.framesWithPerson - a.framesWithPerson) / Math.max(1, frames)),
    lifted: b.framesLifted - a.framesLifted, skipped: b.framesSkipped - a.framesSkipped, detectMs: b.detectMs, liftMs: b.liftMs,
    camera: { width: video.videoWidth, height: video.videoHeight }, lifter: lifter !== null, loop: 'src/live/loop.ts LiveLoop', detectorIn: where, longTasks: blocked, reasons };
}

expose({ live: live as (o: never) => Promise<unknown> });
