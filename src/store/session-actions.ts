/**
 * Session persistence wired to the store: every finished analysis is saved (the video only when
 * the user opted in), checkpoints are written while the pipeline runs so a reload can resume.
 */
import { errorMessage } from '../core/errors';
import { toResultFrame, type ResultFrame } from '../core/result';
import type { Frame2D } from '../core/types';
import { newSession, trackOf, type Session } from '../pipeline/session';
import { resultFrames, sessionFromResult, toResult } from '../pipeline/session-json';
import { openSessionStore, SessionStorageError, type SessionStore, type VideoFingerprint } from '../sessions';
import type { VideoInfo } from '../video/types';
import { showSession } from './review-actions';
import { initialCompare } from './compare-slice';
import { clearSecondCamera } from './camera2-actions';
import { useAppStore } from './index';

/** Minimum wall time between two checkpoints, ms. */
const CHECKPOINT_EVERY_MS = 1500;

/** The session database, opened once (kept in the store). */
export function sessionStore(): Promise<SessionStore> {
  const have = useAppStore.getState().sessionDb;
  if (have) return have;
  const db = openSessionStore();
  useAppStore.setState({ sessionDb: db });
  return db;
}

/**
 * Shows a storage failure under the review. Storage full (IndexedDB's QuotaExceededError) says what
 * to do and that the analysis on screen is not lost; the raw browser error goes to the console.
 */
const note = (e: unknown) => {
  const quota = e instanceof SessionStorageError && e.code === 'quota';
  const cause = e instanceof SessionStorageError ? e.cause as { name?: string; message?: string } | undefined : undefined;
  if (cause) console.warn(`Sessions: ${errorMessage(e)} (browser error ${cause.name ?? 'Error'}: ${cause.message ?? ''})`);
  useAppStore.setState({
    sessionNote: quota
      ? `Browser storage is full. ${errorMessage(e)} This analysis is not saved, but it stays on this screen: download it from the Export tab (Analysis (JSON), or the CSV files) to keep it.`
      : `Sessions: ${errorMessage(e)}`,
  });
};

export const fingerprintOf = (f: File): VideoFingerprint => ({ name: f.name, size: f.size, lastModified: f.lastModified });

export async function refreshSessions(): Promise<void> {
  try { useAppStore.setState({ sessions: await (await sessionStore()).list() }); } catch (e) { note(e); }
}

function settingsNow() {
  const s = useAppStore.getState();
  return { model: s.model, backend: s.backendOverride, exercise: s.exercise, lift3d: s.lift3d, trim: s.trim };
}

/** Writes checkpoints of one pipeline run into one session; `complete` finishes it. */
export function createCheckpointer(file: File, resumeId: string | null) {
  let id: Promise<string | null> | null = resumeId ? Promise.resolve(resumeId) : null;
  const frames: ResultFrame[] = [];
  let last = 0;
  let writing: Promise<unknown> = Promise.resolve();
  const write = (framesSoFar: readonly ResultFrame[], stage: string, dirtyFrom?: number) => {
    writing = writing.then(async () => {
      const sid = await id;
      if (sid) await (await sessionStore()).saveCheckpoint(sid, framesSoFar, { stage, dirtyFrom });
    }).catch(note);
  };
  return {
    onVideoInfo(info: VideoInfo) {
      if (id) return;
      const fps = info.frameCountHint && info.durationS > 0 ? info.frameCountHint / info.durationS : 30;
      const video = { file: file.name, width: info.width, height: info.height, fps, frameCount: info.frameCountHint ?? 0, durationS: info.durationS };
      const { saveVideo } = useAppStore.getState();
      id = sessionStore().then((s) => s.begin({ name: file.name, video, settings: settingsNow(), videoBlob: saveVideo ? file : null, fingerprint: fingerprintOf(file) }))
        .then((m) => { useAppStore.setState({ sessionId: m.id }); return m.id; }, (e) => { note(e); return null; });
    },
    onFrame(f: Frame2D) {
      frames.push(toResultFrame(f));
      const now = performance.now();
      if (now - last < CHECKPOINT_EVERY_MS) return;
      last = now;
      write(frames.slice(), 'detect2d');
    },
    onStageDone(stage: string, session: Session) { write(resultFrames(session), stage, 0); },
    /** Saves the finished session (its `coach-analysis/1` JSON; the video only when opted in). */
    async complete(session: Session): Promise<void> {
      const result = toResult(session);
      await writing;
      const sid = await id;
      try {
        const store = await sessionStore();
        const { saveVideo } = useAppStore.getState();
        const meta = sid ? await store.complete(sid, result, settingsNow())
          : await store.save({ name: file.name, result, settings: settingsNow(), video: saveVideo ? file : null, fingerprint: fingerprintOf(file) });
        useAppStore.setState({ sessionId: meta.id });
      } catch (e) { note(e); }
      await refreshSessions();
    },
    /** A cancelled or failed run keeps nothing (only a reload leaves an interrupted session). */
    async abandon(): Promise<void> {
      await writing;
      const sid = await id;
      if (sid && sid !== resumeId) await (await sessionStore()).delete(sid).catch(note);
      useAppStore.setState({ sessionId: null });
      await refreshSessions();
    },
  };
}

/** Puts another clip's video on screen (a second camera of the one before is removed). */
function showVideo(blob: Blob | null, name: string): void {
  clearSecondCamera();
  const { videoUrl } = useAppStore.getState();
  if (videoUrl) URL.revokeObjectURL(videoUrl);
  useAppStore.setState({ videoUrl: blob ? URL.createObjectURL(blob) : null, fileName: name });
}

/** Reopens a saved session on the review screen (with its video when it was stored). */
export async function openSession(id: string): Promise<void> {
  try {
    const store = await sessionStore();
    const s = await store.get(id);
    if (!s?.result) throw new Error('this session has no finished analysis.');
    showVideo(await store.getVideo(id), s.meta.name);
    const trim = (s.settings.trim ?? {}) as { startS?: number; endS?: number };
    useAppStore.setState({ ...initialCompare, status: 'done', error: null, errorKind: null, progress: null, sessionId: id, screen: 'analyse',
      sessionNote: s.meta.hasVideo ? null : 'The video was not stored with this session: the 3D view and charts replay without it.' });
    showSession(sessionFromResult(s.result), { trim });
  } catch (e) { useAppStore.setState({ error: `Could not open the session: ${errorMessage(e)}`, errorKind: 'session' }); }
}

/** Largest analysis JSON we import (a 10-minute clip's result is ≈ 40 MB). */
export const MAX_IMPORT_BYTES = 200e6;

/**
 * Imports a saved `coach-analysis/1` JSON (an export, or the CLI's output): validated by the one
 * parser (`sessionFromResult`: schema, sizes, finite numbers), saved as a session and opened. A file
 * that is not such a result gets a human error; nothing in it is ever run or rendered as HTML.
 */
export async function importResultFile(file: File): Promise<void> {
  try {
    if (file.size > MAX_IMPORT_BYTES) throw new Error(`“${file.name}” is ${(file.size / 1e6).toFixed(0)} MB; an analysis file is at most ${MAX_IMPORT_BYTES / 1e6} MB.`);
    let json: unknown;
    try { json = JSON.parse(await file.text()); } catch { throw new Error(`“${file.name}” is not a JSON file. Choose an analysis exported as “Analysis (JSON)” or written by npm run analyze.`); }
    const session = sessionFromResult(json);
    showVideo(null, file.name);
    useAppStore.setState({ ...initialCompare, status: 'done', error: null, errorKind: null, progress: null, sessionId: null, screen: 'analyse',
      sessionNote: `Imported from “${file.name}” (no video): the 3D view and charts replay without it.` });
    showSession(session);
    const shown = useAppStore.getState().session ?? session;
    try {
      const meta = await (await sessionStore()).save({ name: file.name.replace(/\.json$/i, ''), result: toResult(shown), settings: settingsNow() });
      useAppStore.setState({ sessionId: meta.id });
    } catch (e) { note(e); }
    await refreshSessions();
  } catch (e) { useAppStore.setState({ error: `Could not import the analysis: ${errorMessage(e)}`, errorKind: 'import' }); }
}

/** Opens the 2D poses an interrupted analysis kept, as a 2D-only review. */
export async function openKept(id: string): Promise<void> {
  try {
    const store = await sessionStore();
    const cp = await store.getCheckpoint(id);
    if (!cp || !cp.meta.video || cp.frames.length === 0) throw new Error('nothing was kept for this session.');
    const settings = cp.settings as { model?: Session['model'] };
    const v = cp.meta.video;
    const session = newSession({
      file: v.file, width: v.width, height: v.height, durationS: v.durationS, backend: 'wasm', model: settings.model ?? 'movenet-lightning',
      timingsMs: { decode: 0, detect2d: 0, total: 0 }, warnings: [`Interrupted analysis: only the first ${cp.frames.length} frames were kept.`],
    }, trackOf(cp.frames));
    showVideo(await store.getVideo(id), cp.meta.name);
    useAppStore.setState({ ...initialCompare, status: 'done', error: null, errorKind: null, sessionId: id, screen: 'analyse', sessionNote: 'Showing what the interrupted analysis kept (2D only). Resume it from Sessions for 3D and coaching.' });
    showSession(session);
  } catch (e) { useAppStore.setState({ error: `Could not open what was kept: ${errorMessage(e)}`, errorKind: 'session' }); }
}

/** The kept 2D frames of an interrupted session if `file` is the same file (name, size, date), else a human error. */
export async function keptFramesFor(id: string, file: File): Promise<Frame2D[]> {
  const cp = await (await sessionStore()).getCheckpoint(id);
  if (!cp) throw new Error('This interrupted session is gone.');
  const fp = cp.meta.fingerprint;
  if (fp && (fp.name !== file.name || fp.size !== file.size || fp.lastModified !== file.lastModified)) {
    throw new Error(`That is not the file this analysis started with (${fp.name}, ${(fp.size / 1e6).toFixed(1)} MB). Choose the same file to resume.`);
  }
  return cp.frames.map((f) => ({ i: f.i, tMs: f.tMs, persons: f.persons.map((p) => ({ id: p.id, box: p.box, score: p.score, keypoints2d: p.keypoints2d })) }));
}

export async function renameSession(id: string, name: string): Promise<void> {
  try { await (await sessionStore()).rename(id, name); } catch (e) { note(e); }
  await refreshSessions();
}

export async function deleteSession(id: string): Promise<void> {
  try { await (await sessionStore()).delete(id); } catch (e) { note(e); }
  if (useAppStore.getState().sessionId === id) useAppStore.setState({ sessionId: null });
  await refreshSessions();
}
