/** The live coach's own small zustand store (UI state only; per-frame data stays in the loop). */
import { create } from 'zustand';
import type { Exercise } from '../analysis/types';
import type { LiveCueKind } from './cues';
import type { CameraDevice } from './camera';
import type { LiveError, LiveStatus } from './types';

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
  speakCues: boolean;
  /** Processed frames/s, refreshed twice a second. */
  fps: number;
  recording: boolean;
  recordedS: number;
  recordingFile: File | null;
  backend: string | null;
  lifterReady: boolean;
}

export const initialLiveState = (): LiveState => ({
  status: 'idle', error: null, warning: null, devices: [], deviceId: null, exercise: 'squat', repCount: 0, phase: 'still', cue: null,
  speakCues: false, fps: 0, recording: false, recordedS: 0, recordingFile: null, backend: null, lifterReady: false,
});

export const useLiveStore = create<LiveState>()(() => initialLiveState());

export const setLive = (patch: Partial<LiveState>): void => useLiveStore.setState(patch);
