/**
 * People mode: the user makes another tracked person the athlete. Every person's 2D track, 3D motion
 * and analysis were kept by the pipeline (`Session.people`), so a switch re-runs nothing but the
 * cached analysis for the current exercise/trim choice: reps, hints, charts, the 2D overlay, the 3D
 * view and the comparison then show that person. The saved session follows the choice.
 */
import { errorMessage } from '../core/errors';
import { toResult } from '../pipeline/session-json';
import { recompare } from './compare-actions';
import { reviewOf } from './review-actions';
import { sessionStore } from './session-actions';
import { useAppStore } from './index';

/** Writes the shown session (now about the chosen person) over the saved one, so reopening it shows them. */
async function saveChoice(): Promise<void> {
  const { session, sessionId } = useAppStore.getState();
  if (!session || !sessionId) return;
  try { await (await sessionStore()).complete(sessionId, toResult(session)); } catch (e) {
    useAppStore.setState({ sessionNote: `Sessions: ${errorMessage(e)}` });
  }
}

/**
 * Shows person `id`'s analysis as the athlete's (playback position, exercise choice and trim kept).
 * False when there is no such person or they are already on screen.
 */
export function choosePerson(id: number): boolean {
  const { session, status } = useAppStore.getState();
  const people = session?.people;
  const person = people?.find((p) => p.id === id);
  if (!session || !people || !person || session.athleteId === id || status === 'running') return false;
  useAppStore.setState(reviewOf({ ...person.session, athleteId: id, people }));
  recompare();
  void saveChoice();
  return true;
}
