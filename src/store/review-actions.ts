/** Review actions: show a finished session, re-run the analysis on its existing 3D (exercise, trim). */
import { analysisFor, withAnalysis } from '../pipeline/analysis';
import type { AnalysisSettings, Session } from '../pipeline/session';
import { otherPeople3d } from './people-3d';
import { chartSignals, displayMotion, frameTimesS } from './review-model';
import { initialReview, type ReviewSlice, type Trim } from './review-slice';
import type { ExerciseChoice } from './settings-slice';
import { useAppStore } from './index';

function analyseOptions(): AnalysisSettings {
  const { exercise, trim } = useAppStore.getState();
  return { exercise, trim: trim.startS === undefined && trim.endS === undefined ? undefined : trim };
}

/** The chosen exercise found no reps: does automatic detection find another exercise with reps? */
function suggestionFor(s: Session): ReviewSlice['exerciseSuggestion'] {
  const a = s.analysis?.analysis;
  if (!a || a.repCount > 0 || a.exerciseSource !== 'user') return null;
  const b = analysisFor(s, { ...analyseOptions(), exercise: 'auto' }).detail?.analysis;
  return b && b.repCount > 0 && b.exercise !== a.exercise && b.exercise !== 'unknown' ? { exercise: b.exercise, repCount: b.repCount } : null;
}

/** The review's derived state for a session analysed with the current choice (one analysis per choice: cached). */
export function reviewOf(session: Session): Partial<ReturnType<typeof useAppStore.getState>> {
  const s = withAnalysis(session, analyseOptions());
  return {
    session: s, analysis: s.analysis?.analysis ?? null, motion: displayMotion(s), others: otherPeople3d(s), signals: s.analysis ? chartSignals(s.analysis) : null,
    reviewError: s.analysisError ? `Could not analyse the 3D motion: ${s.analysisError}` : null, exerciseSuggestion: suggestionFor(s),
  };
}

/** Puts a finished session on screen: derived 3D motion, charts and the analysis for the current choice. */
export function showSession(session: Session, extra: { trim?: Trim } = {}): void {
  useAppStore.setState({ ...initialReview, trim: extra.trim ?? {}, frameTimes: frameTimesS(session), currentFrame: 0, currentTimeMs: 0 });
  useAppStore.setState(reviewOf(session));
}

/** Re-runs the analysis on the session's existing 3D with the current exercise and trim (no re-detection). */
export function reanalyse(): void {
  const { session } = useAppStore.getState();
  if (!session?.motion) return;
  const next = reviewOf(session);
  // A failed re-analysis keeps what is on screen and says why.
  if (!next.session?.analysis) { useAppStore.setState({ reviewError: next.reviewError ?? null }); return; }
  useAppStore.setState(next);
}

export function setExerciseChoice(choice: ExerciseChoice): void {
  useAppStore.getState().setExercise(choice);
  reanalyse();
}

/** Applies a trim when it is valid (start < end, inside the clip); an invalid one is kept for the panel but not run. */
export function setTrim(trim: Trim): void {
  useAppStore.setState({ trim });
  const { startS, endS } = trim;
  if (startS !== undefined && endS !== undefined && !(startS < endS)) return;
  reanalyse();
}
