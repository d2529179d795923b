export { openSessionStore, storageEstimate, cleanName, DB_NAME, CHUNK } from './idb';
export { SessionStorageError, storageError } from './errors';
export type {
  BeginSessionInput, Checkpoint, CheckpointOptions, KeptFrames, SaveSessionInput, SessionMeta, SessionSettings,
  SessionStore, StoredSession, VideoFingerprint,
} from './types';
