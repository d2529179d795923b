/**
 * Two cameras of one set, in 3D: the second phone's lifted poses fused into the first's
 * (src/multiview/fuse3d.ts), giving a session that is the first video's in every respect but its 3D
 * pose (still camera A's axes, A's frames, A's root and gravity), so the viewer and the form checks
 * use both views. Pure.
 */
import { fuseViews, h36mConfidence, type ViewMotion } from '../multiview/fuse3d';
import { quantise, type Session } from './session';

export interface CameraFusion {
  /** The first video's session with the fused 3D pose (its analysis is made on demand, as for any session). */
  session: Session;
  /** Angle between the two cameras' viewing directions, degrees (0 = the same direction). */
  viewAngleDeg: number;
  /** How far apart (metres, RMS over confident joints) the two views' poses remain once lined up. */
  residualM: number;
  /** The first video's frames that the second camera saw too. */
  overlapFrames: number;
}

/** Below this angle a second camera sees the same side of the athlete: it adds little to the 3D. */
export const MIN_USEFUL_VIEW_ANGLE_DEG = 20;

const viewOf = (s: Session): ViewMotion | null => (s.motion ? {
  pose: s.motion.pose,
  conf: h36mConfidence(s.track.keypoints, s.track.frames),
  timesS: Array.from(s.track.tMs, (t) => t / 1000),
} : null);

/**
 * `a` with its 3D pose fused with `b`'s; `offsetS`: how much later an event appears in b's timeline
 * than in a's (the sync's offset). Null when either has no 3D or they share no frame.
 */
export function fuseCameras(a: Session, b: Session, offsetS: number): CameraFusion | null {
  const va = viewOf(a), vb = viewOf(b);
  if (!va || !vb || !a.motion) return null;
  const f = fuseViews(va, vb, offsetS);
  if (f.overlapFrames === 0) return null;
  const pose = f.pose.map(quantise.m);
  return {
    session: { ...a, motion: { ...a.motion, pose }, analysis: null, analysisError: null },
    viewAngleDeg: f.viewAngleDeg, residualM: f.residualM, overlapFrames: f.overlapFrames,
  };
}
