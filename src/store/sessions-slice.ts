/** Saved sessions (IndexedDB, src/sessions): the list and the session on screen. */
import type { StateCreator } from 'zustand';
import type { SessionMeta, SessionStore } from '../sessions';

export interface SessionsSlice {
  /** All sessions, newest first (metadata only). */
  sessions: SessionMeta[];
  /** The saved session the review shows (or the one being written), null when not saved. */
  sessionId: string | null;
  /** Set when a reopened session has no 3D/video etc.; shown as a note. */
  sessionNote: string | null;
  /** The IndexedDB session database, opened on first use (store/sessions.ts `sessionStore`). */
  sessionDb: Promise<SessionStore> | null;
}

export const createSessionsSlice: StateCreator<SessionsSlice, [], [], SessionsSlice> = () => ({ sessions: [], sessionId: null, sessionNote: null, sessionDb: null });
