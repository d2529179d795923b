/** 3D motion input for exports, and the clean-up shared by them (hold missing frames, ground alignment, bone lengths). */
import type { CoachResult } from '../core/result';
import { rotationBetween, applyMat } from '../core/geometry';
import { H36M_PARENTS, NUM_JOINTS } from '../core/skeleton';

/** A 3D motion: H36M-17 poses in metres (camera axes x right, y up, z towards the viewer). */
export interface Motion3D {
  /** Frames per second of the sequence. */
  fps: number;
  frames: number;
  /** frames × 17 × 3 metres, root-relative or absolute; NaN marks a missing frame/joint. */
  pose3d: ArrayLike<number>;
  /** Optional frames × 3 metres pelvis trajectory, added to every joint. */
  root?: ArrayLike<number> | null;
}

const STRIDE = NUM_JOINTS * 3;

/** The motion of person `personId` (default: the first person of each frame) from a result JSON. */
export function motionFromResult(result: Pick<CoachResult, 'frames' | 'video'>, personId?: number): Motion3D {
  const n = result.frames.length;
  const pose3d = new Float64Array(n * STRIDE).fill(NaN);
  const root = new Float64Array(n * 3);
  let any3d = false;
  result.frames.forEach((f, i) => {
    const p = personId === undefined ? f.persons[0] : f.persons.find((q) => q.id === personId);
    if (!p?.pose3d) return;
    any3d = true;
    p.pose3d.forEach((k, j) => pose3d.set(k, i * STRIDE + j * 3));
    if (p.root) root.set(p.root, i * 3);
  });
  if (!any3d) throw new Error('this result has no 3D poses yet: run the 3D lifting step before exporting BVH');
  return { fps: result.video.fps, frames: n, pose3d, root };
}

/**
 * Per-frame world positions (metres, Float64Array of 17×3): root added, turned so `ground.up` is +y
 * with the floor at y = 0, and incomplete frames replaced by the nearest earlier complete one
 * (leading gaps take the first complete frame).
 */
export function prepareMotion(m: Motion3D, ground?: { up: readonly [number, number, number]; heightM: number }): Float64Array[] {
  if (!(m.fps > 0)) throw new Error(`motion fps must be positive, got ${m.fps}`);
  if (m.pose3d.length < m.frames * STRIDE) throw new Error(`pose3d needs ${m.frames}×17×3 numbers, got ${m.pose3d.length}`);
  const align = ground ? rotationBetween([...ground.up] as [number, number, number], [0, 1, 0]) : null;
  const out: (Float64Array | null)[] = [];
  for (let f = 0; f < m.frames; f++) {
    const p = new Float64Array(STRIDE);
    let ok = true;
    for (let j = 0; j < NUM_JOINTS; j++) {
      let v: [number, number, number] = [0, 1, 2].map((c) => m.pose3d[f * STRIDE + j * 3 + c] + (m.root ? m.root[f * 3 + c] : 0)) as [number, number, number];
      if (align && ground) {
        v = applyMat(align, v);
        v[1] -= ground.heightM;
      }
      if (!v.every(Number.isFinite)) ok = false;
      p.set(v, j * 3);
    }
    out.push(ok ? p : null);
  }
  const first = out.find((p) => p !== null);
  if (!first) throw new Error('no frame has a complete 3D pose to export');
  let last = first;
  return out.map((p) => (last = p ?? last));
}

/** Median length (metres) of each H36M bone over the frames, indexed by child joint (0 for the root). */
export function medianBoneLengths(frames: readonly Float64Array[]): Float64Array {
  const out = new Float64Array(NUM_JOINTS);
  for (let c = 1; c < NUM_JOINTS; c++) {
    const p = H36M_PARENTS[c];
    const ls = frames.map((f) => Math.hypot(f[c * 3] - f[p * 3], f[c * 3 + 1] - f[p * 3 + 1], f[c * 3 + 2] - f[p * 3 + 2])).sort((a, b) => a - b);
    out[c] = ls[Math.floor(ls.length / 2)];
  }
  return out;
}
