/** The loaded video and the playback position (written by the player loop, read by overlays). */
import type { StateCreator } from 'zustand';

export interface VideoSlice {
  fileName: string | null;
  /** Object URL for `<video>` playback; revoked when replaced. */
  videoUrl: string | null;
  /** Current playback time in ms (presentation time of the shown frame). */
  currentTimeMs: number;
  /** Index of the result frame shown, or -1. */
  currentFrame: number;
}

export const initialVideo: VideoSlice = { fileName: null, videoUrl: null, currentTimeMs: 0, currentFrame: -1 };

export const createVideoSlice: StateCreator<VideoSlice, [], [], VideoSlice> = () => ({ ...initialVideo });
