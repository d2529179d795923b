/** Reference comparison: run the same pipeline on a second video (or load a saved session), then `compare()`. */
import { analyzeDetailed, compare } from '../analysis';
import type { CoachResult } from '../core/result';
import { analysisOf, has3d, sequenceOf } from '../pipeline/analysis-of';
import { analyzeVideo } from '../pipeline/run';
import { comparisonSummary, ghostRoots } from './compare-model';
import { initialCompare } from './compare-slice';
import { plantedRoots } from './review-model';
import { sessionStore } from './sessions';
import { useAppStore } from './index';

let controller: AbortController | null = null;

const fail = (e: unknown) => useAppStore.setState({ compareStatus: 'error', compareProgress: null, compareError: e instanceof Error ? e.message : String(e) });

/** Compares the result on screen with `reference` (both need 3D) and sets the report + ghost. */
export function compareWith(reference: CoachResult): void {
  const { result, motion, exercise } = useAppStore.getState();
  if (!result || !motion || !has3d(result)) throw new Error('The clip on screen has no 3D motion to compare. Turn on "3D + analysis" and analyse it again.');
  if (!has3d(reference)) throw new Error('The reference has no 3D motion. Analyse it with "3D + analysis" on.');
  const userExercise = analysisOf(result)?.exercise;
  const opts = { exercise: userExercise && userExercise !== 'unknown' ? userExercise : exercise };
  const report = compare(sequenceOf(result), sequenceOf(reference), opts);
  const ref = analyzeDetailed(sequenceOf(reference), { exercise: opts.exercise === 'auto' ? undefined : opts.exercise });
  const refRoot = plantedRoots(ref.ground, reference.frames.length);
  useAppStore.setState({
    compareStatus: 'ready', compareError: null, compareProgress: null, comparison: comparisonSummary(report, result.frames.length), referenceResult: reference,
    ghost: { pose: ref.ground, root: ghostRoots(report.matchedRefFrame, motion.pose, motion.root, ref.ground, refRoot), matched: report.matchedRefFrame },
  });
}

/** Runs the full pipeline (2D, 3D, analysis) on a reference video, then compares. */
export async function loadReferenceVideo(file: File): Promise<void> {
  controller?.abort();
  const ctl = new AbortController();
  controller = ctl;
  const { backendOverride, model } = useAppStore.getState();
  releaseReferenceUrl();
  useAppStore.setState({ ...initialCompare, reference: { name: file.name, source: 'video' }, compareStatus: 'loading', referenceUrl: URL.createObjectURL(file) });
  try {
    const stages = (await import('../pipeline/post-stages')).fullPostStages({});
    const ref = await analyzeVideo(file, {
      backend: backendOverride, model, signal: ctl.signal, postStages: stages,
      onProgress: (compareProgress) => { if (controller === ctl) useAppStore.setState({ compareProgress }); },
    });
    if (controller === ctl) compareWith(ref);
  } catch (e) {
    if (controller === ctl && !ctl.signal.aborted) fail(e);
  } finally {
    if (controller === ctl) controller = null;
  }
}

/** Uses a saved session's result as the reference. */
export async function loadReferenceSession(id: string): Promise<void> {
  controller?.abort();
  const store = await sessionStore();
  const s = await store.get(id).catch(() => null);
  const video = s?.meta.hasVideo ? await store.getVideo(id).catch(() => null) : null;
  releaseReferenceUrl();
  useAppStore.setState({
    ...initialCompare, reference: { name: s?.meta.name ?? id, source: 'session' }, compareStatus: 'loading', referenceUrl: video ? URL.createObjectURL(video) : null,
  });
  try {
    if (!s?.result) throw new Error('That session has no finished analysis to compare with.');
    compareWith(s.result);
  } catch (e) { fail(e); }
}

/** Revokes the reference video's object URL (before it is replaced or cleared). */
function releaseReferenceUrl(): void {
  const url = useAppStore.getState().referenceUrl;
  if (url) URL.revokeObjectURL(url);
}

export function clearReference(): void {
  controller?.abort();
  controller = null;
  releaseReferenceUrl();
  useAppStore.setState({ ...initialCompare });
}
