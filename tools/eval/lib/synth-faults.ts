/**
 * Synthetic labelled faults from motion capture (issue 11): real squats/deadlifts of the shared
 * CMU corpus with a fault injected in 3D (knee valgus, spine flexion, heel lift, shallow depth),
 * seen through virtual cameras at several yaws: 2D = COCO-17 keypoints projected by a pinhole
 * camera with detector-like noise (jitter ∝ person size, part white part drifting, per-joint scores,
 * after training/noise.py); 3D = the mocap H36M pose in that camera with lifter-like noise (white +
 * drifting depth error, as src/analysis/fixtures/synthetic.ts `viaCamera`). Node only.
 */
import path from 'node:path';
import { applyMat, axisAngle, mulMat, rotX, rotY, transformPoints } from '../../../src/core/geometry';
import { makeRng } from '../../../src/core/rng';
import { COCO, H36M } from '../../../src/core/skeleton';
import { cross, normalize, type Vec3 } from '../../../src/core/vec3';
import { viaCamera } from '../../../src/analysis/fixtures/synthetic';
import { h36mScores } from '../../../src/analysis/h36m-scores';
import { facingAzimuth } from '../../../src/analysis/ground';
import type { PoseSequence } from '../../../src/analysis/types';
import { loadMocapClip } from '../../../src/mocap/node';

export type SynthKind = 'knee_valgus' | 'rounded_back' | 'heel_lift' | 'shallow_depth' | 'forward_lean' | 'hips_rise_first';

export interface MocapSet { amc: string; start: number; end: number; exercise: 'squat' | 'deadlift' }

/** Squat and deadlift takes of the shared CMU corpus (subject 13 squats, subject 2 deadlifts). */
export const MOCAP_SETS: readonly MocapSet[] = [
  { amc: 'cmu/13/13_29.amc', start: 3805, end: 4592, exercise: 'squat' },
  { amc: 'cmu/13/13_30.amc', start: 1417, end: 1932, exercise: 'squat' },
  { amc: 'hdm05/bd/HDM_bd_squat1Reps_001_120.amc', start: 1, end: Infinity, exercise: 'squat' },
  { amc: 'hdm05/bk/HDM_bk_squat1Reps_013_120.amc', start: 1, end: Infinity, exercise: 'squat' },
  { amc: 'cmu/02/02_06.amc', start: 1, end: Infinity, exercise: 'deadlift' },
  // Toe touches (straight-legged hinges) stand in for more hinge takes.
  { amc: 'cmu/13/13_29.amc', start: 1921, end: 2700, exercise: 'deadlift' },
  { amc: 'cmu/13/13_31.amc', start: 985, end: 1392, exercise: 'deadlift' },
];

/** Faults each exercise gets (valgus and depth are squat faults; the rest apply to both). */
export const KINDS_FOR: Record<'squat' | 'deadlift', readonly SynthKind[]> = {
  squat: ['knee_valgus', 'forward_lean', 'rounded_back', 'heel_lift', 'shallow_depth'],
  deadlift: ['rounded_back', 'heel_lift', 'hips_rise_first'],
};

/**
 * Fault sizes at full depth: knees 5 cm inside the hip–ankle line, 40° of spine flexion (half lumbar,
 * half thoracic), 6 cm of heel rise, 35% of the depth, 30° more trunk lean (a rigid trunk tipping at
 * the hips); hips rising first: the shoulders stay at their bottom height until the hips have done
 * half of their rise (`hipsFirstHold`), then catch up by the lockout.
 */
export const FAULT_SIZE = { valgusM: 0.05, flexDeg: 40, heelM: 0.06, depthFrac: 0.35, leanDeg: 30, hipsFirstHold: 0.5 };

interface World { h36m: Float32Array; coco: Float32Array; frames: number; fps: number }

const J = H36M, C = COCO;
const get = (a: Float32Array, f: number, j: number): Vec3 => [a[(f * 17 + j) * 3], a[(f * 17 + j) * 3 + 1], a[(f * 17 + j) * 3 + 2]];
const put = (a: Float32Array, f: number, j: number, v: Vec3) => { a[(f * 17 + j) * 3] = v[0]; a[(f * 17 + j) * 3 + 1] = v[1]; a[(f * 17 + j) * 3 + 2] = v[2]; };

/** The trunk and arms, which tip at the hips (H36M and COCO indices). */
const TRUNK = [J.spine, J.thorax, J.neck, J.head, J.left_shoulder, J.left_elbow, J.left_wrist, J.right_shoulder, J.right_elbow, J.right_wrist];
const TRUNK_C = [C.nose, C.left_eye, C.right_eye, C.left_ear, C.right_ear, C.left_shoulder, C.right_shoulder, C.left_elbow, C.right_elbow, C.left_wrist, C.right_wrist];

/** 0 standing … 1 at the set's deepest point, from the pelvis height. */
function depthOf(w: World): Float64Array {
  const h = Float64Array.from({ length: w.frames }, (_, f) => w.h36m[(f * 17 + J.pelvis) * 3 + 1]);
  const hi = Math.max(...h), lo = Math.min(...h);
  return h.map((v) => Math.max(0, Math.min(1, (hi - v) / Math.max(1e-6, hi - lo))));
}

/** Rotates joints `hj` (H36M) and `cj` (COCO) of frame f by `angle` about `axis` through `pivot`. */
function rotateAbout(w: World, f: number, pivot: Vec3, axis: Vec3, angle: number, hj: number[], cj: number[]) {
  const m = axisAngle(axis, angle);
  const r = (v: Vec3): Vec3 => { const d = applyMat(m, [v[0] - pivot[0], v[1] - pivot[1], v[2] - pivot[2]]); return [d[0] + pivot[0], d[1] + pivot[1], d[2] + pivot[2]]; };
  for (const j of hj) put(w.h36m, f, j, r(get(w.h36m, f, j)));
  for (const j of cj) put(w.coco, f, j, r(get(w.coco, f, j)));
}

/**
 * Injects `kind` into a copy of the world poses, scaled by the per-frame depth. `headUp` (rounded
 * back only): the neck extends by the whole flexion so the head keeps its clean orientation, as real
 * lifters who round the back while looking ahead do (the shared rounded-back pulls).
 */
export function injectFault(src: World, kind: SynthKind, o: { headUp?: boolean } = {}): World {
  const w = { ...src, h36m: src.h36m.slice(), coco: src.coco.slice() };
  const d = depthOf(src);
  let stand = 0;
  for (let f = 0; f < w.frames; f++) if (d[f] < d[stand]) stand = f;
  const ascent = kind === 'hips_rise_first' ? ascents(src, d) : [];
  for (let f = 0; f < w.frames; f++) {
    const lat = normalize(((a, b) => [a[0] - b[0], 0, a[2] - b[2]] as Vec3)(get(w.h36m, f, J.left_hip), get(w.h36m, f, J.right_hip)));
    const fwd = cross(lat, [0, 1, 0]); // left × up = forward
    if (kind === 'knee_valgus') {
      // Each knee moves (with the depth) to `valgusM` inside its hip–ankle line: a real cave, whatever the stance.
      const lateral = (v: Vec3) => v[0] * lat[0] + v[2] * lat[2];
      for (const [side, hip, knee, ankle, cknee] of [[1, J.left_hip, J.left_knee, J.left_ankle, C.left_knee], [-1, J.right_hip, J.right_knee, J.right_ankle, C.right_knee]] as const) {
        const h = get(w.h36m, f, hip), k = get(w.h36m, f, knee), a = get(w.h36m, f, ankle);
        const t = (k[1] - h[1]) / ((a[1] - h[1]) || 1e-6);
        const line = lateral(h) + t * (lateral(a) - lateral(h));
        const shift = d[f] * (line - side * FAULT_SIZE.valgusM - lateral(k));
        for (const [arr, j] of [[w.h36m, knee], [w.coco, cknee]] as const) { const v = get(arr, f, j); put(arr, f, j, [v[0] + shift * lat[0], v[1], v[2] + shift * lat[2]]); }
      }
    } else if (kind === 'forward_lean') {
      const s = applyMat(axisAngle(lat, 0.1), [0, 1, 0]);
      const sign = s[0] * fwd[0] + s[2] * fwd[2] > 0 ? 1 : -1;
      rotateAbout(w, f, get(w.h36m, f, J.pelvis), lat, sign * (FAULT_SIZE.leanDeg * Math.PI / 180) * d[f], TRUNK, TRUNK_C);
    } else if (kind === 'rounded_back') {
      const half = ((FAULT_SIZE.flexDeg / 2) * Math.PI / 180) * d[f];
      // Flexion tips the upper body forward: the sign that moves "up" towards "fwd" about `lat`.
      const s = applyMat(axisAngle(lat, 0.1), [0, 1, 0]);
      const sign = s[0] * fwd[0] + s[2] * fwd[2] > 0 ? 1 : -1;
      const upper = [J.thorax, J.neck, J.head, J.left_shoulder, J.left_elbow, J.left_wrist, J.right_shoulder, J.right_elbow, J.right_wrist];
      const upperC = [C.nose, C.left_eye, C.right_eye, C.left_ear, C.right_ear, C.left_shoulder, C.right_shoulder, C.left_elbow, C.right_elbow, C.left_wrist, C.right_wrist];
      rotateAbout(w, f, get(w.h36m, f, J.spine), lat, sign * half, upper, upperC); // lumbar (lowerback)
      rotateAbout(w, f, get(w.h36m, f, J.thorax), lat, sign * half, [J.neck, J.head], [C.nose, C.left_eye, C.right_eye, C.left_ear, C.right_ear]); // thoracic (upperback/thorax)
      if (o.headUp) rotateAbout(w, f, get(w.h36m, f, J.neck), lat, -2 * sign * half, [J.head], [C.nose, C.left_eye, C.right_eye, C.left_ear, C.right_ear]); // neck extension
    } else if (kind === 'hips_rise_first') {
      const a = ascent[f];
      if (!a) continue;
      // The hips rise while the shoulders (thorax) stay low: the trunk tips forward at the hips until
      // the thorax is where the hold wants it (at most ~12° below horizontal, never backwards).
      const P = FAULT_SIZE.hipsFirstHold;
      const pelvis = get(w.h36m, f, J.pelvis), thorax = get(w.h36m, f, J.thorax);
      const L = Math.hypot(thorax[0] - pelvis[0], thorax[1] - pelvis[1], thorax[2] - pelvis[2]);
      const heldY = a.bottomThoraxY + Math.max(0, (a.progress - P) / (1 - P)) * (thorax[1] - a.bottomThoraxY);
      const elev = Math.asin(Math.max(-1, Math.min(1, (thorax[1] - pelvis[1]) / L)));
      const want = Math.asin(Math.max(-0.2, Math.min(1, (heldY - pelvis[1]) / L)));
      if (!(want < elev)) continue;
      const s = applyMat(axisAngle(lat, 0.1), [0, 1, 0]);
      const sign = s[0] * fwd[0] + s[2] * fwd[2] > 0 ? 1 : -1;
      rotateAbout(w, f, pelvis, lat, sign * (elev - want), TRUNK, TRUNK_C);
    } else if (kind === 'heel_lift') {
      const up = FAULT_SIZE.heelM * d[f];
      for (const arr of [w.h36m, w.coco]) for (let j = 0; j < 17; j++) arr[(f * 17 + j) * 3 + 1] += up;
    } else {
      const a = FAULT_SIZE.depthFrac;
      for (const arr of [w.h36m, w.coco]) for (let j = 0; j < 17; j++) for (let k = 0; k < 3; k++) {
        const i = (f * 17 + j) * 3 + k, s0 = (stand * 17 + j) * 3 + k;
        arr[i] = src[arr === w.h36m ? 'h36m' : 'coco'][s0] + a * ((arr === w.h36m ? src.h36m : src.coco)[i] - src[arr === w.h36m ? 'h36m' : 'coco'][s0]);
      }
    }
  }
  return w;
}

/** Deepest point of each rep: a frame deeper than `BOTTOM_DEPTH` and the deepest until depth falls under `STAND_DEPTH` again. */
const BOTTOM_DEPTH = 0.6, STAND_DEPTH = 0.1;

function repBottoms(d: Float64Array): number[] {
  const out: number[] = [];
  let best = -1;
  for (let f = 0; f < d.length; f++) {
    if (d[f] >= BOTTOM_DEPTH && (best < 0 || d[f] > d[best])) best = f;
    if (d[f] < STAND_DEPTH && best >= 0) { out.push(best); best = -1; }
  }
  if (best >= 0) out.push(best);
  return out;
}

/**
 * For each frame of a rep's rise (from its deepest point until the depth is back under `STAND_DEPTH`):
 * the rise done so far (0 at the bottom … 1 standing) and the thorax height (m) at the bottom.
 */
function ascents(w: World, d: Float64Array): ({ progress: number; bottomThoraxY: number } | undefined)[] {
  const out: ({ progress: number; bottomThoraxY: number } | undefined)[] = new Array(w.frames);
  for (const b of repBottoms(d)) {
    const bottomThoraxY = w.h36m[(b * 17 + J.thorax) * 3 + 1];
    for (let f = b; f < w.frames && d[f] >= STAND_DEPTH; f++) out[f] = { progress: Math.max(0, Math.min(1, 1 - d[f] / d[b])), bottomThoraxY };
  }
  return out;
}

/**
 * Ground truth of hips rising first (the rule itself, in 3D): per rep, the thorax's rise over the
 * pelvis's rise from the lowest pelvis until the pelvis has done half of its rise; the smallest over
 * the reps (1 = constant back angle, 0 = shoulders held down). Only reps whose pelvis rises at least
 * `MIN_PULL_RISE_M` count: the straight-legged toe touches move the pelvis 7–8 cm, no pull from the floor.
 */
const MIN_PULL_RISE_M = 0.15;

export function worldHipsFirstRatio(w: World): number {
  const d = depthOf(w);
  const y = (f: number, j: number) => w.h36m[(f * 17 + j) * 3 + 1];
  let worst = Infinity;
  for (const b of repBottoms(d)) {
    let top = b;
    while (top < w.frames - 1 && d[top + 1] >= STAND_DEPTH) top++;
    const half = y(b, J.pelvis) + 0.5 * (y(top, J.pelvis) - y(b, J.pelvis));
    let mid = b;
    while (mid < top && y(mid, J.pelvis) < half) mid++;
    const hipRise = y(mid, J.pelvis) - y(b, J.pelvis);
    if (y(top, J.pelvis) - y(b, J.pelvis) >= MIN_PULL_RISE_M) worst = Math.min(worst, (y(mid, J.thorax) - y(b, J.thorax)) / hipRise);
  }
  return worst;
}

export function loadWorld(mocapDir: string, s: MocapSet, fps = 30): World {
  const c = loadMocapClip(path.join(mocapDir, s.amc), { fps, startFrame: s.start, ...(Number.isFinite(s.end) ? { endFrame: s.end } : {}) });
  return { h36m: c.h36m, coco: c.coco3d, frames: c.frameCount, fps };
}

/**
 * The world seen from camera yaw `yawDeg` (0 = facing the camera, 90 = the person's left side),
 * 3.5 m away at hip height, 1000 px focal length, 720×1280 portrait frame; 2D with detector noise,
 * 3D with lifter-like noise.
 */
export function render(w: World, yawDeg: number, seed: number): PoseSequence {
  const facing = facingAzimuth(w.h36m, Math.floor(w.frames / 2));
  const az = facing + (yawDeg * Math.PI) / 180;
  const m = mulMat(rotX((5 * Math.PI) / 180), rotY(-az));
  const cam = transformPoints(w.coco, m);
  const g = makeRng(seed);
  const kp = new Float32Array(w.frames * 51);
  const [D, F, cx, cy, camH] = [3.5, 1000, 360, 640, 0.9];
  const drift = Array.from({ length: 34 }, () => 0);
  const base = Array.from({ length: 17 }, () => g.uniform(0.55, 0.95));
  for (let f = 0; f < w.frames; f++) {
    let ymin = Infinity, ymax = -Infinity;
    for (let j = 0; j < 17; j++) { const y = cam[(f * 17 + j) * 3 + 1]; ymin = Math.min(ymin, y); ymax = Math.max(ymax, y); }
    const sizePx = (F * (ymax - ymin)) / D;
    for (let j = 0; j < 17; j++) {
      const [x, y, z] = [cam[(f * 17 + j) * 3], cam[(f * 17 + j) * 3 + 1], cam[(f * 17 + j) * 3 + 2]];
      const depth = D - z;
      drift[2 * j] = 0.9 * drift[2 * j] + 0.44 * g.normal(); drift[2 * j + 1] = 0.9 * drift[2 * j + 1] + 0.44 * g.normal();
      const score = Math.max(0.05, Math.min(1, base[j] + 0.08 * g.normal()));
      const sigma = 0.008 * sizePx * (2.2 - score); // ≈ 1% of the person's size, more on unsure joints
      kp[(f * 17 + j) * 3] = cx + (F * x) / depth + sigma * (0.5 * g.normal() + 0.8 * drift[2 * j]);
      kp[(f * 17 + j) * 3 + 1] = cy - (F * (y - camH)) / depth + sigma * (0.5 * g.normal() + 0.8 * drift[2 * j + 1]);
      kp[(f * 17 + j) * 3 + 2] = score;
    }
  }
  const seq: PoseSequence = { fps: w.fps, frames: w.frames, tMs: Array.from({ length: w.frames }, (_, i) => (i * 1000) / w.fps), pose3d: w.h36m };
  const lifted = viaCamera(seq, { yawDeg: (az * 180) / Math.PI, pitchDeg: 5, noiseM: 0.01, depthNoiseM: 0.04, seed: seed + 1 });
  const scores = new Float32Array(w.frames * 17);
  for (let f = 0; f < w.frames; f++) scores.set(h36mScores(Array.from({ length: 17 }, (_, j) => [0, 0, kp[(f * 17 + j) * 3 + 2]])), f * 17);
  return { ...lifted, scores, keypoints2d: kp };
}

/** Ground truth depth of a take: the smallest sine of the thigh elevation (hip above knee over thigh length; < 0 = below parallel). */
export function worldMinThighSin(w: World): number {
  let m = Infinity;
  for (let f = 0; f < w.frames; f++) {
    for (const [h, k] of [[J.left_hip, J.left_knee], [J.right_hip, J.right_knee]]) {
      const a = get(w.h36m, f, h), b = get(w.h36m, f, k);
      m = Math.min(m, (a[1] - b[1]) / Math.hypot(a[0] - b[0], a[1] - b[1], a[2] - b[2]));
    }
  }
  return m;
}

/** Ground truth of the lean rule on a take: the largest trunk-minus-shin inclination (deg, from vertical). */
export function worldLeanExcessDeg(w: World): number {
  const incl = (a: Vec3, b: Vec3) => (Math.acos(Math.max(-1, Math.min(1, (b[1] - a[1]) / Math.hypot(b[0] - a[0], b[1] - a[1], b[2] - a[2])))) * 180) / Math.PI;
  let m = -Infinity;
  for (let f = 0; f < w.frames; f++) {
    const shin = (incl(get(w.h36m, f, J.left_ankle), get(w.h36m, f, J.left_knee)) + incl(get(w.h36m, f, J.right_ankle), get(w.h36m, f, J.right_knee))) / 2;
    m = Math.max(m, incl(get(w.h36m, f, J.pelvis), get(w.h36m, f, J.thorax)) - shin);
  }
  return m;
}

/**
 * Ground truth of heel lift on a take: the ankles' mean height at the deepest frame (lowest pelvis)
 * over their height at the highest pelvis, in that frame's shin lengths (some mocap "clean" squats
 * rise onto the toes: HDM05 bk's ankles come up 4.7 cm).
 */
export function worldHeelRiseShin(w: World): number {
  const y = (f: number, j: number) => w.h36m[(f * 17 + j) * 3 + 1];
  let lo = 0, hi = 0;
  for (let f = 0; f < w.frames; f++) { if (y(f, J.pelvis) < y(lo, J.pelvis)) lo = f; if (y(f, J.pelvis) > y(hi, J.pelvis)) hi = f; }
  const ankles = (f: number) => (y(f, J.left_ankle) + y(f, J.right_ankle)) / 2;
  const shin = (Math.hypot(...[0, 1, 2].map((k) => w.h36m[(hi * 17 + J.left_knee) * 3 + k] - w.h36m[(hi * 17 + J.left_ankle) * 3 + k]))
    + Math.hypot(...[0, 1, 2].map((k) => w.h36m[(hi * 17 + J.right_knee) * 3 + k] - w.h36m[(hi * 17 + J.right_ankle) * 3 + k]))) / 2;
  return (ankles(lo) - ankles(hi)) / shin;
}
