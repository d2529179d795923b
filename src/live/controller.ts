/**
 * Live session actions (module level, one camera at a time): start/stop the camera and the loop,
 * record a set, expose `window.__coachLive`. UI state goes to `useLiveStore`; per-frame drawing goes
 * straight to the caller's `onFrame` (outside React).
 */
import type { BackendName } from '../core/result';
import { getDetector } from '../pose2d/detector-cache';
import { createPoseLifter } from '../lift3d/create';
import type { PoseLifter } from '../lift3d/types';
import { listCameras, openCamera, releaseStream } from './camera';
import { LiveLoop, type LiveFrame } from './loop';
import { SetRecorder } from './recorder';
import { initialLiveState, setLive, useLiveStore } from './store';
import type { LiveCueKind } from './cues';
import type { LiveHookState } from './types';

let stream: MediaStream | null = null;
let loop: LiveLoop | null = null;
/** The last loop, kept after Stop so its counters stay readable. */
let lastLoop: LiveLoop | null = null;
let recorder: SetRecorder | null = null;
let recordTimer = 0;
let fpsTimer = 0;
let lifter: Promise<PoseLifter | null> | null = null;
let startToken = 0;
let cuesSeen = new Set<LiveCueKind>();
let video: HTMLVideoElement | null = null;

const errorOf = (source: 'camera' | 'model' | 'recording', e: unknown) => ({
  source, name: typeof e === 'object' && e && 'name' in e ? String((e as { name: unknown }).name) : 'Error',
  message: e instanceof Error ? e.message : String(e),
});

/** Fills the camera list (labels appear once access was granted). */
export async function refreshDevices(): Promise<void> {
  try {
    const devices = await listCameras();
    const { deviceId } = useLiveStore.getState();
    setLive({ devices, deviceId: deviceId && devices.some((d) => d.deviceId === deviceId) ? deviceId : devices[0]?.deviceId ?? null });
  } catch { /* enumerateDevices failing only leaves the list empty ("Default camera") */ }
}

/** The causal lifter, loaded once; null (with a warning) when it cannot load. */
function loadLifter(): Promise<PoseLifter | null> {
  lifter ??= createPoseLifter({ mode: 'live' }).catch((e: unknown) => {
    console.warn(`live 3D lifter unavailable: ${e instanceof Error ? e.message : String(e)}`);
    lifter = null;
    return null;
  });
  return lifter;
}

/** Opens the chosen camera into `el` and starts the loop; errors land in the store (never thrown). */
export interface StartOptions {
  /** tfjs backend override (the app's setting); null = automatic choice. */
  backend?: BackendName | null;
}

/** Live always uses MoveNet Lightning (the fast model), whatever the upload setting says. */
export const LIVE_MODEL = 'movenet-lightning' as const;

export async function startLive(el: HTMLVideoElement, onFrame: (f: LiveFrame) => void, opts: StartOptions = {}): Promise<void> {
  await stopLive();
  const token = ++startToken;
  video = el;
  cuesSeen = new Set();
  setLive({ status: 'starting', error: null, warning: null, repCount: 0, phase: 'still', cue: null, fps: 0 });
  // Models load while the browser asks for the camera.
  const models = Promise.all([getDetector(opts.backend ?? null, LIVE_MODEL), loadLifter()]);
  models.catch(() => undefined);
  try {
    stream = await openCamera(useLiveStore.getState().deviceId);
  } catch (e) {
    if (token === startToken) setLive({ status: 'error', error: errorOf('camera', e) });
    return;
  }
  if (token !== startToken) { releaseStream(stream); return; }
  void refreshDevices();
  el.srcObject = stream;
  el.muted = true;
  el.playsInline = true;
  try {
    await el.play();
    const [{ detector, choice }, lift] = await models;
    if (token !== startToken) return;
    const { exercise } = useLiveStore.getState();
    loop = new LiveLoop(el, detector, lift, {
      exercise,
      onFrame: (f) => { onFrame(f); publish(f); },
      onError: (e) => setLive({ warning: `3D stopped (${e.message}); reps and cues are paused.`, lifterReady: false }),
    });
    loop.start();
    lastLoop = loop;
    fpsTimer = window.setInterval(() => setLive({ fps: Math.round((loop?.stats.fps ?? 0) * 10) / 10 }), 500);
    setLive({
      status: 'live', backend: choice.backend, lifterReady: lift !== null,
      warning: lift ? null : 'The 3D model could not load, so reps and form cues are off; the 2D skeleton still shows.',
    });
  } catch (e) {
    if (token !== startToken) return;
    releaseStream(stream);
    stream = null;
    setLive({ status: 'error', error: errorOf('model', e) });
  }
}

/** Pushes rare changes (reps, phase, cue) into the store; React re-renders only on change. */
function publish(f: LiveFrame): void {
  const s = useLiveStore.getState();
  const cue = f.cue?.kind ?? null;
  if (cue) cuesSeen.add(cue);
  if (s.repCount !== f.repCount || s.phase !== f.phase || s.cue !== cue) setLive({ repCount: f.repCount, phase: f.phase, cue });
}

/** Stops recording (kept), the loop and the camera tracks. */
export async function stopLive(): Promise<void> {
  startToken++;
  if (recorder) await toggleRecording();
  window.clearInterval(fpsTimer);
  const l = loop;
  loop = null;
  await l?.stop();
  releaseStream(stream);
  stream = null;
  if (video) video.srcObject = null;
  const s = useLiveStore.getState();
  if (s.status !== 'error') setLive({ status: 'idle', cue: null, fps: 0 });
}

/** Starts a recording, or stops it and keeps the file for "Analyse". */
export async function toggleRecording(): Promise<void> {
  if (recorder) {
    const r = recorder;
    recorder = null;
    window.clearInterval(recordTimer);
    setLive({ recording: false, recordedS: (Date.now() - r.startMs) / 1000 });
    try {
      setLive({ recordingFile: await r.stop() });
    } catch (e) {
      setLive({ recordingFile: null, recordedS: 0, warning: errorOf('recording', e).message });
    }
    return;
  }
  if (!stream) return;
  try {
    recorder = new SetRecorder(stream);
  } catch (e) {
    setLive({ warning: errorOf('recording', e).message });
    return;
  }
  const r = recorder;
  setLive({ recording: true, recordedS: 0, recordingFile: null });
  recordTimer = window.setInterval(() => setLive({ recordedS: (Date.now() - r.startMs) / 1000 }), 250);
}

/** Stops everything and returns the recording (the caller hands it to the upload pipeline). */
export async function takeRecording(): Promise<File | null> {
  await stopLive();
  return useLiveStore.getState().recordingFile;
}

/** Test/automation hook (typed in ./types). */
export function installLiveHook(): void {
  window.__coachLive = {
    state(): LiveHookState {
      const s = useLiveStore.getState();
      const st = (loop ?? lastLoop)?.stats ?? { framesProcessed: 0, framesWithPerson: 0, framesLifted: 0, framesSkipped: 0, fps: 0, detectMs: NaN, liftMs: NaN };
      const track = stream?.getVideoTracks()[0];
      return {
        ...st, status: s.status, errorName: s.error?.name ?? null, repCount: s.repCount, phase: s.phase, cue: s.cue, cuesSeen: [...cuesSeen],
        lifter: s.lifterReady, backend: s.backend, recording: s.recording, recordedBytes: recorder?.bytes ?? 0,
        recordingSize: s.recordingFile?.size ?? 0, cameraLabel: track?.label ?? null,
        videoSize: video && video.videoWidth ? { width: video.videoWidth, height: video.videoHeight } : null,
        view: (loop ?? lastLoop)?.view ?? null,
      };
    },
  };
}

/** For tests of the store: back to the initial state (keeps the loaded lifter). */
export const resetLiveState = (): void => useLiveStore.setState(initialLiveState());
