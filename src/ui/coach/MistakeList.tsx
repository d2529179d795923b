/** Mistake hints in plain coaching words, each with a "show me" button that jumps to the moment. */
import { mistakeCue, mistakeTitle, noIssuesText } from './coachWords';
import { mistakeMomentS, repNumberAt, sortMistakes } from './coachModel';
import { formatTime, severityWord } from './format';
import type { CheckView, MistakeView, RepView } from './types';

export interface MistakeListProps {
  mistakes: readonly MistakeView[];
  reps: readonly RepView[];
  onSeekS: (seconds: number) => void;
  /** The analysis' checks: the empty state names what was actually checked. */
  checks?: readonly CheckView[];
}

export function MistakeList({ mistakes, reps, onSeekS, checks }: MistakeListProps) {
  if (mistakes.length === 0) return <p className="coach-ok">{noIssuesText(checks)}</p>;
  return (
    <ul className="coach-list" aria-label="Form hints" data-testid="coach-hints">
      {sortMistakes(mistakes).map((m, i) => {
        const at = mistakeMomentS(m);
        const rep = repNumberAt(at, reps);
        const sev = severityWord(m.level ?? m.severity);
        const cue = mistakeCue(m.kind, m.message);
        return (
          <li key={`${m.kind}-${m.startS}-${i}`} className="coach-hint">
            <h3>
              {`${mistakeTitle(m.kind)} `}<span className={`coach-sev-${sev}`}>{`(${sev})`}</span>
            </h3>
            <p>{cue}</p>
            {m.message && m.message !== cue && <p className="coach-muted">{m.message}</p>}
            <div className="coach-row">
              <button type="button" className="coach-primary" onClick={() => onSeekS(at)}
                aria-label={`Show me: ${mistakeTitle(m.kind)} at ${formatTime(at)}`}>
                Show me
              </button>
              <span className="coach-muted">{`${formatTime(at)}${rep ? ` · rep ${rep}` : ''}`}</span>
            </div>
          </li>
        );
      })}
    </ul>
  );
}
