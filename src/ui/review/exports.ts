/** Builds and downloads each export kind from the session on screen (and the 3D view for PNG). */
import { boxesToCsv } from '../../core/box-csv';
import { downloadBlob, keypointsToCsv, MIME, mistakesToCsv, motionFromResult, motionToBvh, repsToCsv, resultToJson, safeFileName } from '../../export';
import type { Motion3D } from '../../pipeline/session';
import { toResult } from '../../pipeline/session-json';
import { useAppStore } from '../../store';
import { groundFromPoses } from '../../viewer';
import type { ExportKind } from '../shared/types';
import { activeViewer } from './viewer-registry';

const stem = (file: string) => file.replace(/\.[^.]+$/, '');

/** Why a kind cannot be exported now (shown next to the disabled button). */
export function unavailableExports(): Partial<Record<ExportKind, string>> {
  const { session, motion, analysis } = useAppStore.getState();
  const out: Partial<Record<ExportKind, string>> = {};
  if (!motion) { out.bvh = 'Needs the 3D motion (turn on "3D + analysis").'; out.png = out.bvh; }
  if (!analysis) out['csv-reps'] = out['csv-mistakes'] = 'Needs the exercise analysis.';
  if (!session) out.json = out['csv-keypoints'] = out['csv-boxes'] = 'Analyse a video first.';
  return out;
}

export async function runExport(kind: ExportKind): Promise<void> {
  const { session } = useAppStore.getState();
  if (!session) return;
  const name = stem(session.video.file);
  // The file formats are made from the session here, at the edge.
  const result = toResult(session);
  switch (kind) {
    case 'json': return downloadBlob(resultToJson(result), safeFileName(`${name}-analysis`, 'json'), MIME.json);
    case 'csv-keypoints': return downloadBlob(keypointsToCsv(result, { include: 'both' }), safeFileName(`${name}-keypoints`, 'csv'), MIME.csv);
    case 'csv-reps': return downloadBlob(repsToCsv(result.analysis), safeFileName(`${name}-reps`, 'csv'), MIME.csv);
    case 'csv-mistakes': return downloadBlob(mistakesToCsv(result.analysis), safeFileName(`${name}-hints`, 'csv'), MIME.csv);
    case 'csv-boxes': return downloadBlob(boxesToCsv(result.frames), safeFileName(`${name}-boxes`, 'csv'), MIME.csv);
    case 'bvh': {
      const up = useAppStore.getState().analysis?.ground.up;
      const ground = up && session.motion ? groundOf(session.motion, session.track.frames, up) : undefined;
      return downloadBlob(motionToBvh(motionFromResult(result), { ground }), safeFileName(`${name}-motion`, 'bvh'), MIME.bvh);
    }
    case 'png': {
      const v = activeViewer();
      if (!v) throw new Error('The 3D view is not on screen.');
      return downloadBlob(await v.toPNG(), safeFileName(`${name}-3d`, 'png'), MIME.png);
    }
  }
}

/** The floor along the analysis' up direction in the lifter's camera frame (the viewer's ground rule). */
function groundOf(motion: Motion3D, frames: number, up: readonly [number, number, number]) {
  return groundFromPoses(up, motion.pose, frames, motion.root ?? new Float32Array(frames * 3)) ?? undefined;
}
