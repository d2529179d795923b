/**
 * Evaluates a shipped lifter (ONNX through onnxruntime-web and the same TemporalLifter runtime the
 * browser uses) on ASF/AMC clips projected through seeded random cameras with 2D noise.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { frameSignals } from '../../../src/analysis/features';
import { groundFrame } from '../../../src/analysis/ground';
import { DEFAULT_THRESHOLDS } from '../../../src/analysis/thresholds';
import { combineUp } from '../../../src/core/gravity';
import { H36M_JOINTS } from '../../../src/core/skeleton';
import { constantBones, feetOnFloor, refinePose, reprojectLimbs } from '../../../src/lift3d/refine';
import { TemporalLifter } from '../../../src/lift3d/lifter';
import { validateMetadata, type LifterMetadata } from '../../../src/lift3d/metadata';
import { createOrtRunner } from '../../../src/lift3d/runner';
import { findMocapClips, loadMocapClip } from '../../../src/mocap/node';
import { makeRng } from '../../../src/core/rng';
import { groundTruth, heightBucket, pitchBucket, projectNoisy, sampleCamera, viewAngles, yawBucket } from './camera';
import { mpjpeFrame, nmpjpeFrame, pmpjpeJoints } from './procrustes';

/** What every mocap evaluation of a shipped lifter takes (eval:lifter, eval:multiview). */
export interface MocapEvalBase {
  /** Mocap folder laid out like ../shared/data/mocap. */
  data: string;
  /** Folder of the shipped lifters (manifest + ONNX). */
  modelDir: string;
  /** Model id (default: manifest 'offline'). */
  model?: string;
  seed: number;
  /** Only these subjects' clips (default: every clip under `data`). */
  subjects?: string[];
  /** Frame rate the clips are resampled to, frames/s. */
  fps: number;
  /** 2D detector noise: standard deviation as a fraction of the person's image size (camera.ts projectNoisy). */
  noiseFrac: number;
  /** onnxruntime-web threads. */
  threads: number;
}

export interface EvalOptions extends MocapEvalBase {
  camerasPerClip: number;
  /** Test-time flip augmentation in the runtime (default true, as the app lifts). */
  flip?: boolean;
  /** Runtime test-time refinement (`TemporalLifter({ refine })`; default false, as the app lifts). */
  refine?: boolean;
  /** Ablation: lift without the runtime's refinement and score each refinement of src/lift3d/refine.ts on the same poses. */
  ablateRefine?: boolean;
}

/** Median and 95th percentile (rounded to 0.1) of a list; nulls when empty. */
export function stats(v: number[]): { median: number | null; p95: number | null; n: number } {
  if (!v.length) return { median: null, p95: null, n: 0 };
  const s = Float64Array.from(v).sort();
  const q = (p: number) => { const i = p * (s.length - 1); const lo = Math.floor(i); return s[lo] + (s[Math.min(lo + 1, s.length - 1)] - s[lo]) * (i - lo); };
  return { median: Math.round(q(0.5) * 10) / 10, p95: Math.round(q(0.95) * 10) / 10, n: s.length };
}

const DEG = 180 / Math.PI;
const KNEES = [H36M_JOINTS.indexOf('left_knee'), H36M_JOINTS.indexOf('right_knee')];
const ANKLES = [H36M_JOINTS.indexOf('left_ankle'), H36M_JOINTS.indexOf('right_ankle')];
const REFINEMENTS = {
  none: (p: Float32Array) => p,
  constantBones: (p: Float32Array, F: number) => constantBones(p, F, false),
  constantSymmetricBones: (p: Float32Array, F: number) => constantBones(p, F, true),
  reprojection: (p: Float32Array, F: number, kp: Float32Array) => reprojectLimbs(p, F, kp, 0.75),
  feetOnFloor: (p: Float32Array, F: number, _kp: Float32Array, up: number[]) => feetOnFloor(p, F, up),
  reprojectionThenBones: (p: Float32Array, F: number, kp: Float32Array) => constantBones(reprojectLimbs(p, F, kp, 0.75), F, true),
  shipped: (p: Float32Array, F: number, kp: Float32Array) => refinePose(p, F, kp),
  shippedPlusFeet: (p: Float32Array, F: number, kp: Float32Array, up: number[]) => feetOnFloor(refinePose(p, F, kp), F, up),
} as const;
type RefineName = keyof typeof REFINEMENTS;

/** World up (+y of the mocap frame) in the lifter's output axes for an eval camera. */
const trueUp = (cam: { rot: number[][] }): [number, number, number] => [cam.rot[0][1], -cam.rot[1][1], -cam.rot[2][1]];
const angleDeg = (a: ArrayLike<number>, o: number, b: readonly number[]) =>
  Math.atan2(Math.hypot(a[o + 1] * b[2] - a[o + 2] * b[1], a[o + 2] * b[0] - a[o] * b[2], a[o] * b[1] - a[o + 1] * b[0]), a[o] * b[0] + a[o + 1] * b[1] + a[o + 2] * b[2]) * DEG;

class Acc {
  n = 0; sum = 0;
  add(v: number) { this.n++; this.sum += v; }
  get mm() { return this.n ? Math.round((10000 * this.sum) / this.n) / 10 : null; }
}
const accMap = <K extends string>(keys: readonly K[]) => Object.fromEntries(keys.map((k) => [k, new Acc()])) as Record<K, Acc>;
const mmMap = <K extends string>(m: Record<K, Acc>) => Object.fromEntries(Object.entries<Acc>(m).map(([k, a]) => [k, a.mm]));

export async function loadLifter(modelDir: string, id: string | undefined, threads: number, flip = true, refine = false): Promise<TemporalLifter> {
  const modelId = id ?? JSON.parse(readFileSync(path.join(modelDir, 'manifest.json'), 'utf8')).offline;
  const meta: LifterMetadata = validateMetadata(JSON.parse(readFileSync(path.join(modelDir, `${modelId}.json`), 'utf8')));
  const runner = await createOrtRunner({ model: readFileSync(path.join(modelDir, `${modelId}.onnx`)), numThreads: threads });
  return new TemporalLifter(runner, meta, { flip, refine });
}

export async function evaluateLifter(o: EvalOptions) {
  const flip = o.flip ?? true;
  const refine = !o.ablateRefine && (o.refine ?? false);
  const lifter = await loadLifter(o.modelDir, o.model, o.threads, flip, refine);
  const refs = findMocapClips(o.data).filter((r) => !o.subjects || o.subjects.includes(r.subject));
  if (!refs.length) throw new Error(`no clips found under ${o.data}${o.subjects ? ` for subjects ${o.subjects.join(', ')}` : ''}`);
  const rng = makeRng(o.seed);
  const all = { mpjpe: new Acc(), pmpjpe: new Acc(), nmpjpe: new Acc() };
  const byView = accMap(['front', 'diag', 'side', 'back'] as const);
  const byViewP = accMap(['front', 'diag', 'side', 'back'] as const);
  const byHeight = accMap(['belowKnee', 'torso', 'aboveHead'] as const);
  const byPitch = accMap(['below', 'level', 'above'] as const);
  const perJoint = accMap(H36M_JOINTS);
  const perJointP = accMap(H36M_JOINTS);
  const bySubject: Record<string, Acc> = {};
  const upErr: Record<'all' | 'below' | 'level' | 'above', number[]> = { all: [], below: [], level: [], above: [] };
  const clipUpErr: number[] = [];
  let withinSigma = 0;
  const spineErr = { posture: [] as number[], lifter: [] as number[], trueUp: [] as number[] };
  const refineAcc = Object.fromEntries(Object.keys(REFINEMENTS).map((k) => [k, { mpjpe: new Acc(), pmpjpe: new Acc(), knees: new Acc(), ankles: new Acc() }])) as Record<RefineName, Record<'mpjpe' | 'pmpjpe' | 'knees' | 'ankles', Acc>>;
  const t0 = Date.now();
  let lifted = 0;
  for (const ref of refs) {
    const clip = loadMocapClip(ref.amcPath, { fps: o.fps });
    const F = clip.frameCount;
    const mid = Math.floor(F / 2) * 51;
    for (let c = 0; c < o.camerasPerClip; c++) {
      const cam = sampleCamera(rng, [clip.h36m[mid], clip.h36m[mid + 1], clip.h36m[mid + 2]]);
      const kp = projectNoisy(cam, clip.coco3d, F, rng, o.noiseFrac);
      const { pose3d, up, upSigmaDeg } = await lifter.liftSequence({ keypoints: kp, frames: F, width: cam.width, height: cam.height });
      lifted += F;
      const gt = groundTruth(cam, clip.h36m, F);
      const tu = trueUp(cam);
      const clipUp = up && upSigmaDeg ? combineUp(up, upSigmaDeg) : null;
      if (clipUp) clipUpErr.push(angleDeg(clipUp.up, 0, tu));
      for (let f = 0; f < F; f++) {
        const e = mpjpeFrame(pose3d, gt, f * 51);
        const pj = pmpjpeJoints(pose3d, gt, f * 51);
        const p = pj.reduce((s, x) => s + x, 0) / 17;
        all.mpjpe.add(e); all.pmpjpe.add(p); all.nmpjpe.add(nmpjpeFrame(pose3d, gt, f * 51));
        const v = viewAngles(cam, clip.h36m, f);
        byView[yawBucket(v.yaw)].add(e); byViewP[yawBucket(v.yaw)].add(p); byHeight[heightBucket(cam.pos[1])].add(e); byPitch[pitchBucket(v.elevation)].add(e);
        (bySubject[clip.subject] ??= new Acc()).add(e);
        H36M_JOINTS.forEach((name, j) => {
          const i = f * 51 + j * 3;
          perJoint[name].add(Math.hypot(pose3d[i] - gt[i], pose3d[i + 1] - gt[i + 1], pose3d[i + 2] - gt[i + 2]));
          perJointP[name].add(pj[j]);
        });
        if (up && upSigmaDeg) {
          const a = angleDeg(up, f * 3, tu);
          upErr.all.push(a); upErr[pitchBucket(v.elevation)].push(a);
          if (a <= upSigmaDeg[f]) withinSigma++;
        }
      }
      // Spine angle (pelvis→thorax above the floor) against the mocap truth, through the analyzers' ground frame.
      const usable = new Array<boolean>(F).fill(true);
      const truth = frameSignals(clip.h36m, F).spineDeg;
      const spine = (g: Float32Array) => frameSignals(g, F).spineDeg;
      const addSpine = (list: number[], s: Float64Array) => { for (let f = 0; f < F; f++) if (Number.isFinite(s[f])) list.push(Math.abs(s[f] - truth[f])); };
      addSpine(spineErr.posture, spine(groundFrame(pose3d, F, usable, DEFAULT_THRESHOLDS).poses));
      const trueGravity = { up: new Float32Array(F * 3).map((_, i) => tu[i % 3]), upSigmaDeg: new Float32Array(F).fill(1) };
      addSpine(spineErr.trueUp, spine(groundFrame(pose3d, F, usable, DEFAULT_THRESHOLDS, trueGravity).poses));
      if (up && upSigmaDeg) addSpine(spineErr.lifter, spine(groundFrame(pose3d, F, usable, DEFAULT_THRESHOLDS, { up, upSigmaDeg }).poses));
      if (o.ablateRefine) {
        for (const [name, fn] of Object.entries(REFINEMENTS) as [RefineName, (typeof REFINEMENTS)[RefineName]][]) {
          const r = fn(pose3d, F, kp, clipUp?.up ?? [0, 1, 0]);
          const acc = refineAcc[name];
          for (let f = 0; f < F; f++) {
            acc.mpjpe.add(mpjpeFrame(r, gt, f * 51));
            acc.pmpjpe.add(pmpjpeJoints(r, gt, f * 51).reduce((s, x) => s + x, 0) / 17);
            for (const [list, a] of [[KNEES, acc.knees], [ANKLES, acc.ankles]] as const) {
              for (const j of list) { const i = f * 51 + j * 3; a.add(Math.hypot(r[i] - gt[i], r[i + 1] - gt[i + 1], r[i + 2] - gt[i + 2])); }
            }
          }
        }
      }
    }
  }
  await lifter.dispose();
  return {
    model: lifter.meta.id, receptiveField: lifter.receptiveField, causal: lifter.causal,
    mpjpeMm: all.mpjpe.mm, pmpjpeMm: all.pmpjpe.mm, nmpjpeMm: all.nmpjpe.mm,
    byView: mmMap(byView), byViewPmpjpe: mmMap(byViewP), byCameraHeight: mmMap(byHeight), byPitch: mmMap(byPitch), bySubject: mmMap(bySubject),
    perJoint: mmMap(perJoint), perJointPmpjpe: mmMap(perJointP),
    /** Angle (deg) between the gravity head's per-frame up and the truth, by camera pitch; null fields for models without the head. */
    upErrorDeg: upErr.all.length ? {
      ...stats(upErr.all), byPitch: { below: stats(upErr.below), level: stats(upErr.level), above: stats(upErr.above) },
      clip: stats(clipUpErr), withinPredictedSigma: Math.round((1000 * withinSigma) / upErr.all.length) / 1000,
    } : null,
    /** |spine angle − mocap truth| (deg, per frame) with the analyzers' ground frame from the standing-posture heuristic, from the lifter's up, and from the true up (the pose's own share). */
    spineAngleErrorDeg: { posture: stats(spineErr.posture), lifter: stats(spineErr.lifter), trueUp: stats(spineErr.trueUp) },
    ...(o.ablateRefine ? { refinement: Object.fromEntries(Object.entries(refineAcc).map(([k, a]) => [k, { mpjpeMm: a.mpjpe.mm, pmpjpeMm: a.pmpjpe.mm, kneesMm: a.knees.mm, anklesMm: a.ankles.mm }])) } : {}),
    frames: all.mpjpe.n, clips: refs.length, subjects: [...new Set(refs.map((r) => r.subject))],
    seed: o.seed, flip, refine, fps: o.fps, camerasPerClip: o.camerasPerClip, noiseFrac: o.noiseFrac,
    liftFramesPerS: Math.round(lifted / ((Date.now() - t0) / 1000)),
  };
}
