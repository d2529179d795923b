/** The current analysis job: status, progress, chosen backend, the session on screen or the error. */
import type { StateCreator } from 'zustand';
import type { Progress } from '../pipeline/progress';
import type { Session } from '../pipeline/session';
import type { BackendChoice } from '../pose2d/backend-choice';
import type { Frame2D } from '../core/types';
import type { ProgressView } from './progress-model';

export type JobStatus = 'idle' | 'running' | 'done' | 'error' | 'cancelled';

export interface JobSlice {
  status: JobStatus;
  progress: Progress | null;
  backend: BackendChoice | null;
  /** The analysed clip on screen (kept while another analysis runs), null when none. */
  session: Session | null;
  /** Human message for the banner. */
  error: string | null;
  /** Machine-readable error kind (VideoInputError kinds, or 'internal'). */
  errorKind: string | null;
  /** One progress bar and one smoothed ETA over all stages (store/progress-model.ts), null when idle. */
  progressView: ProgressView | null;
  /** The latest detected frame during an analysis (for the progress thumbnail), at most ~7 per second. */
  liveFrame: Frame2D | null;
  /** A plain information message (not an error), e.g. which of several dropped files is analysed. */
  notice: string | null;
  /** Running jobs' abort controllers (store/jobs.ts `latestJob`); not shown. */
  jobs: Partial<Record<'analysis' | 'reference' | 'live' | 'camera2', AbortController | null>>;
}

/** A fresh job's state (the running jobs' controllers are kept: they belong to store/jobs.ts). */
export const initialJob: Omit<JobSlice, 'jobs'> = {
  status: 'idle', progress: null, backend: null, session: null, error: null, errorKind: null, progressView: null, liveFrame: null, notice: null,
};

export const createJobSlice: StateCreator<JobSlice, [], [], JobSlice> = () => ({ ...initialJob, jobs: {} });
