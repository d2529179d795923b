/** Review actions: show a finished result, re-run the analysis on the existing 3D (exercise, trim). */
import { analyzeDetailed, type AnalyzeOptions, type DetailedAnalysis } from '../analysis';
import type { CoachResult } from '../core/result';
import { has3d, sequenceOf, setAnalysis } from '../pipeline/analysis-of';
import { chartSignals, displayMotion, frameTimesS } from './review-model';
import { initialReview, type ReviewSlice, type Trim } from './review-slice';
import type { ExerciseChoice } from './settings-slice';
import { useAppStore } from './index';

const message = (e: unknown) => (e instanceof Error ? e.message : String(e));

function analyseOptions(): AnalyzeOptions {
  const { exercise, trim } = useAppStore.getState();
  return { exercise, trim: trim.startS === undefined && trim.endS === undefined ? undefined : trim };
}

function detailOf(result: CoachResult, opts: AnalyzeOptions): { detail: DetailedAnalysis | null; error: string | null } {
  if (!has3d(result)) return { detail: null, error: null };
  try {
    return { detail: analyzeDetailed(sequenceOf(result), opts), error: null };
  } catch (e) {
    return { detail: null, error: `Could not analyse the 3D motion: ${message(e)}` };
  }
}

/** The chosen exercise found no reps: does automatic detection find another exercise with reps? */
function suggestionFor(result: CoachResult, detail: DetailedAnalysis | null): ReviewSlice['exerciseSuggestion'] {
  const a = detail?.analysis;
  if (!a || a.repCount > 0 || a.exerciseSource !== 'user') return null;
  const { detail: auto } = detailOf(result, { ...analyseOptions(), exercise: 'auto' });
  const b = auto?.analysis;
  return b && b.repCount > 0 && b.exercise !== a.exercise && b.exercise !== 'unknown' ? { exercise: b.exercise, repCount: b.repCount } : null;
}

/** Puts a finished result on screen: derived 3D motion, charts and the analysis for the current choice. */
export function showResult(result: CoachResult, extra: { trim?: Trim } = {}): void {
  useAppStore.setState({ ...initialReview, trim: extra.trim ?? {}, result, frameTimes: frameTimesS(result), currentFrame: 0, currentTimeMs: 0 });
  const { detail, error } = detailOf(result, analyseOptions());
  useAppStore.setState({
    analysis: detail?.analysis ?? null, motion: displayMotion(result, detail), signals: detail ? chartSignals(detail) : null, reviewError: error,
    exerciseSuggestion: suggestionFor(result, detail),
  });
}

/** Re-runs `analyze()` on the result's existing 3D with the current exercise and trim (no re-detection). */
export function reanalyse(): void {
  const { result } = useAppStore.getState();
  if (!result) return;
  const { detail, error } = detailOf(result, analyseOptions());
  if (!detail) { useAppStore.setState({ reviewError: error }); return; }
  const next: CoachResult = { ...result };
  setAnalysis(next, detail.analysis);
  useAppStore.setState({
    result: next, analysis: detail.analysis, motion: displayMotion(next, detail), signals: chartSignals(detail), reviewError: null,
    exerciseSuggestion: suggestionFor(next, detail),
  });
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
