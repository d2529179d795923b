/** One saved session: open, inline rename (Enter saves, Escape cancels), delete with an inline confirm. */
import { useState } from 'react';
import { sessionDetails, keptSummary, validName } from './sessionsModel';
import type { SessionSummary } from '../shared/types';

export interface SessionItemProps {
  session: SessionSummary;
  current: boolean;
  onOpen: (id: string) => void;
  onRename: (id: string, name: string) => void;
  onDelete: (id: string) => void;
  onResume: (id: string) => void;
}

export function SessionItem({ session: s, current, onOpen, onRename, onDelete, onResume }: SessionItemProps) {
  const [editing, setEditing] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  const save = () => {
    const name = validName(editing ?? '');
    if (name && name !== s.name) onRename(s.id, name);
    setEditing(null);
  };
  return (
    <li className="coach-card" aria-current={current ? 'true' : undefined}>
      {editing === null ? (
        <h3>{s.name}</h3>
      ) : (
        <input aria-label={`New name for ${s.name}`} value={editing} autoFocus maxLength={80}
          onChange={(e) => setEditing(e.currentTarget.value)} onBlur={save}
          onKeyDown={(e) => { if (e.key === 'Enter') save(); if (e.key === 'Escape') setEditing(null); }} />
      )}
      <p className="coach-muted">{sessionDetails(s)}</p>
      {s.status === 'interrupted' && (
        <p className="coach-warning" role="note">{`Interrupted — ${keptSummary(s.kept)}`}</p>
      )}
      {confirming ? (
        <div className="coach-row" role="group" aria-label={`Confirm deleting ${s.name}`}>
          <span>{`Delete “${s.name}” for good?`}</span>
          <button type="button" className="coach-danger" onClick={() => { setConfirming(false); onDelete(s.id); }}>Delete</button>
          <button type="button" onClick={() => setConfirming(false)} autoFocus>Keep</button>
        </div>
      ) : (
        <div className="coach-row">
          {s.status === 'interrupted'
            ? <button type="button" className="coach-primary" onClick={() => onResume(s.id)} aria-label={`Resume ${s.name}`}>Resume</button>
            : null}
          <button type="button" className={s.status === 'complete' ? 'coach-primary' : undefined}
            onClick={() => onOpen(s.id)} aria-label={`Open ${s.name}`}>
            {s.status === 'interrupted' ? 'Open what was kept' : 'Open'}
          </button>
          <button type="button" onClick={() => setEditing(s.name)} aria-label={`Rename ${s.name}`}>Rename</button>
          <button type="button" onClick={() => setConfirming(true)} aria-label={`Delete ${s.name}`}>Delete</button>
        </div>
      )}
    </li>
  );
}
