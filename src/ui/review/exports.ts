/** Builds and downloads each export kind from the result on screen (and the 3D view for PNG). */
import { boxesToCsv } from '../../core/box-csv';
import { downloadBlob, keypointsToCsv, MIME, motionFromResult, motionToBvh, repsToCsv, resultToJson, safeFileName } from '../../export';
import type { CoachResult } from '../../core/result';
import { useAppStore } from '../../store';
import { posesOfResult } from '../../store/review-model';
import { groundFromPoses } from '../../viewer';
import type { ExportKind } from '../coach';
import { activeViewer } from './viewer-registry';

const stem = (file: string) => file.replace(/\.[^.]+$/, '');

/** Why a kind cannot be exported now (shown next to the disabled button). */
export function unavailableExports(): Partial<Record<ExportKind, string>> {
  const { result, motion, analysis } = useAppStore.getState();
  const out: Partial<Record<ExportKind, string>> = {};
  if (!motion) { out.bvh = 'Needs the 3D motion (turn on "3D + analysis").'; out.png = out.bvh; }
  if (!analysis) out['csv-reps'] = 'Needs the exercise analysis.';
  if (!result) out.json = out['csv-keypoints'] = out['csv-boxes'] = 'Analyse a video first.';
  return out;
}

export async function runExport(kind: ExportKind): Promise<void> {
  const { result } = useAppStore.getState();
  if (!result) return;
  const name = stem(result.video.file);
  switch (kind) {
    case 'json': return downloadBlob(resultToJson(result), safeFileName(`${name}-analysis`, 'json'), MIME.json);
    case 'csv-keypoints': return downloadBlob(keypointsToCsv(result, { include: 'both' }), safeFileName(`${name}-keypoints`, 'csv'), MIME.csv);
    case 'csv-reps': return downloadBlob(repsToCsv(result.analysis), safeFileName(`${name}-reps`, 'csv'), MIME.csv);
    case 'csv-boxes': return downloadBlob(boxesToCsv(result.frames), safeFileName(`${name}-boxes`, 'csv'), MIME.csv);
    case 'bvh': {
      const up = useAppStore.getState().analysis?.ground.up;
      return downloadBlob(motionToBvh(motionFromResult(result), { ground: up ? groundOf(result, up) : undefined }), safeFileName(`${name}-motion`, 'bvh'), MIME.bvh);
    }
    case 'png': {
      const v = activeViewer();
      if (!v) throw new Error('The 3D view is not on screen.');
      return downloadBlob(await v.toPNG(), safeFileName(`${name}-3d`, 'png'), MIME.png);
    }
  }
}

/** The floor along the analysis' up direction in the lifter's camera frame (the viewer's ground rule). */
function groundOf(result: CoachResult, up: readonly [number, number, number]) {
  const n = result.frames.length;
  const roots = new Float32Array(n * 3);
  result.frames.forEach((f, i) => { const r = f.persons[0]?.root; if (r) roots.set(r, i * 3); });
  return groundFromPoses(up, posesOfResult(result), n, roots) ?? undefined;
}
