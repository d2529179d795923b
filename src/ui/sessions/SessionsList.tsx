/** Saved sessions (IndexedDB, owned by the caller): list newest first, reopen, rename, delete, resume. */
import { SessionItem } from './SessionItem';
import { sortSessions } from './sessionsModel';
import type { SessionSummary } from '../shared/types';
import '../shared/coach.css';

export interface SessionsListProps {
  sessions: readonly SessionSummary[];
  currentId?: string | null;
  onOpen: (id: string) => void;
  onRename: (id: string, name: string) => void;
  onDelete: (id: string) => void;
  /** Continue an interrupted analysis from what was kept. */
  onResume: (id: string) => void;
}

export function SessionsList(p: SessionsListProps) {
  return (
    <section className="coach" aria-label="Saved sessions">
      <h2>Saved sessions</h2>
      {p.sessions.length === 0 ? (
        <p className="coach-muted">No saved sessions yet. Every analysis is saved on this device automatically.</p>
      ) : (
        <ul className="coach-list">
          {sortSessions(p.sessions).map((s) => (
            <SessionItem key={s.id} session={s} current={s.id === p.currentId} onOpen={p.onOpen}
              onRename={p.onRename} onDelete={p.onDelete} onResume={p.onResume} />
          ))}
        </ul>
      )}
    </section>
  );
}
