/**
 * Live session actions (one camera at a time): start/stop the camera and the loop, record a set,
 * expose `window.__coachLive`. UI state goes to the store's `live` slice, the camera session's
 * resources to `liveRuntime`; per-frame drawing goes straight to the caller's `onFrame` (outside React).
 */
import { errorMessage } from '../core/errors';
import type { BackendName } from '../core/result';
import { createPoseLifter } from '../lift3d/create';
import type { PoseLifter } from '../lift3d/types';
import { listCameras, openCamera, releaseStream } from '../live/camera';
import { LiveLoop, type LiveFrame } from '../live/loop';
import { SetRecorder } from '../live/recorder';
import type { LiveHookState } from '../live/types';
import { getLiveDetector } from '../pose2d/detector-cache';
import { dropJob, latestJob } from './jobs';
import type { LiveRuntime, LiveState } from './live-slice';
import { useAppStore } from './index';

export const setLive = (patch: Partial<LiveState>): void => useAppStore.setState((s) => ({ live: { ...s.live, ...patch } }));
const live = (): LiveState => useAppStore.getState().live;
const rt = (): LiveRuntime => useAppStore.getState().liveRuntime;
const setRuntime = (patch: Partial<LiveRuntime>): void => useAppStore.setState((s) => ({ liveRuntime: { ...s.liveRuntime, ...patch } }));

const errorOf = (source: 'camera' | 'model' | 'recording', e: unknown) => ({
  source, name: typeof e === 'object' && e && 'name' in e ? String((e as { name: unknown }).name) : 'Error', message: errorMessage(e),
});

/** Fills the camera list (labels appear once access was granted). */
export async function refreshDevices(): Promise<void> {
  try {
    const devices = await listCameras();
    const { deviceId } = live();
    setLive({ devices, deviceId: deviceId && devices.some((d) => d.deviceId === deviceId) ? deviceId : devices[0]?.deviceId ?? null });
  } catch { /* enumerateDevices failing only leaves the list empty ("Default camera") */ }
}

/** The causal lifter, loaded once; null (with a warning) when it cannot load. */
function loadLifter(): Promise<PoseLifter | null> {
  const have = rt().lifter;
  if (have) return have;
  const lifter = createPoseLifter({ mode: 'live' }).catch((e: unknown) => {
    console.warn(`live 3D lifter unavailable: ${errorMessage(e)}`);
    setRuntime({ lifter: null });
    return null;
  });
  setRuntime({ lifter });
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
  const job = latestJob('live');
  setRuntime({ video: el, cuesSeen: new Set() });
  setLive({ status: 'starting', error: null, warning: null, repCount: 0, phase: 'still', cue: null, fps: 0 });
  // Models load while the browser asks for the camera.
  const models = Promise.all([getLiveDetector(opts.backend ?? null, LIVE_MODEL), loadLifter()]);
  models.catch(() => undefined);
  let stream: MediaStream;
  try {
    stream = await openCamera(live().deviceId);
  } catch (e) {
    if (job.isLatest()) setLive({ status: 'error', error: errorOf('camera', e) });
    job.done();
    return;
  }
  if (!job.isLatest()) { releaseStream(stream); return; }
  setRuntime({ stream });
  void refreshDevices();
  el.srcObject = stream;
  el.muted = true;
  el.playsInline = true;
  try {
    await el.play();
    const [{ detector, choice, inWorker }, lift] = await models;
    if (!job.isLatest()) return;
    const loop = new LiveLoop(el, detector, lift, {
      exercise: live().exercise,
      onFrame: (f) => { onFrame(f); publish(f); },
      onError: (e) => setLive({ warning: `3D stopped (${e.message}); reps and cues are paused.`, lifterReady: false }),
    });
    loop.start();
    const fpsTimer = window.setInterval(() => setLive({ fps: Math.round((rt().loop?.stats.fps ?? 0) * 10) / 10 }), 500);
    setRuntime({ loop, lastLoop: loop, fpsTimer });
    setLive({
      status: 'live', backend: choice.backend, detectorInWorker: inWorker, lifterReady: lift !== null,
      warning: lift ? null : 'The 3D model could not load, so reps and form cues are off; the 2D skeleton still shows.',
    });
  } catch (e) {
    if (!job.isLatest()) return;
    releaseStream(stream);
    setRuntime({ stream: null });
    setLive({ status: 'error', error: errorOf('model', e) });
  }
}

/** Pushes rare changes (reps, phase, cue) into the store; React re-renders only on change. */
function publish(f: LiveFrame): void {
  const s = live();
  const cue = f.cue?.kind ?? null;
  const cueSure = f.cue?.sure ?? false;
  if (cue && !rt().cuesSeen.has(cue)) setRuntime({ cuesSeen: new Set([...rt().cuesSeen, cue]) });
  if (s.repCount !== f.repCount || s.phase !== f.phase || s.cue !== cue || s.cueSure !== cueSure) setLive({ repCount: f.repCount, phase: f.phase, cue, cueSure });
}

/** Stops recording (kept), the loop and the camera tracks. */
export async function stopLive(): Promise<void> {
  dropJob('live'); // a start still waiting for the camera gives up
  if (rt().recorder) await toggleRecording();
  const { loop, stream, video, fpsTimer } = rt();
  window.clearInterval(fpsTimer);
  setRuntime({ loop: null, stream: null, fpsTimer: 0 });
  await loop?.stop();
  releaseStream(stream);
  if (video) video.srcObject = null;
  if (live().status !== 'error') setLive({ status: 'idle', cue: null, fps: 0 });
}

/** Starts a recording, or stops it and keeps the file for "Analyse". */
export async function toggleRecording(): Promise<void> {
  const { recorder, stream } = rt();
  if (recorder) {
    window.clearInterval(rt().recordTimer);
    setRuntime({ recorder: null, recordTimer: 0 });
    setLive({ recording: false, recordedS: (Date.now() - recorder.startMs) / 1000 });
    try {
      setLive({ recordingFile: await recorder.stop() });
    } catch (e) {
      setLive({ recordingFile: null, recordedS: 0, warning: errorOf('recording', e).message });
    }
    return;
  }
  if (!stream) return;
  let r: SetRecorder;
  try {
    r = new SetRecorder(stream);
  } catch (e) {
    setLive({ warning: errorOf('recording', e).message });
    return;
  }
  setLive({ recording: true, recordedS: 0, recordingFile: null });
  setRuntime({ recorder: r, recordTimer: window.setInterval(() => setLive({ recordedS: (Date.now() - r.startMs) / 1000 }), 250) });
}

/** Stops everything and returns the recording (the caller hands it to the upload pipeline). */
export async function takeRecording(): Promise<File | null> {
  await stopLive();
  return live().recordingFile;
}

/** Test/automation hook (typed in live/types.ts). */
export function installLiveHook(): void {
  window.__coachLive = {
    state(): LiveHookState {
      const s = live();
      const { loop, lastLoop, stream, recorder, video, cuesSeen } = rt();
      const st = (loop ?? lastLoop)?.stats ?? { framesProcessed: 0, framesWithPerson: 0, framesLifted: 0, framesSkipped: 0, fps: 0, detectMs: NaN, liftMs: NaN };
      const track = stream?.getVideoTracks()[0];
      return {
        ...st, status: s.status, errorName: s.error?.name ?? null, repCount: s.repCount, phase: s.phase, cue: s.cue, cueSure: s.cueSure, cuesSeen: [...cuesSeen],
        lifter: s.lifterReady, backend: s.backend, detectorInWorker: s.detectorInWorker, recording: s.recording, recordedBytes: recorder?.bytes ?? 0,
        recordingSize: s.recordingFile?.size ?? 0, cameraLabel: track?.label ?? null,
        videoSize: video && video.videoWidth ? { width: video.videoWidth, height: video.videoHeight } : null,
        view: (loop ?? lastLoop)?.view ?? null,
      };
    },
  };
}
