/** Reference comparison: the gold-standard clip, the report (as the panel shows it) and the ghost. */
import type { StateCreator } from 'zustand';
import type { Progress } from '../pipeline/progress';
import type { Session } from '../pipeline/session';

/** The comparison as the panel shows it (structurally the coach UI's `ComparisonView`). */
export interface ComparisonSummary {
  /** 0..100, higher = closer to the reference. */
  score: number;
  /** Per joint group: distance per user frame (cm, null outside reps) and the mean (cm). */
  groups: { group: string; diffCm: (number | null)[]; meanCm: number }[];
  /** Worst moments: time on the user's clip (s), group, distance (cm), words. */
  worst: { tS: number; group: string; diffCm: number; text: string }[];
  summary: string;
}

export interface Ghost {
  /** Reference poses, frames × 17 × 3 (analysis ground frame, y up, pelvis-relative), metres. */
  pose: Float32Array;
  /** Per *user* frame: where to put the reference pelvis (metres), NaN = no matched frame. */
  root: Float32Array;
  /** Per user frame: the matched reference frame, −1 outside reps. */
  matched: readonly number[];
}

export interface CompareSlice {
  reference: { name: string; source: 'video' | 'session' } | null;
  compareStatus: 'idle' | 'loading' | 'ready' | 'error';
  compareError: string | null;
  compareProgress: Progress | null;
  comparison: ComparisonSummary | null;
  ghost: Ghost | null;
  /** Object URL of the reference video (played beside the athlete's, time-warped), null when none is available. */
  referenceUrl: string | null;
  /** The reference's session (its frame times and 2D keypoints for the overlay), null when none. */
  referenceSession: Session | null;
}

export const initialCompare: CompareSlice = {
  reference: null, compareStatus: 'idle', compareError: null, compareProgress: null, comparison: null, ghost: null, referenceUrl: null, referenceSession: null,
};

export const createCompareSlice: StateCreator<CompareSlice, [], [], CompareSlice> = () => ({ ...initialCompare });
