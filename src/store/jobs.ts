/**
 * "Only the latest counts" cancellation, the one pattern for every action that a newer one replaces
 * (an analysis, a reference load, starting the camera): starting a job aborts the previous job of the
 * same kind; a finished or replaced job's late callbacks check `isLatest()` and do nothing. The
 * controllers live in the store (`jobs`), not in module variables.
 */
import { useAppStore } from './index';

export type JobKind = 'analysis' | 'reference' | 'live' | 'camera2';

export interface Job {
  readonly signal: AbortSignal;
  /** False once a newer job of the same kind started or this one was cancelled/finished. */
  isLatest(): boolean;
  /** Marks the job finished (keeps a newer job untouched). */
  done(): void;
}

const setJob = (kind: JobKind, ctl: AbortController | null) => useAppStore.setState((s) => ({ jobs: { ...s.jobs, [kind]: ctl } }));

/** Starts a job of `kind`, aborting the one before it. */
export function latestJob(kind: JobKind): Job {
  useAppStore.getState().jobs[kind]?.abort();
  const ctl = new AbortController();
  setJob(kind, ctl);
  const isLatest = () => useAppStore.getState().jobs[kind] === ctl;
  return { signal: ctl.signal, isLatest, done: () => { if (isLatest()) setJob(kind, null); } };
}

/** Aborts the running job of `kind`, if any (it stays the latest, so it can report "cancelled"). */
export function cancelJob(kind: JobKind): void {
  useAppStore.getState().jobs[kind]?.abort();
}

/** Aborts the job of `kind` and forgets it: its late callbacks see `isLatest()` false. */
export function dropJob(kind: JobKind): void {
  useAppStore.getState().jobs[kind]?.abort();
  setJob(kind, null);
}

/** True while a job of `kind` runs. */
export const jobRunning = (kind: JobKind): boolean => !!useAppStore.getState().jobs[kind];
