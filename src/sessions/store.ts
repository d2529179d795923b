/**
 * IndexedDB session store. Object stores: `meta` (list rows, small), `results` (result JSON +
 * settings), `videos` (opt-in Blobs), `chunks` (checkpoint frames, CHUNK frames per record).
 */
import type { CoachResult, ResultFrame } from '../core/result';
import { SessionStorageError, storageError } from './errors';
import { openDb, request, transact } from './idb';
import type {
  BeginSessionInput, Checkpoint, CheckpointOptions, KeptFrames, SaveSessionInput, SessionMeta, SessionSettings, SessionStore, StoredSession,
} from './types';

export const DB_NAME = 'coach-sessions';
const DB_VERSION = 1;
/** Frames per checkpoint record: appending rewrites at most one partial chunk. */
export const CHUNK = 256;

interface MetaRow extends Omit<SessionMeta, 'status'> {
  state: 'complete' | 'in-progress';
  /** Bytes of the stored video (0 without). */
  videoBytes: number;
  /** Per checkpoint chunk: [frames, frames with 3D, bytes]. */
  chunks?: [number, number, number][];
}
interface ResultRow { id: string; result: CoachResult | null; settings: SessionSettings }
interface ChunkRow { id: string; index: number; frames: ResultFrame[] }

function upgrade(db: IDBDatabase): void {
  if (!db.objectStoreNames.contains('meta')) db.createObjectStore('meta', { keyPath: 'id' });
  if (!db.objectStoreNames.contains('results')) db.createObjectStore('results', { keyPath: 'id' });
  if (!db.objectStoreNames.contains('videos')) db.createObjectStore('videos', { keyPath: 'id' });
  if (!db.objectStoreNames.contains('chunks')) db.createObjectStore('chunks', { keyPath: ['id', 'index'] });
}

const newId = (): string => globalThis.crypto?.randomUUID?.() ?? `s-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;

/** Validate and tidy a session name (trimmed, single spaces, 1..120 chars). */
export function cleanName(name: string): string {
  const n = String(name ?? '').replace(/\s+/g, ' ').trim();
  if (!n) throw new SessionStorageError('invalid', 'A session needs a name.');
  return n.slice(0, 120);
}

function summaryOf(result: CoachResult): Pick<SessionMeta, 'exercise' | 'repCount' | 'durationS'> {
  const a = result.analysis as { exercise?: unknown; repCount?: unknown } | undefined;
  return {
    exercise: typeof a?.exercise === 'string' ? a.exercise : undefined,
    repCount: typeof a?.repCount === 'number' ? a.repCount : undefined,
    durationS: result.video?.durationS,
  };
}

const has3d = (f: ResultFrame): boolean => !!f.persons[0]?.pose3d;

class IdbSessionStore implements SessionStore {
  /** Sessions this store instance is analysing now (not "interrupted"). */
  private readonly running = new Set<string>();

  constructor(private readonly db: IDBDatabase) {}

  private toMeta(row: MetaRow): SessionMeta {
    const { state, chunks: _chunks, videoBytes: _v, ...rest } = row;
    return { ...rest, status: state === 'complete' ? 'complete' : 'interrupted' };
  }

  private async row(tx: IDBTransaction, id: string): Promise<MetaRow> {
    const row = await request<MetaRow | undefined>(tx.objectStore('meta').get(id));
    if (!row) throw new SessionStorageError('not-found', `No saved session with id ${id} (it may have been deleted).`);
    return row;
  }

  async save(input: SaveSessionInput): Promise<SessionMeta> {
    if (input.result?.format !== 'coach-analysis/1') throw new SessionStorageError('invalid', 'Only coach-analysis/1 results can be saved.');
    const now = Date.now();
    const video = input.video ?? null;
    const bytes = JSON.stringify(input.result).length + (video?.size ?? 0);
    const row: MetaRow = {
      id: newId(), name: cleanName(input.name), createdMs: now, updatedMs: now, ...summaryOf(input.result),
      hasVideo: !!video, state: 'complete', video: input.result.video, fingerprint: input.fingerprint, sizeBytes: bytes,
      videoBytes: video?.size ?? 0,
    };
    try {
      await transact(this.db, ['meta', 'results', 'videos'], 'readwrite', async (tx) => {
        tx.objectStore('meta').put(row);
        tx.objectStore('results').put({ id: row.id, result: input.result, settings: input.settings ?? {} } satisfies ResultRow);
        if (video) tx.objectStore('videos').put({ id: row.id, blob: video });
      });
    } catch (e) {
      throw storageError(e, `save the session "${row.name}"`, bytes, !!video);
    }
    return this.toMeta(row);
  }

  async list(): Promise<SessionMeta[]> {
    const rows = await transact(this.db, ['meta'], 'readonly', (tx) => request<MetaRow[]>(tx.objectStore('meta').getAll()));
    return rows.map((r) => this.toMeta(r)).sort((a, b) => b.createdMs - a.createdMs);
  }

  async get(id: string): Promise<StoredSession | null> {
    return transact(this.db, ['meta', 'results'], 'readonly', async (tx) => {
      const row = await request<MetaRow | undefined>(tx.objectStore('meta').get(id));
      if (!row) return null;
      const res = await request<ResultRow | undefined>(tx.objectStore('results').get(id));
      return { meta: this.toMeta(row), settings: res?.settings ?? {}, result: res?.result ?? null };
    });
  }

  async getVideo(id: string): Promise<Blob | null> {
    const v = await transact(this.db, ['videos'], 'readonly', (tx) => request<{ blob: Blob } | undefined>(tx.objectStore('videos').get(id)));
    return v?.blob ?? null;
  }

  async rename(id: string, name: string): Promise<SessionMeta> {
    const clean = cleanName(name);
    const row = await transact(this.db, ['meta'], 'readwrite', async (tx) => {
      const r = await this.row(tx, id);
      r.name = clean;
      r.updatedMs = Date.now();
      tx.objectStore('meta').put(r);
      return r;
    });
    return this.toMeta(row);
  }

  async delete(id: string): Promise<void> {
    this.running.delete(id);
    await transact(this.db, ['meta', 'results', 'videos', 'chunks'], 'readwrite', async (tx) => {
      for (const s of ['meta', 'results', 'videos']) tx.objectStore(s).delete(id);
      tx.objectStore('chunks').delete(IDBKeyRange.bound([id, 0], [id, Infinity]));
    });
  }

  async begin(input: BeginSessionInput): Promise<SessionMeta> {
    const now = Date.now();
    const video = input.videoBlob ?? null;
    const row: MetaRow = {
      id: newId(), name: cleanName(input.name), createdMs: now, updatedMs: now, durationS: input.video.durationS,
      hasVideo: !!video, state: 'in-progress', video: input.video, fingerprint: input.fingerprint, sizeBytes: video?.size ?? 0,
      videoBytes: video?.size ?? 0, kept: { frames2d: 0, frames3d: 0, frameCount: input.video.frameCount, analysis: false }, stage: 'started', chunks: [],
    };
    try {
      await transact(this.db, ['meta', 'results', 'videos'], 'readwrite', async (tx) => {
        tx.objectStore('meta').put(row);
        tx.objectStore('results').put({ id: row.id, result: null, settings: input.settings ?? {} } satisfies ResultRow);
        if (video) tx.objectStore('videos').put({ id: row.id, blob: video });
      });
    } catch (e) {
      throw storageError(e, `start saving "${row.name}"`, row.sizeBytes, !!video);
    }
    this.running.add(row.id);
    return this.toMeta(row);
  }

  async saveCheckpoint(id: string, framesSoFar: readonly ResultFrame[], opts: CheckpointOptions = {}): Promise<KeptFrames> {
    let bytes = 0;
    let withVideo = false;
    try {
      return await transact(this.db, ['meta', 'chunks'], 'readwrite', async (tx) => {
        const row = await this.row(tx, id);
        if (row.state === 'complete') throw new SessionStorageError('invalid', `Session "${row.name}" is already complete.`);
        withVideo = row.hasVideo;
        const chunks = row.chunks ?? [];
        const stored = chunks.reduce((s, c) => s + c[0], 0);
        const from = Math.min(stored, opts.dirtyFrom ?? stored, framesSoFar.length);
        for (let c = Math.floor(from / CHUNK); c * CHUNK < framesSoFar.length; c++) {
          const frames = framesSoFar.slice(c * CHUNK, (c + 1) * CHUNK);
          const size = JSON.stringify(frames).length;
          bytes += size;
          tx.objectStore('chunks').put({ id, index: c, frames } satisfies ChunkRow);
          chunks[c] = [frames.length, frames.filter(has3d).length, size];
        }
        row.chunks = chunks;
        row.kept = {
          frames2d: chunks.reduce((s, c) => s + c[0], 0), frames3d: chunks.reduce((s, c) => s + c[1], 0),
          frameCount: row.kept?.frameCount ?? row.video?.frameCount ?? framesSoFar.length, analysis: false,
        };
        row.sizeBytes = chunks.reduce((s, c) => s + c[2], 0) + row.videoBytes;
        if (opts.stage) row.stage = opts.stage;
        row.updatedMs = Date.now();
        tx.objectStore('meta').put(row);
        return row.kept;
      });
    } catch (e) {
      throw storageError(e, 'save the analysis progress', bytes, withVideo);
    }
  }

  async listInterrupted(): Promise<SessionMeta[]> {
    return (await this.list()).filter((m) => m.status === 'interrupted' && !this.running.has(m.id));
  }

  async getCheckpoint(id: string): Promise<Checkpoint | null> {
    return transact(this.db, ['meta', 'results', 'chunks'], 'readonly', async (tx) => {
      const row = await request<MetaRow | undefined>(tx.objectStore('meta').get(id));
      if (!row || row.state === 'complete') return null;
      const res = await request<ResultRow | undefined>(tx.objectStore('results').get(id));
      const chunks = await request<ChunkRow[]>(tx.objectStore('chunks').getAll(IDBKeyRange.bound([id, 0], [id, Infinity])));
      chunks.sort((a, b) => a.index - b.index);
      return { meta: this.toMeta(row), settings: res?.settings ?? {}, frames: chunks.flatMap((c) => c.frames) };
    });
  }

  async complete(id: string, result: CoachResult, settings?: SessionSettings): Promise<SessionMeta> {
    const bytes = JSON.stringify(result).length;
    let withVideo = false;
    try {
      const row = await transact(this.db, ['meta', 'results', 'chunks'], 'readwrite', async (tx) => {
        const r = await this.row(tx, id);
        const prev = await request<ResultRow | undefined>(tx.objectStore('results').get(id));
        withVideo = r.hasVideo;
        Object.assign(r, summaryOf(result), { state: 'complete', video: result.video, updatedMs: Date.now() });
        r.sizeBytes = bytes + r.videoBytes;
        delete r.kept; delete r.chunks; delete r.stage;
        tx.objectStore('meta').put(r);
        tx.objectStore('results').put({ id, result, settings: settings ?? prev?.settings ?? {} } satisfies ResultRow);
        tx.objectStore('chunks').delete(IDBKeyRange.bound([id, 0], [id, Infinity]));
        return r;
      });
      this.running.delete(id);
      return this.toMeta(row);
    } catch (e) {
      throw storageError(e, 'save the finished analysis', bytes, withVideo);
    }
  }

  close(): void {
    this.db.close();
  }
}

/** Open the session store; `indexedDB` defaults to the browser's (tests pass fake-indexeddb's). */
export async function openSessionStore(opts: { indexedDB?: IDBFactory; dbName?: string } = {}): Promise<SessionStore> {
  const factory = opts.indexedDB ?? globalThis.indexedDB;
  if (!factory) throw new SessionStorageError('unavailable', 'This browser cannot store sessions (IndexedDB is unavailable, e.g. in a private window).');
  try {
    return new IdbSessionStore(await openDb(factory, opts.dbName ?? DB_NAME, DB_VERSION, upgrade));
  } catch (e) {
    throw storageError(e, 'open the saved sessions', 0, false);
  }
}

/** Browser storage use and quota in bytes (null where the API is missing). */
export async function storageEstimate(): Promise<{ usage: number; quota: number } | null> {
  const est = await globalThis.navigator?.storage?.estimate?.();
  return est ? { usage: est.usage ?? 0, quota: est.quota ?? 0 } : null;
}
