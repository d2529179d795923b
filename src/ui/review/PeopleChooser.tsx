/**
 * People mode: "Athlete: Person 1 / Person 2" under the video, the keyboard and screen-reader way to
 * choose whose reps, hints, charts, overlay and 3D view are shown (tapping a person on the video
 * does the same). Shown only when the analysis tracked two or more people.
 */
import { useAppStore } from '../../store';
import { choosePerson } from '../../store/people-actions';
import { personChoices } from '../../store/people-model';

export function PeopleChooser() {
  const session = useAppStore((s) => s.session);
  const choices = personChoices(session);
  if (choices.length === 0) return null;
  return (
    <div className="people-chooser" role="group" aria-labelledby="people-chooser-label" data-testid="people-chooser">
      <span id="people-chooser-label" className="people-chooser-label">Athlete:</span>
      {choices.map((c) => (
        <button key={c.id} type="button" aria-pressed={c.chosen} data-testid={`choose-person-${c.id}`} onClick={() => choosePerson(c.id)}>
          {c.label}{c.auto && <span className="people-auto"> (auto-chosen)</span>}
        </button>
      ))}
      <span className="people-chooser-help coach-muted">
        <span className="touch-only">Tap a person on the video to switch.</span>
        <span className="mouse-only">Or click a person on the video.</span>
      </span>
    </div>
  );
}
