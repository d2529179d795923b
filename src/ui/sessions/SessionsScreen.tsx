/** Saved sessions: reopen, rename, delete; resume an interrupted analysis by choosing the same file again. */
import { useEffect, useRef } from 'react';
import { useAppStore } from '../../store';
import { resumeAnalysis } from '../../store/actions';
import { deleteSession, importResultFile, openKept, openSession, refreshSessions, renameSession } from '../../store/session-actions';
import { SessionsList } from './SessionsList';

export function SessionsScreen() {
  const all = useAppStore((s) => s.sessions);
  const running = useAppStore((s) => (s.status === 'running' ? s.sessionId : null));
  const sessions = running ? all.filter((x) => x.id !== running) : all;
  const currentId = useAppStore((s) => s.sessionId);
  const saveVideo = useAppStore((s) => s.saveVideo);
  const fileInput = useRef<HTMLInputElement>(null);
  const importInput = useRef<HTMLInputElement>(null);
  const resumeId = useRef<string | null>(null);
  useEffect(() => { void refreshSessions(); }, []);
  const resume = (id: string) => { resumeId.current = id; fileInput.current?.click(); };
  /** An interrupted session's "Open what was kept" also arrives here. */
  const open = (id: string) => void (sessions.find((s) => s.id === id)?.status === 'interrupted' ? openKept(id) : openSession(id));
  return (
    <section className="coach" aria-label="Saved sessions">
      <label className="check">
        <input type="checkbox" checked={saveVideo} data-testid="save-video" onChange={(e) => useAppStore.getState().setSaveVideo(e.target.checked)} />
        <span>Also store the video with new sessions (uses more space; it stays on this device)</span>
      </label>
      <SessionsList sessions={sessions} currentId={currentId ?? undefined} onOpen={open}
        onRename={(id, name) => void renameSession(id, name)} onDelete={(id) => void deleteSession(id)} onResume={resume} />
      <div className="coach-row">
        <button type="button" onClick={() => importInput.current?.click()} data-testid="import-button">Import an analysis (JSON)</button>
      </div>
      <input ref={importInput} type="file" accept="application/json,.json" hidden data-testid="import-json" aria-label="Choose an analysis file (JSON)"
        onChange={(e) => { const f = e.target.files?.[0]; e.target.value = ''; if (f) void importResultFile(f); }} />
      <input ref={fileInput} type="file" accept="video/*,.mp4,.mov,.m4v,.webm" hidden data-testid="resume-file" aria-label="Choose the same video to resume"
        onChange={(e) => { const f = e.target.files?.[0]; const id = resumeId.current; e.target.value = ''; if (f && id) void resumeAnalysis(id, f); }} />
    </section>
  );
}

