import { errorMessage } from '../core/errors';

/** Errors from session storage with a message a user can act on. */
export class SessionStorageError extends Error {
  constructor(readonly code: 'quota' | 'unavailable' | 'not-found' | 'invalid', message: string, readonly cause?: unknown) {
    super(message);
    this.name = 'SessionStorageError';
  }
}

const MB = 1024 * 1024;

function isQuota(e: unknown): boolean {
  const name = (e as { name?: string } | null)?.name ?? '';
  return name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED' || /quota/i.test(String((e as Error)?.message ?? ''));
}

/** Turn a raw IndexedDB failure into a SessionStorageError (quota → what to do). */
export function storageError(e: unknown, what: string, bytes: number, withVideo: boolean): Error {
  if (e instanceof SessionStorageError) return e;
  if (isQuota(e)) {
    const size = bytes > 0 ? ` (about ${Math.max(0.1, Math.round((bytes / MB) * 10) / 10)} MB)` : '';
    const tip = withVideo ? 'Delete old sessions, or save without the video, and try again.' : 'Delete old sessions and try again.';
    return new SessionStorageError('quota', `Not enough browser storage to ${what}${size}. ${tip}`, e);
  }
  return new SessionStorageError('unavailable', `Could not ${what}: ${errorMessage(e)}`, e);
}
