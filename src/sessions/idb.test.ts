import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import type { CoachResult, ResultFrame } from '../core/result';
import { SessionStorageError, storageError } from './errors';
import { CHUNK, openSessionStore } from './idb';
import type { SessionStore } from './types';

const video = { file: 'squat.mp4', width: 640, height: 480, fps: 30, frameCount: 600, durationS: 20 };
const frame = (i: number, with3d = false): ResultFrame => ({
  i, tMs: (i * 1000) / 30,
  persons: [{
    id: 0, box: [1, 2, 3, 4], score: 0.9, keypoints2d: Array.from({ length: 17 }, (_, j) => [i, j, 0.9] as [number, number, number]),
    ...(with3d ? { pose3d: Array.from({ length: 17 }, (_, j) => [j, i, 0] as [number, number, number]) } : {}),
  }],
});
const result = (frames: number): CoachResult => ({
  format: 'coach-analysis/1', video: { ...video, frameCount: frames }, backend: 'wasm', model: 'movenet-lightning',
  frames: Array.from({ length: frames }, (_, i) => frame(i, true)),
  analysis: { exercise: 'squat', repCount: 3, reps: [] }, timingsMs: { decode: 1, detect2d: 2, total: 3 },
});

let factory: IDBFactory;
let store: SessionStore;
beforeEach(async () => {
  factory = new IDBFactory(); // a fresh, empty database per test
  store = await openSessionStore({ indexedDB: factory });
});

describe('sessions', () => {
  it('saves, lists metadata newest first, gets, renames and deletes', async () => {
    const a = await store.save({ name: '  Monday   squat ', result: result(10), settings: { model: 'movenet-thunder' } });
    await new Promise((r) => setTimeout(r, 5));
    const b = await store.save({ name: 'Tuesday', result: result(4) });
    expect(a.name).toBe('Monday squat');
    expect(a).toMatchObject({ status: 'complete', exercise: 'squat', repCount: 3, durationS: 20, hasVideo: false });
    const list = await store.list();
    expect(list.map((m) => m.id)).toEqual([b.id, a.id]);
    expect(list[0]).not.toHaveProperty('result');
    expect(list[0]).not.toHaveProperty('frames');
    const got = await store.get(a.id);
    expect(got?.result?.frames).toHaveLength(10);
    expect(got?.result?.frames[3].persons[0].pose3d?.[2]).toEqual([2, 3, 0]);
    expect(got?.settings).toEqual({ model: 'movenet-thunder' });
    expect((await store.rename(a.id, 'Leg day')).name).toBe('Leg day');
    await expect(store.rename(a.id, '   ')).rejects.toThrow(/needs a name/);
    await store.delete(a.id);
    expect(await store.get(a.id)).toBeNull();
    expect((await store.list()).map((m) => m.name)).toEqual(['Tuesday']);
    await expect(store.rename(a.id, 'x')).rejects.toThrow(SessionStorageError);
  });

  it('stores the video only when given, and survives reopening the database', async () => {
    const blob = new Blob([new Uint8Array(1000).fill(7)], { type: 'video/mp4' });
    const withVideo = await store.save({ name: 'with', result: result(2), video: blob, fingerprint: { name: 'squat.mp4', size: 1000, lastModified: 5 } });
    const without = await store.save({ name: 'without', result: result(2) });
    store.close();
    const again = await openSessionStore({ indexedDB: factory });
    const v = await again.getVideo(withVideo.id);
    expect(v?.size).toBe(1000);
    expect(new Uint8Array(await v!.arrayBuffer())[999]).toBe(7);
    expect(await again.getVideo(without.id)).toBeNull();
    const metas = await again.list();
    expect(metas.find((m) => m.id === withVideo.id)).toMatchObject({ hasVideo: true, fingerprint: { size: 1000 } });
    expect(metas.find((m) => m.id === withVideo.id)!.sizeBytes).toBeGreaterThan(1000);
  });

  it('checkpoints an analysis in chunks; after a "reload" it is listed as interrupted with what was kept', async () => {
    const s = await store.begin({ name: 'Deadlift', video, settings: { exercise: 'deadlift' } });
    expect(await store.listInterrupted()).toEqual([]); // running in this store
    const frames = Array.from({ length: 600 }, (_, i) => frame(i));
    await store.saveCheckpoint(s.id, frames.slice(0, 100), { stage: 'detect2d' });
    const kept = await store.saveCheckpoint(s.id, frames.slice(0, 300), { stage: 'detect2d' });
    expect(kept).toEqual({ frames2d: 300, frames3d: 0, frameCount: 600, analysis: false });
    // 3D arrives for the first 120 frames: rewrite from frame 0
    const lifted = frames.slice(0, 300).map((f, i) => (i < 120 ? frame(i, true) : f));
    expect((await store.saveCheckpoint(s.id, lifted, { stage: 'lift3d', dirtyFrom: 0 })).frames3d).toBe(120);
    store.close();

    const reloaded = await openSessionStore({ indexedDB: factory });
    const interrupted = await reloaded.listInterrupted();
    expect(interrupted).toHaveLength(1);
    expect(interrupted[0]).toMatchObject({ name: 'Deadlift', status: 'interrupted', stage: 'lift3d', kept: { frames2d: 300, frames3d: 120, frameCount: 600 } });
    const cp = await reloaded.getCheckpoint(s.id);
    expect(cp?.frames).toHaveLength(300);
    expect(cp?.frames.map((f) => f.i)).toEqual(Array.from({ length: 300 }, (_, i) => i));
    expect(cp?.frames[119].persons[0].pose3d).toBeDefined();
    expect(cp?.frames[120].persons[0].pose3d).toBeUndefined();
    expect(cp?.settings).toEqual({ exercise: 'deadlift' });

    // resume: append the rest, then complete
    await reloaded.saveCheckpoint(s.id, frames, { stage: 'detect2d' });
    expect((await reloaded.getCheckpoint(s.id))?.frames).toHaveLength(600);
    const done = await reloaded.complete(s.id, result(600));
    expect(done).toMatchObject({ status: 'complete', repCount: 3 });
    expect(done.kept).toBeUndefined();
    expect(await reloaded.listInterrupted()).toEqual([]);
    expect(await reloaded.getCheckpoint(s.id)).toBeNull();
    expect((await reloaded.get(s.id))?.settings).toEqual({ exercise: 'deadlift' });
    await expect(reloaded.saveCheckpoint(s.id, frames)).rejects.toThrow(/already complete/);
  });

  it('writes only new chunks when appending', async () => {
    const s = await store.begin({ name: 'x', video });
    const frames = Array.from({ length: CHUNK * 2 + 10 }, (_, i) => frame(i));
    await store.saveCheckpoint(s.id, frames.slice(0, CHUNK + 5));
    // change an already-stored frame without marking it dirty: it must not be rewritten
    const changed = frames.map((f, i) => (i === 1 ? { ...f, tMs: -1 } : f));
    await store.saveCheckpoint(s.id, changed);
    const cp = await store.getCheckpoint(s.id);
    expect(cp?.frames).toHaveLength(CHUNK * 2 + 10);
    expect(cp?.frames[1].tMs).not.toBe(-1);
  });

  it('explains quota errors in words a user can act on', () => {
    const quota = new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    const e = storageError(quota, 'save the session "Leg day"', 52_000_000, true);
    expect(e).toBeInstanceOf(SessionStorageError);
    expect((e as SessionStorageError).code).toBe('quota');
    expect(e.message).toBe('Not enough browser storage to save the session "Leg day" (about 49.6 MB). Delete old sessions, or save without the video, and try again.');
    expect(storageError(new Error('boom'), 'open the saved sessions', 0, false).message).toBe('Could not open the saved sessions: boom');
  });

  it('refuses results that are not coach-analysis/1', async () => {
    await expect(store.save({ name: 'bad', result: { format: 'nope' } as unknown as CoachResult })).rejects.toThrow(/coach-analysis\/1/);
  });
});
