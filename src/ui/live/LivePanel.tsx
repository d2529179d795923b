/** Live webcam coaching: camera choice, start/stop, big rep counter, cue banner (+ spoken), record → analyse. */
import { useId, type ReactNode } from 'react';
import { cameraErrorMessage } from './cameraMessages';
import { mistakeTitle, spokenCue } from '../shared/coachWords';
import { formatTime } from '../shared/format';
import { speechSupported, useSpokenCue } from './speech';
import type { CameraErrorKind } from '../shared/types';
import '../shared/coach.css';

export interface LivePanelProps {
  devices: readonly { deviceId: string; label: string }[];
  deviceId: string | null;
  onDeviceChange: (deviceId: string) => void;
  status: 'idle' | 'starting' | 'live' | 'error';
  /** Set when status is 'error'; classify getUserMedia errors with `cameraErrorKind`. */
  error?: CameraErrorKind | null;
  onStart: () => void;
  onStop: () => void;
  repCount: number;
  /** Movement direction from the streaming rep counter, shown under the count. */
  phase?: 'up' | 'down' | null;
  /**
   * The last rep's finding (a MistakeKind of docs/analysis.md), or null. `sure`: judged from a view that
   * shows it (red banner, spoken); otherwise a quiet "possible" line.
   */
  cue: { kind: string; sure: boolean } | null;
  speakCues: boolean;
  onSpeakCuesChange: (on: boolean) => void;
  recording: boolean;
  /** Seconds recorded so far / in the finished recording. */
  recordedS: number;
  onRecordToggle: () => void;
  /** True once a recording exists and is not being recorded. */
  canAnalyse: boolean;
  onAnalyse: () => void;
  /** The camera preview (video + 2D overlay), owned by the caller. */
  children?: ReactNode;
}

export function LivePanel(p: LivePanelProps) {
  const id = useId();
  const live = p.status === 'live';
  useSpokenCue(live && p.cue?.sure ? spokenCue(p.cue.kind) : null, p.speakCues);
  // Server-side rendering (tests) has no window: treat speech as available there.
  const noSpeech = typeof window !== 'undefined' && !speechSupported();
  const msg = p.status === 'error' ? cameraErrorMessage(p.error ?? 'unknown') : null;
  return (
    <section className="coach coach-card" aria-label="Live coaching">
      <h2>Live</h2>
      <div className="coach-row">
        <label htmlFor={`${id}-cam`}>Camera</label>
        <select id={`${id}-cam`} value={p.deviceId ?? ''} disabled={live || p.devices.length === 0}
          onChange={(e) => p.onDeviceChange(e.currentTarget.value)}>
          {p.devices.length === 0 && <option value="">Default camera</option>}
          {p.devices.map((d, i) => <option key={d.deviceId} value={d.deviceId}>{d.label || `Camera ${i + 1}`}</option>)}
        </select>
        {live || p.status === 'starting'
          ? <button type="button" onClick={p.onStop}>Stop camera</button>
          : <button type="button" className="coach-primary" onClick={p.onStart}>Start camera</button>}
      </div>
      {msg && (
        <div role="alert" className="coach-error">
          <strong>{msg.title}</strong>
          <p>{msg.action}</p>
        </div>
      )}
      {p.status === 'starting' && <p role="status">Starting the camera…</p>}
      {p.children}
      <p className="coach-reps-big" data-testid="live-rep-count" aria-live="polite" aria-label={`${p.repCount} reps`}>{p.repCount}</p>
      <p className="coach-muted" style={{ textAlign: 'center', marginTop: 0 }}>
        {live && p.phase ? `reps · ${p.phase === 'down' ? '↓ lowering' : '↑ rising'}` : 'reps'}
      </p>
      <div aria-live="assertive">
        {live && p.cue?.sure && <p className="coach-cue">{mistakeTitle(p.cue.kind)}</p>}
        {live && p.cue && !p.cue.sure && (
          <p className="coach-cue-maybe" data-testid="live-cue-maybe">
            {`Possibly: ${mistakeTitle(p.cue.kind).toLowerCase()} — this camera angle shows it only roughly.`}
          </p>
        )}
      </div>
      <div className="coach-row check">
        <input id={`${id}-speak`} type="checkbox" checked={p.speakCues} disabled={noSpeech}
          onChange={(e) => p.onSpeakCuesChange(e.currentTarget.checked)} />
        <label htmlFor={`${id}-speak`}>{noSpeech ? 'Say cues out loud (not available in this browser)' : 'Say cues out loud'}</label>
      </div>
      <div className="coach-row">
        <button type="button" className={p.recording ? 'coach-danger' : undefined} onClick={p.onRecordToggle}
          disabled={!live && !p.recording} aria-pressed={p.recording}>
          {p.recording ? 'Stop recording' : 'Record set'}
        </button>
        {(p.recording || p.recordedS > 0) && <span className="coach-time">{formatTime(p.recordedS)}</span>}
        <button type="button" className="coach-primary" onClick={p.onAnalyse} disabled={!p.canAnalyse || p.recording}>
          Analyse recording
        </button>
      </div>
    </section>
  );
}
