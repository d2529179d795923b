/** Mistake hints in plain coaching words, each with a "show me" button that jumps to the moment. */
import { mistakeCue, mistakeTitle, noIssuesText } from '../shared/coachWords';
import { mistakeMomentS } from './coachModel';
import { groupMistakes, repsWords } from './faults';
import { formatTime, severityWord } from '../shared/format';
import type { CheckView, MistakeView, RepView } from '../shared/types';

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
      {groupMistakes(mistakes, reps).map((g, i) => {
        const m = g.worst;
        const at = mistakeMomentS(m);
        const sev = severityWord(m.level ?? m.severity);
        const cue = mistakeCue(m.kind, m.message);
        // A hint of a check this view shows poorly says so, with how to film it for a sure check.
        const rough = checks?.find((c) => c.kind === g.kind && c.status === 'low_confidence');
        return (
          <li key={`${m.kind}-${i}`} className="coach-hint" data-kind={g.kind} style={{ borderLeftColor: g.color }}>
            <h3>
              {`${mistakeTitle(m.kind)} `}<span className={`coach-sev-${sev}`}>{`(${sev})`}</span>
            </h3>
            <p>{cue}</p>
            {m.message && m.message !== cue && <p className="coach-muted">{m.message}</p>}
            {rough && <p className="coach-muted" data-testid="hint-rough">{`Only roughly from this angle: ${rough.reason}`}</p>}
            <div className="coach-row">
              <button type="button" className="coach-primary" onClick={() => onSeekS(at)}
                aria-label={`Show me: ${mistakeTitle(m.kind)} at ${formatTime(at)}`}>
                Show me
              </button>
              <span className="coach-muted">{`${g.occurrences.length}× ${repsWords(g.reps)}`}</span>
            </div>
            {g.occurrences.length > 1 && (
              <div className="coach-row coach-occurrences" aria-label={`Every time: ${mistakeTitle(m.kind)}`} role="group">
                {g.occurrences.map((o) => (
                  <button key={o.atS} type="button" onClick={() => onSeekS(o.atS)}
                    aria-label={`Go to ${mistakeTitle(m.kind)} at ${formatTime(o.atS)}${o.rep ? `, rep ${o.rep}` : ''}`}>
                    {o.rep ? `Rep ${o.rep}` : formatTime(o.atS)}
                  </button>
                ))}
              </div>
            )}
          </li>
        );
      })}
    </ul>
  );
}
