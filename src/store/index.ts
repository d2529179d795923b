/** The one app store, built from typed slices (zustand slices pattern). */
import { create } from 'zustand';
import { createJobSlice, type JobSlice } from './job-slice';
import { createSettingsSlice, type SettingsSlice } from './settings-slice';
import { createVideoSlice, type VideoSlice } from './video-slice';

export type AppState = SettingsSlice & JobSlice & VideoSlice;

export const useAppStore = create<AppState>()((...a) => ({
  ...createSettingsSlice(...a),
  ...createJobSlice(...a),
  ...createVideoSlice(...a),
}));

export type { JobStatus } from './job-slice';
