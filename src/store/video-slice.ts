/** The loaded video and the playback position (written by the player loop, read by overlays). */
import type { StateCreator } from 'zustand';

export interface VideoSlice {
  fileName: string | null;
  /** Object URL for `<video>` playback; revoked when replaced. */
  videoUrl: string | null;
  /** Current playback time in ms (presentation time of the shown frame). */
  currentTimeMs: number;
  /** Index of the session frame shown, or -1. */
  currentFrame: number;
  /** The player (store/playback.ts): the registered `<video>` element and the clock's rAF id (0 = stopped). Not rendered. */
  player: { element: HTMLVideoElement | null; clockRaf: number };
}

/** A new clip's video state (the player element stays registered). */
export const initialVideo: Omit<VideoSlice, 'player'> = { fileName: null, videoUrl: null, currentTimeMs: 0, currentFrame: -1 };

export const createVideoSlice: StateCreator<VideoSlice, [], [], VideoSlice> = () => ({ ...initialVideo, player: { element: null, clockRaf: 0 } });
