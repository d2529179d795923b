/**
 * Saved sessions in IndexedDB (through `idb`, a typed promise wrapper). Object stores: `meta` (list
 * rows, small), `results` (result JSON + settings), `videos` (opt-in Blobs), `chunks` (checkpoint
 * frames, CHUNK frames per record).
 */
import { wrap, type DBSchema, type IDBPDatabase, type IDBPTransaction, type StoreNames } from 'idb';
import type { CoachResult, ResultFrame } from '../core/result';
import { SessionStorageError, storageError } from './errors';
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
interface VideoRow { id: string; blob: Blob }
interface ChunkRow { id: string; index: number; frames: ResultFrame[] }

interface SessionsDb extends DBSchema {
  meta: { key: string; value: MetaRow };
  results: { key: string; value: ResultRow };
  videos: { key: string; value: VideoRow };
  chunks: { key: [string, number]; value: ChunkRow };
}
type Db = IDBPDatabase<SessionsDb>;
type Store = StoreNames<SessionsDb>;

function upgrade(db: IDBDatabase): void {
  if (!db.objectStoreNames.contains('meta')) db.createObjectStore('meta', { keyPath: 'id' });
  if (!db.objectStoreNames.contains('results')) db.createObjectStore('results', { keyPath: 'id' });
  if (!db.objectStoreNames.contains('videos')) db.createObjectStore('videos', { keyPath: 'id' });
  if (!db.objectStoreNames.contains('chunks')) db.createObjectStore('chunks', { keyPath: ['id', 'index'] });
}

/** Opens (creating/upgrading) the database on `factory`; idb's own `openDB` only knows the global one. */
function openDatabase(factory: IDBFactory, name: string): Promise<Db> {
  const r = factory.open(name, DB_VERSION);
  r.onupgradeneeded = () => upgrade(r.result);
  const blocked = new Promise<never>((_, reject) => {
    r.onblocked = () => reject(new Error('the sessions database is open in another tab with an older version; close other tabs and reload'));
  });
  return Promise.race([wrap(r) as Promise<Db>, blocked]);
}

/**
 * Runs `fn` in one transaction; resolves with fn's value once the transaction has committed. If fn
 * fails the transaction is aborted and fn's error is the rejection; a failed commit (e.g.
 * QuotaExceededError) rejects with the transaction's error.
 */
async function inTransaction<S extends Store[], M extends IDBTransactionMode, T>(db: Db, stores: S, mode: M, fn: (tx: IDBPTransaction<SessionsDb, S, M>) => Promise<T>): Promise<T> {
  const tx = db.transaction(stores, mode);
  tx.done.catch(() => undefined); // observed below; an abort must not surface as an unhandled rejection
  try {
    const value = await fn(tx);
    await tx.done;
    return value;
  } catch (e) {
    try { tx.abort(); } catch { /* already finished */ }
    throw e;
  }
}

/** All chunk keys of session `id`. */
const chunksOf = (id: string) => IDBKeyRange.bound([id, 0], [id, Infinity]);

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

  constructor(private readonly db: Db) {}

  private toMeta(row: MetaRow): SessionMeta {
    const { state, chunks: _chunks, videoBytes: _v, ...rest } = row;
    return { ...rest, status: state === 'complete' ? 'complete' : 'interrupted' };
  }

  private async row(tx: IDBPTransaction<SessionsDb, Store[], IDBTransactionMode>, id: string): Promise<MetaRow> {
    const row = await tx.objectStore('meta').get(id);
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
      await inTransaction(this.db, ['meta', 'results', 'videos'], 'readwrite', (tx) => Promise.all([
        tx.objectStore('meta').put(row),
        tx.objectStore('results').put({ id: row.id, result: input.result, settings: input.settings ?? {} }),
        video && tx.objectStore('videos').put({ id: row.id, blob: video }),
      ]));
    } catch (e) {
      throw storageError(e, `save the session "${row.name}"`, bytes, !!video);
    }
    return this.toMeta(row);
  }

  async list(): Promise<SessionMeta[]> {
    const rows = await this.db.getAll('meta');
    return rows.map((r) => this.toMeta(r)).sort((a, b) => b.createdMs - a.createdMs);
  }

  async get(id: string): Promise<StoredSession | null> {
    return inTransaction(this.db, ['meta', 'results'], 'readonly', async (tx) => {
      const row = await tx.objectStore('meta').get(id);
      if (!row) return null;
      const res = await tx.objectStore('results').get(id);
      return { meta: this.toMeta(row), settings: res?.settings ?? {}, result: res?.result ?? null };
    });
  }

  async getVideo(id: string): Promise<Blob | null> {
    const v = await this.db.get('videos', id);
    return v?.blob ?? null;
  }

  async rename(id: string, name: string): Promise<SessionMeta> {
    const clean = cleanName(name);
    const row = await inTransaction(this.db, ['meta'], 'readwrite', async (tx) => {
      const r = await this.row(tx, id);
      r.name = clean;
      r.updatedMs = Date.now();
      await tx.objectStore('meta').put(r);
      return r;
    });
    return this.toMeta(row);
  }

  async delete(id: string): Promise<void> {
    this.running.delete(id);
    await inTransaction(this.db, ['meta', 'results', 'videos', 'chunks'], 'readwrite', (tx) => Promise.all([
      ...(['meta', 'results', 'videos'] as const).map((s) => tx.objectStore(s).delete(id)),
      tx.objectStore('chunks').delete(chunksOf(id)),
    ]));
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
      await inTransaction(this.db, ['meta', 'results', 'videos'], 'readwrite', (tx) => Promise.all([
        tx.objectStore('meta').put(row),
        tx.objectStore('results').put({ id: row.id, result: null, settings: input.settings ?? {} }),
        video && tx.objectStore('videos').put({ id: row.id, blob: video }),
      ]));
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
      return await inTransaction(this.db, ['meta', 'chunks'], 'readwrite', async (tx) => {
        const row = await this.row(tx, id);
        if (row.state === 'complete') throw new SessionStorageError('invalid', `Session "${row.name}" is already complete.`);
        withVideo = row.hasVideo;
        const chunks = row.chunks ?? [];
        const stored = chunks.reduce((s, c) => s + c[0], 0);
        const from = Math.min(stored, opts.dirtyFrom ?? stored, framesSoFar.length);
        const writes: Promise<unknown>[] = [];
        for (let c = Math.floor(from / CHUNK); c * CHUNK < framesSoFar.length; c++) {
          const frames = framesSoFar.slice(c * CHUNK, (c + 1) * CHUNK);
          const size = JSON.stringify(frames).length;
          bytes += size;
          writes.push(tx.objectStore('chunks').put({ id, index: c, frames }));
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
        await Promise.all([...writes, tx.objectStore('meta').put(row)]);
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
    return inTransaction(this.db, ['meta', 'results', 'chunks'], 'readonly', async (tx) => {
      const row = await tx.objectStore('meta').get(id);
      if (!row || row.state === 'complete') return null;
      const res = await tx.objectStore('results').get(id);
      const chunks = await tx.objectStore('chunks').getAll(chunksOf(id));
      chunks.sort((a, b) => a.index - b.index);
      return { meta: this.toMeta(row), settings: res?.settings ?? {}, frames: chunks.flatMap((c) => c.frames) };
    });
  }

  async complete(id: string, result: CoachResult, settings?: SessionSettings): Promise<SessionMeta> {
    const bytes = JSON.stringify(result).length;
    let withVideo = false;
    try {
      const row = await inTransaction(this.db, ['meta', 'results', 'chunks'], 'readwrite', async (tx) => {
        const r = await this.row(tx, id);
        const prev = await tx.objectStore('results').get(id);
        withVideo = r.hasVideo;
        Object.assign(r, summaryOf(result), { state: 'complete', video: result.video, updatedMs: Date.now() });
        r.sizeBytes = bytes + r.videoBytes;
        delete r.kept; delete r.chunks; delete r.stage;
        await Promise.all([
          tx.objectStore('meta').put(r),
          tx.objectStore('results').put({ id, result, settings: settings ?? prev?.settings ?? {} }),
          tx.objectStore('chunks').delete(chunksOf(id)),
        ]);
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
    return new IdbSessionStore(await openDatabase(factory, opts.dbName ?? DB_NAME));
  } catch (e) {
    throw storageError(e, 'open the saved sessions', 0, false);
  }
}

/** Browser storage use and quota in bytes (null where the API is missing). */
export async function storageEstimate(): Promise<{ usage: number; quota: number } | null> {
  const est = await globalThis.navigator?.storage?.estimate?.();
  return est ? { usage: est.usage ?? 0, quota: est.quota ?? 0 } : null;
}
