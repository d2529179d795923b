/** Reference comparison: pick a reference, see the score, per-group differences over time, worst moments. */
import { useId } from 'react';
import { groupLabel, scoreWords, sparkMax, type ComparisonView } from './comparisonModel';
import { ComparisonGroups } from './ComparisonGroups';
import { formatTime, frameAt } from '../shared/format';
import '../shared/coach.css';

export interface ComparisonPanelProps {
  /** The loaded reference, or null. */
  reference: { name: string; source: 'video' | 'session' } | null;
  /** Saved sessions that can serve as a reference. */
  sessions: readonly { id: string; name: string }[];
  status: 'idle' | 'loading' | 'ready' | 'error';
  /** Human message when status is 'error', or why a new reference was refused while the old comparison stays ('ready'). */
  error?: string;
  report: ComparisonView | null;
  fps: number;
  frameCount: number;
  /** Per-frame presentation times in seconds (result JSON `tMs / 1000`); default frame/fps. */
  frameTimesS?: ArrayLike<number>;
  frame: number;
  onLoadVideo: (file: File) => void;
  onPickSession: (id: string) => void;
  onClear: () => void;
  onSeek: (frame: number) => void;
}

export function ComparisonPanel(p: ComparisonPanelProps) {
  const id = useId();
  const busy = p.status === 'loading';
  return (
    <section className="coach coach-card" aria-label="Compare with a reference" aria-busy={busy}>
      <h2>Compare with a reference</h2>
      <div className="coach-row">
        <label htmlFor={`${id}-file`}>Reference video</label>
        <input id={`${id}-file`} type="file" accept="video/*" disabled={busy}
          onChange={(e) => { const f = e.currentTarget.files?.[0]; if (f) p.onLoadVideo(f); }} />
      </div>
      <div className="coach-row">
        <label htmlFor={`${id}-session`}>or a saved session</label>
        <select id={`${id}-session`} value="" disabled={busy || p.sessions.length === 0}
          onChange={(e) => e.currentTarget.value && p.onPickSession(e.currentTarget.value)}>
          <option value="">{p.sessions.length ? 'Choose…' : 'No saved sessions'}</option>
          {p.sessions.map((s) => <option key={s.id} value={s.id}>{s.name}</option>)}
        </select>
      </div>
      {p.reference && (
        <p className="coach-row">
          <span>{`Reference: ${p.reference.name} (${p.reference.source === 'video' ? 'video' : 'saved session'})`}</span>
          <button type="button" onClick={p.onClear}>Remove reference</button>
        </p>
      )}
      {busy && <p role="status">Analysing the reference…</p>}
      {(p.status === 'error' || (p.status === 'ready' && p.error)) && <p role="alert" className="coach-error" data-testid="compare-error">{p.error ?? 'The reference could not be compared.'}</p>}
      {p.report && p.status === 'ready' && <Report {...p} report={p.report} />}
    </section>
  );
}

function Report(p: ComparisonPanelProps & { report: ComparisonView }) {
  const r = p.report;
  const seekS = (s: number) => p.onSeek(frameAt(s, p.fps, p.frameCount, p.frameTimesS));
  return (
    <>
      <p>
        <span className="coach-score" aria-label={`Score ${Math.round(r.score)} out of 100`}>{Math.round(r.score)}</span>
        <span className="coach-muted">{` / 100 · ${scoreWords(r.score)}`}</span>
      </p>
      <ComparisonGroups groups={r.groups} maxCm={sparkMax(r.groups)} frame={p.frame} frameCount={p.frameCount} />
      <h3>Biggest differences</h3>
      {r.worst.length === 0 ? <p className="coach-ok">No large differences.</p> : (
        <ol className="coach-list">
          {r.worst.map((w, i) => (
            <li key={i} className="coach-row">
              <button type="button" onClick={() => seekS(w.tS)} aria-label={`Show me ${formatTime(w.tS)}: ${w.text}`}>
                {formatTime(w.tS)}
              </button>
              <span>{`${groupLabel(String(w.group))}: ${w.text}`}</span>
            </li>
          ))}
        </ol>
      )}
    </>
  );
}
