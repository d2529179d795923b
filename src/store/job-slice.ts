/** The current analysis job: status, progress, chosen backend, result or error. */
import type { StateCreator } from 'zustand';
import type { CoachResult } from '../core/result';
import type { Progress } from '../pipeline/progress';
import type { BackendChoice } from '../pose2d/backend-choice';

export type JobStatus = 'idle' | 'running' | 'done' | 'error' | 'cancelled';

export interface JobSlice {
  status: JobStatus;
  progress: Progress | null;
  backend: BackendChoice | null;
  result: CoachResult | null;
  /** Human message for the banner. */
  error: string | null;
  /** Machine-readable error kind (VideoInputError kinds, or 'internal'). */
  errorKind: string | null;
}

export const initialJob: JobSlice = { status: 'idle', progress: null, backend: null, result: null, error: null, errorKind: null };

export const createJobSlice: StateCreator<JobSlice, [], [], JobSlice> = () => ({ ...initialJob });
