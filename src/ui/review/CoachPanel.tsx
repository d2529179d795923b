/** The coaching panel: exercise + trim, view warnings, rep table, mistake hints. Pure props. */
import { viewWarningText } from '../shared/coachWords';
import { repNumberAt } from './coachModel';
import { ExerciseControls } from './ExerciseControls';
import { frameAt, timeOf } from '../shared/format';
import { MistakeList } from './MistakeList';
import { RepList } from './RepList';
import type { ExerciseChoice } from '../../analysis/types';
import type { AnalysisView, TrimView } from '../shared/types';
import '../shared/coach.css';

export interface CoachPanelProps {
  /** Contract D analysis; null while none is available. */
  analysis: AnalysisView | null;
  fps: number;
  frameCount: number;
  /** Per-frame presentation times in seconds (result JSON `tMs / 1000`); default frame/fps. */
  frameTimesS?: ArrayLike<number>;
  /** Current frame (highlights the rep under the playhead). */
  frame: number;
  exerciseChoice: ExerciseChoice;
  onExerciseChoiceChange: (choice: ExerciseChoice) => void;
  trim: TrimView;
  onTrimChange: (trim: TrimView) => void;
  onSeek: (frame: number) => void;
  /** The chosen exercise found no reps but another one would: offered instead of "no form issues". */
  suggestion?: { exercise: string; repCount: number } | null;
}

/** No reps: say so plainly (never "nice work"), and offer the exercise that does find reps. */
function NoReps({ exercise, suggestion, onChoose }: { exercise: string; suggestion?: CoachPanelProps['suggestion']; onChoose: (c: ExerciseChoice) => void }) {
  const s = suggestion;
  return (
    <div className="coach-card" data-testid="no-reps">
      <h3>No reps found</h3>
      {s ? (
        <>
          <p>{`No ${exercise} reps were found. This looks like a ${s.exercise}: analysed as a ${s.exercise} it has ${s.repCount} ${s.repCount === 1 ? 'rep' : 'reps'}.`}</p>
          <button type="button" className="coach-primary" data-testid="use-suggestion"
            onClick={() => onChoose(s.exercise === 'deadlift' ? 'deadlift' : 'squat')}>{`Analyse as ${s.exercise}`}</button>
        </>
      ) : (
        <p>{`No ${exercise === 'unknown' ? '' : `${exercise} `}reps were found, so form was not checked. Check that the whole body is in the picture, or choose the exercise under “Analyse as”.`}</p>
      )}
    </div>
  );
}

export function CoachPanel(p: CoachPanelProps) {
  const a = p.analysis;
  if (!a) {
    return (
      <section className="coach coach-card" aria-label="Coaching">
        <h2>Coaching</h2>
        <p className="coach-muted">Analyse a video to see reps, form hints and charts here.</p>
      </section>
    );
  }
  const durationS = timeOf(Math.max(0, p.frameCount - 1), p.fps, p.frameTimesS);
  const currentS = timeOf(p.frame, p.fps, p.frameTimesS);
  const seekS = (s: number) => p.onSeek(frameAt(s, p.fps, p.frameCount, p.frameTimesS));
  return (
    <section className="coach" aria-label="Coaching">
      <h2>{`${a.repCount} ${a.repCount === 1 ? 'rep' : 'reps'}`}</h2>
      <ExerciseControls detected={a.exercise} choice={p.exerciseChoice} onChoiceChange={p.onExerciseChoiceChange}
        active={a.active} trim={p.trim} onTrimChange={p.onTrimChange} durationS={durationS} currentS={currentS} />
      {a.viewWarnings.length > 0 && (
        <ul className="coach-list" aria-label="Camera view warnings">
          {a.viewWarnings.map((w) => <li key={w} className="coach-warning">{viewWarningText(w)}</li>)}
        </ul>
      )}
      <div className="coach-card">
        <h3>Reps</h3>
        <RepList reps={a.reps} mistakes={a.mistakes} currentRep={repNumberAt(currentS, a.reps)} onSeekS={seekS} />
      </div>
      {a.repCount === 0 && a.mistakes.length === 0 ? (
        <NoReps exercise={a.exercise} suggestion={p.suggestion} onChoose={p.onExerciseChoiceChange} />
      ) : (
        <div className="coach-card">
          <h3>Form hints</h3>
          <MistakeList mistakes={a.mistakes} reps={a.reps} onSeekS={seekS} checks={a.checks} />
        </div>
      )}
    </section>
  );
}
