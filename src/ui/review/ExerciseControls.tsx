/** Exercise label with an override select, and the active-span trim (start/end) controls. */
import { useId } from 'react';
import { trimError } from './coachModel';
import { formatTime } from '../shared/format';
import type { ExerciseChoice } from '../../analysis/types';
import type { TrimView } from '../shared/types';

export interface ExerciseControlsProps {
  /** What the analyzer detected (or was told), e.g. "squat". */
  detected: string;
  choice: ExerciseChoice;
  onChoiceChange: (choice: ExerciseChoice) => void;
  /** The active span the analysis used, seconds. */
  active: { startS: number; endS: number };
  trim: TrimView;
  onTrimChange: (trim: TrimView) => void;
  /** Clip length and playhead, seconds ("set to now" buttons use it). */
  durationS: number;
  currentS: number;
}

const parse = (v: string): number | undefined => (v.trim() === '' || !Number.isFinite(Number(v)) ? undefined : Number(v));

export function ExerciseControls(p: ExerciseControlsProps) {
  const id = useId();
  const err = trimError(p.trim.startS, p.trim.endS, p.durationS);
  const set = (t: TrimView) => p.onTrimChange(t);
  return (
    <div className="coach-card">
      <div className="coach-row">
        <span>{`Exercise: ${p.detected}`}</span>
        <label htmlFor={`${id}-ex`}>Analyse as</label>
        <select id={`${id}-ex`} value={p.choice} onChange={(e) => p.onChoiceChange(e.currentTarget.value as ExerciseChoice)}>
          <option value="auto">Detect automatically</option>
          <option value="squat">Squat</option>
          <option value="deadlift">Deadlift</option>
        </select>
      </div>
      <fieldset className="coach-row" aria-describedby={`${id}-trim-help`}>
        <legend>Active part</legend>
        <p id={`${id}-trim-help`} className="coach-muted">
          {`Analysed ${formatTime(p.active.startS)}–${formatTime(p.active.endS)}. Leave empty for automatic.`}
        </p>
        <label htmlFor={`${id}-start`}>Start (s)</label>
        <input id={`${id}-start`} type="number" inputMode="decimal" min={0} max={p.durationS} step={0.1} size={5}
          value={p.trim.startS ?? ''} onChange={(e) => set({ ...p.trim, startS: parse(e.currentTarget.value) })} />
        <button type="button" onClick={() => set({ ...p.trim, startS: p.currentS })}>Start here</button>
        <label htmlFor={`${id}-end`}>End (s)</label>
        <input id={`${id}-end`} type="number" inputMode="decimal" min={0} max={p.durationS} step={0.1} size={5}
          value={p.trim.endS ?? ''} onChange={(e) => set({ ...p.trim, endS: parse(e.currentTarget.value) })} />
        <button type="button" onClick={() => set({ ...p.trim, endS: p.currentS })}>End here</button>
        <button type="button" onClick={() => set({})} disabled={p.trim.startS === undefined && p.trim.endS === undefined}>Automatic</button>
      </fieldset>
      {err && <p role="alert" className="coach-flag">{err}</p>}
    </div>
  );
}
