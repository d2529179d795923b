/**
 * Two cameras of one set: the second video is analysed (the same pipeline; in 3D when the first has
 * 3D), both videos' per-frame signals are measured (person score, hip height, optical-flow motion),
 * and the most confident alignment method (src/multiview/sync.ts, Intel 3DAT article) gives the
 * offset that puts the second video beside the first on the one timeline. With 3D in both, the two
 * views' poses are fused (pipeline/fuse-cameras.ts) and the review can show the fused 3D.
 */
import { errorMessage } from '../core/errors';
import { alignVideos, type SyncTrack } from '../multiview/sync';
import { syncTrackOf } from '../multiview/track';
import { createPipeline } from '../pipeline/create';
import { fuseCameras, MIN_USEFUL_VIEW_ANGLE_DEG } from '../pipeline/fuse-cameras';
import type { Session } from '../pipeline/session';
import { motionSignal } from '../video/motion';
import type { SecondCamera } from './camera2-slice';
import { recompare } from './compare-actions';
import { dropJob, latestJob } from './jobs';
import { reviewOf } from './review-actions';
import { useAppStore } from './index';

const patch = (p: Partial<SecondCamera>): void => {
  const c = useAppStore.getState().camera2;
  if (c) useAppStore.setState({ camera2: { ...c, ...p } });
};

/** A video's sync signals: its 2D track plus the flow motion when that saw the same frames. */
async function syncTrack(s: Session, video: Blob, signal: AbortSignal): Promise<SyncTrack> {
  const m = await motionSignal(video, signal);
  return syncTrackOf(s.track, s.video.height, m.motion.length === s.track.frames ? m.motion : undefined);
}

/** Loads `file` as a second camera of the set on screen and aligns it in time (replaces the one before). */
export async function loadSecondCamera(file: File): Promise<void> {
  const job = latestJob('camera2');
  const { session, videoUrl, backendOverride, model, camera2: old } = useAppStore.getState();
  if (old) URL.revokeObjectURL(old.url);
  const url = URL.createObjectURL(file);
  useAppStore.setState({ camera2: { name: file.name, url, status: 'loading', progress: null, error: null, sync: null, estimates: [], durationS: 0, fusion: null, fusionNote: null, fused: false } });
  try {
    if (!session || !videoUrl) throw new Error('Analyse the first video (with its video kept) before adding a second camera.');
    const b = await createPipeline({ backend: backendOverride, model, lift3d: session.motion !== null }).run(file, {
      signal: job.signal, onProgress: (progress) => { if (job.isLatest()) patch({ progress }); },
    });
    if (!job.isLatest()) return;
    patch({ progress: null });
    const first = await (await fetch(videoUrl)).blob();
    const ta = await syncTrack(session, first, job.signal);
    const tb = await syncTrack(b, file, job.signal);
    if (!job.isLatest()) return;
    const { best, all } = alignVideos(ta, tb, ['score', 'pose', 'flow']);
    if (best.offsetS === null) throw new Error(`The two videos could not be aligned in time: ${all.map((e) => e.detail).join('; ')}. Film the same set from both phones, with the athlete in view in both.`);
    const f = session.motion && b.motion ? fuseCameras(session, b, best.offsetS) : null;
    const fusionNote = f ? null : !session.motion ? 'Both cameras\' 3D can be combined when this video is analysed in 3D.'
      : !b.motion ? `The second video has no 3D${b.warnings.length ? ` (${b.warnings.join(' ')})` : ''}, so the 3D comes from this video alone.`
      : 'The two videos share no moment with the athlete in view, so the 3D comes from this video alone.';
    const fusion = f ? { viewAngleDeg: f.viewAngleDeg, residualM: f.residualM, overlapFrames: f.overlapFrames, fusedSession: f.session, single: session } : null;
    patch({ status: 'ready', sync: best, estimates: all, durationS: b.track.tMs[b.track.frames - 1] / 1000, fusion, fusionNote });
    // A camera from another side improves the 3D (docs/multiview.md): used at once; one beside the first is offered, not used.
    if (fusion && fusion.viewAngleDeg >= MIN_USEFUL_VIEW_ANGLE_DEG) setFusedView(true);
  } catch (e) {
    if (job.isLatest() && !job.signal.aborted) patch({ status: 'error', progress: null, error: errorMessage(e) });
  } finally {
    job.done();
  }
}

/**
 * Shows the fused 3D of both cameras (on) or this video's own (off) in the viewer and the form checks;
 * the playhead, exercise and trim stay. Does nothing when the review on screen is no longer the one
 * the fusion was made from (another video or person).
 */
export function setFusedView(on: boolean): void {
  const { camera2: c, session } = useAppStore.getState();
  const f = c?.fusion;
  if (!f || !session || c.fused === on) return;
  if (session.motion !== (c.fused ? f.fusedSession.motion : f.single.motion)) return;
  useAppStore.setState(reviewOf(on ? f.fusedSession : f.single));
  patch({ fused: on });
  recompare();
}

/** Removes the second camera (cancels its analysis, releases its video; the review goes back to this video's own 3D). */
export function clearSecondCamera(): void {
  dropJob('camera2');
  const c = useAppStore.getState().camera2;
  if (c?.fused) setFusedView(false);
  if (c) URL.revokeObjectURL(c.url);
  useAppStore.setState({ camera2: null });
}
