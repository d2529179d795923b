/** Live coach types, including the typed `window.__coachLive` test/automation hook. */
import type { CueView, LiveCue } from './cues';

export type LiveStatus = 'idle' | 'starting' | 'live' | 'error';

/** Error as the browser or a model loader gave it (`name` is the DOMException name for camera errors). */
export interface LiveError { source: 'camera' | 'model' | 'recording'; name: string; message: string }

/** Per-frame counters of the loop (mutable, read outside React). */
export interface LiveStats {
  /** Camera frames fully processed (2D detected; lifted when the lifter is loaded). */
  framesProcessed: number;
  /** Frames where a person was found. */
  framesWithPerson: number;
  /** Frames that got a 3D pose. */
  framesLifted: number;
  /** Camera frames never looked at because a newer one arrived first. */
  framesSkipped: number;
  /** Processed frames/s over the last 2 s. */
  fps: number;
  /** Smoothed stage times (ms): 2D detect (round trip when it runs in its worker), 3D lift round trip to the worker. */
  detectMs: number;
  liftMs: number;
}

export interface LiveHookState extends LiveStats {
  status: LiveStatus;
  errorName: string | null;
  repCount: number;
  phase: 'lowering' | 'rising' | 'still';
  cue: LiveCue['kind'] | null;
  /** See LiveCue.sure. */
  cueSure: boolean;
  /** Cue kinds shown since the camera started. */
  cuesSeen: LiveCue['kind'][];
  lifter: boolean;
  backend: string | null;
  /** MoveNet runs in its own worker (see LiveState.detectorInWorker). */
  detectorInWorker: boolean;
  recording: boolean;
  recordedBytes: number;
  /** Size of the last finished recording, bytes (0 when none). */
  recordingSize: number;
  cameraLabel: string | null;
  videoSize: { width: number; height: number } | null;
  /** Camera yaw, spine angle and the view-confidence gates of the last judged frame. */
  view: CueView | null;
}

export interface CoachLiveHook { state(): LiveHookState }

declare global {
  interface Window { __coachLive?: CoachLiveHook }
}
