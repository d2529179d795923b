/**
 * Pure derivations for the review screen: what the 3D view shows per frame and the chart signals.
 * Spaces: display poses are H36M-17 in metres with y up and the floor at y = 0 (the analysis ground
 * frame when there is an analysis, else the lifter's camera frame, whose y is image-up).
 */
import type { DetailedAnalysis } from '../analysis';
import { has3d, type Session } from '../pipeline/session';
import { ANKLE_HEIGHT_M } from '../core/anatomy';
import { H36M } from '../core/skeleton';


export interface DisplayMotion {
  /** frames × 17 × 3, metres, y up, root-relative (pelvis at origin); NaN = no pose. */
  pose: Float32Array;
  /** frames × 3, metres: where the pelvis sits so that the lower ankle stands on the floor (y = 0). */
  root: Float32Array;
  frames: number;
}

export interface ChartSignals {
  spineAngleDeg: (number | null)[];
  kneeAngleDeg: (number | null)[];
  hipHeightM: (number | null)[];
}

/** Per-frame pelvis offsets that plant the lower ankle on y = 0 (squats and deadlifts keep the feet down). */
export function plantedRoots(pose: Float32Array, frames: number): Float32Array {
  const root = new Float32Array(frames * 3);
  const la = H36M.left_ankle * 3 + 1, ra = H36M.right_ankle * 3 + 1;
  for (let f = 0; f < frames; f++) {
    const low = Math.min(pose[f * 51 + la], pose[f * 51 + ra]);
    root[f * 3 + 1] = Number.isFinite(low) ? ANKLE_HEIGHT_M - low : NaN;
  }
  return root;
}

/** The 3D view's motion: the analysis ground frame when available, else the raw lifter output (camera axes). */
export function displayMotion(s: Pick<Session, 'motion' | 'analysis' | 'track'>): DisplayMotion | null {
  const frames = s.track.frames;
  if (!s.motion || !has3d(s)) return null;
  const ground = s.analysis?.ground;
  const pose = ground && ground.length === frames * 51 ? ground : s.motion.pose;
  return { pose, root: plantedRoots(pose, frames), frames };
}

const nul = (v: number): number | null => (Number.isFinite(v) ? Math.round(v * 1000) / 1000 : null);

/** Chart signals: the analyzer's gated spine angle, its knee angle (smaller knee) and hip height. */
export function chartSignals(detail: DetailedAnalysis): ChartSignals {
  return {
    spineAngleDeg: detail.analysis.spineAngleDeg,
    kneeAngleDeg: Array.from(detail.signals.kneeMinDeg, nul),
    hipHeightM: Array.from(detail.signals.hipHeight, nul),
  };
}

/** Per-frame presentation times in seconds (stable array for the timeline and charts). */
export const frameTimesS = (s: Pick<Session, 'track'>): Float64Array => s.track.tMs.map((ms) => ms / 1000);
