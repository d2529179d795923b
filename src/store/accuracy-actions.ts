/**
 * The Accuracy tab's actions: read a truth file the user picked (locally: File.text(), nothing is
 * uploaded), score the reviewed session's keypoints against it (src/eval/video-eval.ts) and keep the report.
 */
import { errorMessage } from '../core/errors';
import type { Pt } from '../eval/keypoints';
import { parseTruth } from '../eval/truth';
import { evaluateVideo, type PredFrame } from '../eval/video-eval';
import type { Session } from '../pipeline/session';
import { useAppStore } from './index';

/** Detector joints under this score count as not found (the app's overlay cut). */
const MIN_SCORE = 0.2;

/** The session's athlete as per-frame predictions: 2D px (COCO) and root-relative 3D metres (H36M). */
export function predFromSession(s: Pick<Session, 'track' | 'motion'>): PredFrame[] {
  const { track, motion } = s;
  return Array.from({ length: track.frames }, (_, i): PredFrame => {
    const kp = track.keypoints;
    const kp2d = track.personId[i] < 0 ? null : Array.from({ length: 17 }, (_, j): Pt => {
      const o = (i * 17 + j) * 3;
      return kp[o + 2] >= MIN_SCORE ? [kp[o], kp[o + 1]] : null;
    });
    const pose = motion?.pose;
    const has3 = pose && Number.isFinite(pose[i * 51]);
    const pose3d = has3 ? Array.from({ length: 17 }, (_, j): Pt => Array.from(pose.subarray(i * 51 + j * 3, i * 51 + j * 3 + 3))) : null;
    return { tMs: track.tMs[i], kp2d, pose3d };
  });
}

/** Loads a truth file for the reviewed clip; a bad file leaves the previous scores and says why. */
export async function loadTruthFile(file: File): Promise<void> {
  const { session } = useAppStore.getState();
  if (!session) return;
  try {
    const truth = parseTruth(await file.text());
    const { width, height } = session.video;
    if (truth.size && (truth.size.width !== width || truth.size.height !== height)) {
      throw new Error(`it is labelled at ${truth.size.width}×${truth.size.height} px, but this video shows ${width}×${height} px`);
    }
    const report = evaluateVideo(truth, predFromSession(session));
    if (report.framesCompared + report.missingFrames - report.outsideClip === 0) throw new Error(`none of its frames is in this ${session.video.frameCount}-frame video`);
    useAppStore.setState({ accuracy: { file: file.name, truth, report }, accuracyError: null });
  } catch (e) {
    useAppStore.setState({ accuracyError: `Could not use ${file.name}: ${errorMessage(e)}` });
  }
}
