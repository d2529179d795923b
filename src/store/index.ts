/** The one app store, built from typed slices (zustand slices pattern). */
import { create } from 'zustand';
import { createCamera2Slice, type Camera2Slice } from './camera2-slice';
import { createCompareSlice, type CompareSlice } from './compare-slice';
import { createJobSlice, type JobSlice } from './job-slice';
import { createLiveSlice, type LiveSlice } from './live-slice';
import { createReviewSlice, type ReviewSlice } from './review-slice';
import { createSessionsSlice, type SessionsSlice } from './sessions-slice';
import { createSettingsSlice, type SettingsSlice } from './settings-slice';
import { createVideoSlice, type VideoSlice } from './video-slice';

export type AppState = SettingsSlice & JobSlice & VideoSlice & ReviewSlice & CompareSlice & SessionsSlice & LiveSlice & Camera2Slice;

export const useAppStore = create<AppState>()((...a) => ({
  ...createSettingsSlice(...a),
  ...createJobSlice(...a),
  ...createVideoSlice(...a),
  ...createReviewSlice(...a),
  ...createCompareSlice(...a),
  ...createSessionsSlice(...a),
  ...createLiveSlice(...a),
  ...createCamera2Slice(...a),
}));

export type { JobStatus } from './job-slice';
export type { Trim } from './review-slice';
export type { ComparisonSummary, Ghost } from './compare-slice';
