/** The live coach's slice: UI state (`live`) and the running camera loop's resources (`liveRuntime`). */
import type { StateCreator } from 'zustand';
import type { Exercise } from '../analysis/types';
import type { PoseLifter } from '../lift3d/types';
import type { CameraDevice } from '../live/camera';
import type { LiveCueKind } from '../live/cues';
import type { LiveLoop } from '../live/loop';
import type { SetRecorder } from '../live/recorder';
import type { LiveError, LiveStatus } from '../live/types';

export interface LiveState {
  status: LiveStatus;
  error: LiveError | null;
  /** Non-fatal problem shown under the preview (e.g. no 3D lifter: reps cannot be counted). */
  warning: string | null;
  devices: CameraDevice[];
  deviceId: string | null;
  exercise: Exercise;
  repCount: number;
  phase: 'lowering' | 'rising' | 'still';
  cue: LiveCueKind | null;
  /** The cue's check is judged from this view (red banner, spoken); false: a quiet "possible" line. */
  cueSure: boolean;
  speakCues: boolean;
  /** Processed frames/s, refreshed twice a second. */
  fps: number;
  recording: boolean;
  recordedS: number;
  recordingFile: File | null;
  backend: string | null;
  /** MoveNet runs in its own worker (the WASM choice), not on the page's thread. */
  detectorInWorker: boolean;
  lifterReady: boolean;
}

/** What a running camera session holds (not rendered; per-frame data stays in the loop). */
export interface LiveRuntime {
  stream: MediaStream | null;
  loop: LiveLoop | null;
  /** The last loop, kept after Stop so its counters stay readable. */
  lastLoop: LiveLoop | null;
  recorder: SetRecorder | null;
  recordTimer: number;
  fpsTimer: number;
  /** The causal lifter, loaded once and kept between camera sessions. */
  lifter: Promise<PoseLifter | null> | null;
  cuesSeen: ReadonlySet<LiveCueKind>;
  video: HTMLVideoElement | null;
}

export interface LiveSlice {
  live: LiveState;
  liveRuntime: LiveRuntime;
}

export const initialLiveState = (): LiveState => ({
  status: 'idle', error: null, warning: null, devices: [], deviceId: null, exercise: 'squat', repCount: 0, phase: 'still', cue: null, cueSure: false,
  speakCues: false, fps: 0, recording: false, recordedS: 0, recordingFile: null, backend: null, detectorInWorker: false, lifterReady: false,
});

export const initialLiveRuntime = (): LiveRuntime => ({
  stream: null, loop: null, lastLoop: null, recorder: null, recordTimer: 0, fpsTimer: 0, lifter: null, cuesSeen: new Set(), video: null,
});

export const createLiveSlice: StateCreator<LiveSlice, [], [], LiveSlice> = () => ({ live: initialLiveState(), liveRuntime: initialLiveRuntime() });
