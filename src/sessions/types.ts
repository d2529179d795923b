/** Saved analysis sessions (IndexedDB). Times are ms since the Unix epoch. */
import type { CoachResult, ResultFrame, VideoMeta } from '../core/result';

/** Identifies the source file so a re-selected file can be matched to an interrupted analysis. */
export interface VideoFingerprint { name: string; size: number; lastModified: number }

/** What an interrupted analysis kept (counts of frames; `frameCount` = frames the video has). */
export interface KeptFrames { frames2d: number; frames3d: number; frameCount: number; analysis: boolean }

/** One session as the list shows it: metadata only, never the frames (same shape as the UI's SessionSummary plus extras). */
export interface SessionMeta {
  id: string;
  name: string;
  createdMs: number;
  updatedMs: number;
  exercise?: string;
  repCount?: number;
  durationS?: number;
  /** Whether the source video itself is stored (only when the user opted in). */
  hasVideo: boolean;
  /** 'interrupted' = an analysis started and was not completed (e.g. the page reloaded). */
  status: 'complete' | 'interrupted';
  /** For interrupted sessions: what survived. */
  kept?: KeptFrames;
  /** Pipeline stage at the last checkpoint (free text from the pipeline, e.g. 'detect2d'). */
  stage?: string;
  video?: VideoMeta;
  fingerprint?: VideoFingerprint;
  /** Approximate stored size in bytes (result JSON + video). */
  sizeBytes: number;
}

/** Analysis settings as the app chose them (model, backend, exercise, trim, thresholds...). */
export type SessionSettings = Record<string, unknown>;

export interface SaveSessionInput {
  name: string;
  result: CoachResult;
  settings?: SessionSettings;
  /** Stored only when given (the user opted in). */
  video?: Blob | null;
  fingerprint?: VideoFingerprint;
}

export interface BeginSessionInput {
  name: string;
  video: VideoMeta;
  settings?: SessionSettings;
  videoBlob?: Blob | null;
  fingerprint?: VideoFingerprint;
}

export interface StoredSession { meta: SessionMeta; settings: SessionSettings; result: CoachResult | null }

export interface Checkpoint { meta: SessionMeta; settings: SessionSettings; frames: ResultFrame[] }

export interface CheckpointOptions {
  /** Pipeline stage label shown to the user after a reload. */
  stage?: string;
  /** First frame index whose content changed since the last checkpoint (e.g. 3D added); default: only new frames are written. */
  dirtyFrom?: number;
}

/** The persistence interface the app (and the e2e test hook) uses. */
export interface SessionStore {
  /** Save a finished analysis as a new session. */
  save(input: SaveSessionInput): Promise<SessionMeta>;
  /** All sessions, newest first, metadata only. */
  list(): Promise<SessionMeta[]>;
  get(id: string): Promise<StoredSession | null>;
  getVideo(id: string): Promise<Blob | null>;
  rename(id: string, name: string): Promise<SessionMeta>;
  delete(id: string): Promise<void>;
  /** Start an in-progress session that checkpoints will fill. */
  begin(input: BeginSessionInput): Promise<SessionMeta>;
  /** Persist the frames analysed so far (only new/dirty chunks are written). */
  saveCheckpoint(id: string, framesSoFar: readonly ResultFrame[], opts?: CheckpointOptions): Promise<KeptFrames>;
  /** Sessions whose analysis never completed (not counting ones this store is running now). */
  listInterrupted(): Promise<SessionMeta[]>;
  getCheckpoint(id: string): Promise<Checkpoint | null>;
  /** Finish an in-progress session with the full result; drops its checkpoint frames. */
  complete(id: string, result: CoachResult, settings?: SessionSettings): Promise<SessionMeta>;
  close(): void;
}
