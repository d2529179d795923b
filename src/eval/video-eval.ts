/**
 * Keypoint accuracy of one video against its truth (src/eval/truth.ts), per frame and joint, with the
 * Intel 3DAT article's null handling (../shared/references/athlete-tracking-3dat.txt; src/eval/keypoints.ts):
 * unlabelled joints are skipped; a labelled joint the app did not find (no person in the frame, joint
 * below the confidence cut, frame beyond the clip) is a miss: wrong for PCK, left out of mean errors.
 *   2D (px): PCKh@0.5 (head box from `headSizePx`, else the face keypoints), PCK@0.2 (torso diameter), mean px error.
 *   3D (mm): MPJPE and 3DPCK@150 mm after root alignment: both poses root-relative (pelvis, else mid-hip);
 *   the root itself is not scored (it is zero by construction). PA-MPJPE: per frame, the prediction
 *   similarity-aligned (rotation, scale, translation) onto the truth over the joints both have.
 */
import { similarityAlignedErrors } from '../core/rigid';
import { H36M } from '../core/skeleton';
import { addMpjpe, addPck, emptyCounts, emptyMpjpe, headSizeFromFace, mpjpeOf, pckRates, torsoDiameter, type Pt } from './keypoints';
import type { VideoTruth } from './truth';

/** The app's prediction for one decoded frame. */
export interface PredFrame {
  /** Presentation time, ms from the first frame. */
  tMs: number;
  /** 17 COCO [x px, y px] (null per joint below the confidence cut); null = no person. */
  kp2d: Pt[] | null;
  /** 17 H36M [x, y, z] metres, camera axes; null = no 3D for this frame. */
  pose3d: Pt[] | null;
}

export interface JointScores2D { pckh05: number; pck02: number; meanPx: number }
export interface JointScores3D { mpjpeMm: number; pck150: number }

export interface VideoKeypointReport {
  /** Frames in the clip. */
  frames: number;
  /** Truth frames with at least one labelled joint. */
  truthFrames: number;
  /** Truth frames where the app had a person to compare. */
  framesCompared: number;
  /** Truth frames where it had none (no person found, or the frame is not in the clip). */
  missingFrames: number;
  /** Truth frames whose index or time lies outside the clip (included in missingFrames). */
  outsideClip: number;
  /** 2D, mean over joints of the per-joint rate (the article's summary); NaN without 2D truth. */
  pckh05: number;
  pck02: number;
  /** Mean 2D error over compared joints, px. */
  meanErrPx: number;
  /** Root-relative MPJPE, mm (NaN without 3D truth), and the share of labelled joints within 150 mm. */
  mpjpeMm: number;
  pck3d150: number;
  /** MPJPE after a per-frame similarity (Procrustes) alignment, mm: the pose's shape without its global rotation and size; NaN without 3D truth. */
  pampjpeMm: number;
  /** Per joint: COCO order for 2D, H36M order for 3D. */
  perJoint2d: JointScores2D[];
  perJoint3d: JointScores3D[];
  /** frames × 17 errors, COCO order, px: NaN = no truth, Infinity = labelled but not found. */
  errors2dPx: Float32Array;
  /** frames × 17 errors, H36M order, mm (same codes); null without 3D truth. */
  errors3dMm: Float32Array | null;
  /** Truth frames PCKh / PCK@0.2 could not score (no head size / no torso joints). */
  noHeadSize: number;
  noTorso: number;
}

/** Index of the decoded frame a truth frame names: by index, or by the nearest time within half a frame; −1 outside the clip. */
export function truthFrameIndex(f: { i: number | null; tS: number | null }, tMs: readonly number[]): number {
  if (f.i !== null) return f.i < tMs.length ? f.i : -1;
  const t = (f.tS ?? NaN) * 1000;
  let best = -1, bestD = Infinity;
  tMs.forEach((v, k) => { const d = Math.abs(v - t); if (d < bestD) { bestD = d; best = k; } });
  const step = tMs.length > 1 ? (tMs[tMs.length - 1] - tMs[0]) / (tMs.length - 1) : Infinity;
  return best >= 0 && bestD <= step / 2 + 1e-6 ? best : -1;
}

/** Root of a 3D pose: the pelvis, else the middle of the hips; null when neither is there. */
function root3d(p: readonly Pt[]): number[] | null {
  const pel = p[H36M.pelvis], l = p[H36M.left_hip], r = p[H36M.right_hip];
  if (pel) return [...pel];
  return l && r ? l.map((v, k) => (v + r[k]) / 2) : null;
}

const rel = (p: readonly Pt[], o: readonly number[]): Pt[] => p.map((q, j) => (q && j !== H36M.pelvis ? q.map((v, k) => v - o[k]) : null));
const mm = (p: readonly Pt[]): Pt[] => p.map((q) => (q ? q.map((v) => v * 1000) : null));
const err = (g: Pt, p: Pt | undefined) => (!g ? NaN : !p ? Infinity : Math.hypot(...g.map((v, k) => v - p[k])));

export function evaluateVideo(truth: VideoTruth, pred: readonly PredFrame[]): VideoKeypointReport {
  const n = pred.length;
  const times = pred.map((p) => p.tMs);
  const head = emptyCounts(17), torso = emptyCounts(17), px = emptyMpjpe(17), d3 = emptyMpjpe(17);
  const errors2dPx = new Float32Array(n * 17).fill(NaN);
  const has3 = truth.frames.some((f) => f.pose3d?.some(Boolean));
  const errors3dMm = has3 ? new Float32Array(n * 17).fill(NaN) : null;
  let truthFrames = 0, compared = 0, missing = 0, outside = 0, noHeadSize = 0, noTorso = 0, paSum = 0, paN = 0;
  for (const f of truth.frames) {
    const g2 = f.kp2d?.some(Boolean) ? f.kp2d : null;
    const g3raw = f.pose3d?.some(Boolean) ? f.pose3d : null;
    if (!g2 && !g3raw) continue;
    truthFrames++;
    const idx = truthFrameIndex(f, times);
    if (idx < 0) outside++;
    const p = idx >= 0 ? pred[idx] : null;
    if (p?.kp2d || p?.pose3d) compared++; else missing++;
    if (g2) {
      const p2 = p?.kp2d ?? null;
      const h = f.headPx ?? headSizeFromFace(g2);
      if (h) addPck(head, g2, p2, 0.5 * h); else noHeadSize++;
      const t = torsoDiameter(g2);
      if (t) addPck(torso, g2, p2, 0.2 * t); else noTorso++;
      addMpjpe(px, g2, p2, 0);
      if (idx >= 0) g2.forEach((g, j) => { errors2dPx[idx * 17 + j] = err(g, p2?.[j] ?? undefined); });
    }
    const o = g3raw && root3d(g3raw);
    if (g3raw && o) {
      const g3 = mm(rel(g3raw, o));
      const po = p?.pose3d && root3d(p.pose3d);
      const p3 = po ? mm(rel(p!.pose3d!, po)) : null;
      addMpjpe(d3, g3, p3, 150);
      if (p3) for (const v of similarityAlignedErrors(p3, g3)) if (Number.isFinite(v)) { paSum += v; paN++; }
      if (idx >= 0 && errors3dMm) g3.forEach((g, j) => { errors3dMm[idx * 17 + j] = err(g, p3?.[j] ?? undefined); });
    }
  }
  const h = pckRates(head), t = pckRates(torso), e = mpjpeOf(px), m = mpjpeOf(d3);
  const jointPck3d = (j: number) => {
    let a = 0, b = 0;
    if (errors3dMm) for (let i = 0; i < n; i++) { const v = errors3dMm[i * 17 + j]; if (!Number.isNaN(v)) { b++; if (v < 150) a++; } }
    return b ? a / b : NaN;
  };
  return {
    frames: n, truthFrames, framesCompared: compared, missingFrames: missing, outsideClip: outside,
    pckh05: h.mean, pck02: t.mean, meanErrPx: e.mean, mpjpeMm: m.mean, pck3d150: has3 ? m.pck : NaN, pampjpeMm: paN ? paSum / paN : NaN,
    perJoint2d: h.perJoint.map((v, j) => ({ pckh05: v, pck02: t.perJoint[j], meanPx: e.perJoint[j] })),
    perJoint3d: m.perJoint.map((v, j) => ({ mpjpeMm: v, pck150: jointPck3d(j) })),
    errors2dPx, errors3dMm, noHeadSize, noTorso,
  };
}

/** The app's result (`coach-analysis/1`, the analysed person) as predictions; 2D joints under `minScore` count as not found (the app's cut, 0.2). */
export function predFromResult(r: { frames: readonly { tMs: number; persons: readonly { keypoints2d: readonly (readonly number[])[]; pose3d?: readonly (readonly number[])[] }[] }[] }, minScore = 0.2): PredFrame[] {
  return r.frames.map((f) => {
    const p = f.persons[0];
    return {
      tMs: f.tMs,
      kp2d: p ? p.keypoints2d.map(([x, y, s]) => (s >= minScore ? [x, y] : null)) : null,
      pose3d: p?.pose3d && p.pose3d.every((q) => q.every(Number.isFinite)) ? p.pose3d.map((q) => [...q]) : null,
    };
  });
}
