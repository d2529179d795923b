/** The review screen: the (re-run) analysis, what the 3D view and charts show, playback state. */
import type { StateCreator } from 'zustand';
import type { Analysis } from '../analysis';
import type { OtherMotion } from './people-3d';
import type { ChartSignals, DisplayMotion } from './review-model';
import type { VideoTruth } from '../eval/truth';
import type { VideoKeypointReport } from '../eval/video-eval';

/** A truth file the user loaded for the reviewed clip, and the clip's keypoints scored against it. */
export interface Accuracy { file: string; truth: VideoTruth; report: VideoKeypointReport }

/** User trim of the active span, seconds from the first frame; undefined = automatic. */
export interface Trim { startS?: number; endS?: number }

export interface ReviewSlice {
  /** Current analysis (after the user's exercise/trim choice), null without 3D or when it failed. */
  analysis: Analysis | null;
  /** Per-frame poses for the 3D view (floor at y = 0). */
  motion: DisplayMotion | null;
  /** People mode: everyone else, in the same frame, where they stand relative to the athlete ([] otherwise). */
  others: OtherMotion[];
  signals: ChartSignals | null;
  /** Per-frame presentation times, seconds. */
  frameTimes: Float64Array;
  trim: Trim;
  playing: boolean;
  /** Playback rate 0.25..2. */
  speed: number;
  /** Why the last re-analysis failed (shown in the coaching panel), or null. */
  reviewError: string | null;
  /**
   * When the chosen exercise finds no reps but the detected one does: what to suggest instead
   * (shown instead of "no form issues"), else null.
   */
  exerciseSuggestion: { exercise: string; repCount: number } | null;
  /** The Accuracy tab: the loaded truth and its scores (null until a file is loaded), or why the file was refused. */
  accuracy: Accuracy | null;
  accuracyError: string | null;
  /** Which top-level screen is shown. */
  screen: 'analyse' | 'sessions' | 'live';
}

export const initialReview: Omit<ReviewSlice, 'screen'> = {
  analysis: null, motion: null, others: [], signals: null, frameTimes: new Float64Array(0), trim: {}, playing: false, speed: 1, reviewError: null, exerciseSuggestion: null, accuracy: null, accuracyError: null,
};

export const createReviewSlice: StateCreator<ReviewSlice, [], [], ReviewSlice> = () => ({ ...initialReview, screen: 'analyse' });
