/**
 * Live page: Chromium's fake webcam (a .y4m made from the clip) → the app's live loop
 * (src/live/loop.ts `LiveLoop`: MoveNet 2D → causal lifter in its worker → rep counter + cues) with our
 * MoveNet adapter. Frames/s = distinct camera frames fully processed per second (capped by the camera's
 * 30 fps).
 */
import { expose, nowMs, selectBackend, type Backend } from './lib/harness';
import { loadLifter } from './lib/lifter';
import { loadOursDetector } from './lib/ours';

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

async function live(o: LiveOptions) {
  await selectBackend(o.backend);
  const reasons: Record<string, string> = {};
  const detector = await loadOursDetector(o.backend);
  const lifter = o.withLifter ? await loadLifter('live', (r) => { reasons.lifter = r; }, o.modelBaseUrl) : null;
  const video = await openCamera();
  const { LiveLoop } = await import('../../../src/live/loop');
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

expose({ live: live as (o: never) => Promise<unknown> });
