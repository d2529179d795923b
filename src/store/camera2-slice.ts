/** A second camera of the same set: its video beside the athlete's on the one timeline, shifted by the found offset. */
import type { StateCreator } from 'zustand';
import type { SyncEstimate } from '../multiview/sync';
import type { CameraFusion } from '../pipeline/fuse-cameras';
import type { Progress } from '../pipeline/progress';
import type { Session } from '../pipeline/session';

export interface SecondCamera {
  /** File name of the second video. */
  name: string;
  /** Object URL for its `<video>`; revoked when replaced or removed. */
  url: string;
  status: 'loading' | 'ready' | 'error';
  progress: Progress | null;
  /** Human message when status is 'error'. */
  error: string | null;
  /** The most confident alignment: tB = tA + offsetS (seconds; A = the video on screen, B = this one). */
  sync: SyncEstimate | null;
  /** Every method's estimate (score, pose, flow), for the panel's details. */
  estimates: SyncEstimate[];
  /** Length of the second video, s (its last frame's time). */
  durationS: number;
  /** Both cameras' 3D fused (with the session it was made from, to go back to); null without 3D in both. */
  fusion: (Omit<CameraFusion, 'session'> & { fusedSession: Session; single: Session }) | null;
  /** Why there is no fusion, in words (null when there is one, or while loading). */
  fusionNote: string | null;
  /** Whether the review shows the fused 3D (the viewer and the form checks). */
  fused: boolean;
}

export interface Camera2Slice {
  camera2: SecondCamera | null;
}

export const initialCamera2: Camera2Slice = { camera2: null };

export const createCamera2Slice: StateCreator<Camera2Slice, [], [], Camera2Slice> = () => ({ ...initialCamera2 });
