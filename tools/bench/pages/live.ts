/**
 * Live page: Chromium's fake webcam (a .y4m made from the clip) → the app's live loop
 * (src/live/loop.ts `LiveLoop`: MoveNet 2D → causal lifter in its worker → rep counter + cues) with our
 * MoveNet adapter. Frames/s = distinct camera frames fully processed per second (capped by the camera's
 * 30 fps). Before the app's loop exists, a plain detect → liftFrame loop stands in.
 */
import { expose, nowMs, selectBackend, type Backend } from './lib/harness';
import { loadLifter } from './lib/lifter';
import { loadOursDetector } from './lib/ours';

interface LiveStats { framesProcessed: number; framesWithPerson: number; framesLifted: number; framesSkipped: number; detectMs: number; liftMs: number }
interface LoopModule {
  LiveLoop: new (video: HTMLVideoElement, detector: unknown, lifter: unknown, o?: Record<string, unknown>) => { readonly stats: LiveStats; start(): void; stop(): Promise<void> };
}
const loopModules = import.meta.glob<LoopModule>('../../../src/live/loop.ts');

interface LiveOptions { backend: Backend; seconds: number; warmupSeconds: number; withLifter: boolean; modelBaseUrl?: string }

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

function nextFrame(video: HTMLVideoElement): Promise<number> {
  return new Promise((resolve) => video.requestVideoFrameCallback((_now, meta) => resolve(meta.mediaTime * 1000)));
}

async function live(o: LiveOptions) {
  await selectBackend(o.backend);
  const reasons: Record<string, string> = {};
  const detector = await loadOursDetector(o.backend, (r) => { reasons.detector = r; });
  if (!detector) throw new Error(reasons.detector);
  const lifter = o.withLifter ? await loadLifter('live', (r) => { reasons.lifter = r; }, o.modelBaseUrl) : null;
  const video = await openCamera();
  const load = loopModules['../../../src/live/loop.ts'];
  if (load) {
    const { LiveLoop } = await load();
    const loop = new LiveLoop(video, detector, lifter, { exercise: 'squat' });
    loop.start();
    await new Promise((r) => setTimeout(r, o.warmupSeconds * 1000));
    const a = { ...loop.stats };
    const t0 = nowMs();
    await new Promise((r) => setTimeout(r, o.seconds * 1000));
    const b = { ...loop.stats };
    const ms = nowMs() - t0;
    await loop.stop();
    (video.srcObject as MediaStream).getTracks().forEach((t) => t.stop());
    detector.dispose();
    await lifter?.dispose();
    const frames = b.framesProcessed - a.framesProcessed;
    return { fps: (frames * 1000) / ms, frames, withPersonFraction: Math.min(1, (b.framesWithPerson - a.framesWithPerson) / Math.max(1, frames)),
      lifted: b.framesLifted - a.framesLifted, skipped: b.framesSkipped - a.framesSkipped, detectMs: b.detectMs, liftMs: b.liftMs,
      camera: { width: video.videoWidth, height: video.videoHeight }, lifter: lifter !== null, loop: 'src/live/loop.ts LiveLoop', reasons };
  }
  const size = { width: video.videoWidth, height: video.videoHeight };
  const kp = new Float32Array(17 * 3);
  const step = async () => {
    const tMs = await nextFrame(video);
    const persons = await detector.estimate(video, tMs);
    const p = persons[0];
    if (lifter) {
      kp.fill(0);
      if (p?.keypoints2d) Array.from(p.keypoints2d).forEach((k, j) => kp.set([k[0], k[1], k[2]], j * 3));
      await lifter.liftFrame(kp, size);
    }
    return p ? 1 : 0;
  };
  const tw = nowMs();
  while (nowMs() - tw < o.warmupSeconds * 1000) await step();
  let frames = 0;
  let withPerson = 0;
  const t0 = nowMs();
  while (nowMs() - t0 < o.seconds * 1000) { withPerson += await step(); frames++; }
  const fps = (frames * 1000) / (nowMs() - t0);
  (video.srcObject as MediaStream).getTracks().forEach((t) => t.stop());
  detector.dispose();
  await lifter?.dispose();
  return { fps, frames, withPersonFraction: withPerson / Math.max(1, frames), camera: size, lifter: lifter !== null, loop: 'bench stand-in (src/live/loop.ts absent)', reasons };
}

expose({ live: live as (o: never) => Promise<unknown> });
