/** Reference comparison: run the same pipeline on a second video (or load a saved session), then compare the analyses. */
import { compareAnalysed } from '../analysis';
import { errorMessage } from '../core/errors';
import { analysisFor } from '../pipeline/analysis';
import { createPipeline } from '../pipeline/create';
import { analysedExercise, has3d, type Session } from '../pipeline/session';
import { sessionFromResult } from '../pipeline/session-json';
import { comparisonSummary, ghostRoots } from './compare-model';
import { initialCompare } from './compare-slice';
import { cancelJob, latestJob } from './jobs';
import { pickState } from './pick-state';
import { plantedRoots } from './review-model';
import { sessionStore } from './session-actions';
import { useAppStore } from './index';

type CompareState = Pick<ReturnType<typeof useAppStore.getState>, keyof typeof initialCompare>;

/** The comparison on screen, when there is a finished one (kept while a new reference loads). */
function snapshotCompare(): CompareState | null {
  if (useAppStore.getState().compareStatus !== 'ready') return null;
  return pickState(Object.keys(initialCompare) as (keyof CompareState)[]);
}

/**
 * A new reference failed: say why, and put the comparison that was on screen back (its video URL was
 * kept); the failed reference's URL is released.
 */
function fail(e: unknown, previous: CompareState | null, newUrl: string | null): void {
  const { referenceUrl } = useAppStore.getState();
  if (newUrl && referenceUrl === newUrl) URL.revokeObjectURL(newUrl);
  if (previous) {
    const name = previous.reference?.name ?? 'the previous reference';
    useAppStore.setState({ ...previous, compareError: `${errorMessage(e)} The comparison with “${name}” is kept.` });
  } else useAppStore.setState({ compareStatus: 'error', compareProgress: null, compareError: errorMessage(e), referenceUrl: null });
}

/** A new reference is on screen: the one it replaced gives back its video URL. */
function releasePrevious(previous: CompareState | null): void {
  const url = previous?.referenceUrl;
  if (url && url !== useAppStore.getState().referenceUrl) URL.revokeObjectURL(url);
}

/** An analysis outcome's detail, or its error thrown. */
const detailOr = ({ detail, error }: ReturnType<typeof analysisFor>, who: string) => {
  if (!detail) throw new Error(error ?? `${who} has no 3D motion to compare.`);
  return detail;
};

/** Compares the session on screen with `reference` (both need 3D) and sets the report + ghost. */
export function compareWith(reference: Session): void {
  const { session, motion, exercise } = useAppStore.getState();
  if (!session || !motion || !has3d(session)) throw new Error('The clip on screen has no 3D motion to compare. Turn on "3D + analysis" and analyse it again.');
  if (!has3d(reference)) throw new Error('The reference has no 3D motion. Analyse it with "3D + analysis" on.');
  const u = detailOr(analysisFor(session, { exercise: analysedExercise(session) ?? exercise }), 'The clip on screen');
  const as = u.analysis.exercise === 'unknown' ? undefined : u.analysis.exercise;
  const ref = detailOr(analysisFor(reference, { exercise: as }), 'The reference');
  const report = compareAnalysed(session.track, u, ref);
  const refRoot = plantedRoots(ref.ground, reference.track.frames);
  useAppStore.setState({
    compareStatus: 'ready', compareError: null, compareProgress: null, comparison: comparisonSummary(report, session.track.frames), referenceSession: reference,
    ghost: { pose: ref.ground, root: ghostRoots(report.matchedRefFrame, motion.pose, motion.root, ref.ground, refRoot), matched: report.matchedRefFrame },
  });
}

/** Runs the full pipeline (2D, 3D, analysis) on a reference video, then compares. */
export async function loadReferenceVideo(file: File): Promise<void> {
  const job = latestJob('reference');
  const { backendOverride, model } = useAppStore.getState();
  const previous = snapshotCompare();
  const url = URL.createObjectURL(file);
  useAppStore.setState({ ...initialCompare, reference: { name: file.name, source: 'video' }, compareStatus: 'loading', referenceUrl: url });
  try {
    const ref = await createPipeline({ backend: backendOverride, model }).run(file, {
      signal: job.signal, onProgress: (compareProgress) => { if (job.isLatest()) useAppStore.setState({ compareProgress }); },
    });
    if (job.isLatest()) { compareWith(ref); releasePrevious(previous); }
  } catch (e) {
    if (job.isLatest() && !job.signal.aborted) fail(e, previous, url);
  } finally {
    job.done();
  }
}

/** Uses a saved session as the reference. */
export async function loadReferenceSession(id: string): Promise<void> {
  cancelJob('reference');
  const previous = snapshotCompare();
  const store = await sessionStore();
  const s = await store.get(id).catch(() => null);
  const video = s?.meta.hasVideo ? await store.getVideo(id).catch(() => null) : null;
  const url = video ? URL.createObjectURL(video) : null;
  useAppStore.setState({ ...initialCompare, reference: { name: s?.meta.name ?? id, source: 'session' }, compareStatus: 'loading', referenceUrl: url });
  try {
    if (!s?.result) throw new Error('That session has no finished analysis to compare with.');
    compareWith(sessionFromResult(s.result));
    releasePrevious(previous);
  } catch (e) { fail(e, previous, url); }
}

/** The comparison on screen, redone for the athlete's 3D now on screen (or cleared with the reason when it cannot be). */
export function recompare(): void {
  const { referenceSession, compareStatus } = useAppStore.getState();
  if (!referenceSession || compareStatus !== 'ready') return;
  try { compareWith(referenceSession); } catch (e) {
    useAppStore.setState({ compareStatus: 'error', comparison: null, ghost: null, compareError: errorMessage(e) });
  }
}

/** Revokes the reference video's object URL (before it is replaced or cleared). */
function releaseReferenceUrl(): void {
  const url = useAppStore.getState().referenceUrl;
  if (url) URL.revokeObjectURL(url);
}

export function clearReference(): void {
  cancelJob('reference');
  releaseReferenceUrl();
  useAppStore.setState({ ...initialCompare });
}
