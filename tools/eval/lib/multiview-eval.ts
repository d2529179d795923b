/**
 * Two-camera fusion on mocap (issue 14, item 5): each clip is filmed by two seeded virtual cameras
 * 45–135° apart (tools/lifter/eval/camera.ts) with detector-like noise and self-occlusion
 * (./occlusion.ts), each view is lifted by the shipped lifter (ONNX through the browser's runtime,
 * in Node), the two are fused (src/multiview/fuse3d.ts) and every result is scored in camera A's
 * axes against the mocap truth: all joints, and the joints A could not see but B could.
 */
import { mulMat, transpose, type Mat3 } from '../../../src/core/geometry';
import { COCO, COCO_TO_H36M, H36M_JOINTS } from '../../../src/core/skeleton';
import { makeRng, type Rng } from '../../../src/core/rng';
import { findMocapClips, loadMocapClip } from '../../../src/mocap/node';
import { fuseAligned, fuseViews, h36mConfidence, type FuseOptions } from '../../../src/multiview/fuse3d';
import { groundTruth, projectNoisy, sampleCamera, type EvalCamera } from '../../lifter/eval/camera';
import { loadLifter, type MocapEvalBase } from '../../lifter/eval/evaluate';
import { degradeHidden, occludedJoints } from './occlusion';

export interface MultiviewEvalOptions extends MocapEvalBase {
  /** At most this many clips (after the subject filter), evenly spread; all when absent. */
  maxClips?: number;
  /** At most this many frames per clip (from the middle). */
  maxFrames?: number;
  /** Also score the fusion variants (default true). */
  ablation?: boolean;
}

const J = 17;
class Acc {
  n = 0; sum = 0;
  add(v: number) { this.n++; this.sum += v; }
  get mm() { return this.n ? Math.round((10000 * this.sum) / this.n) / 10 : null; }
}

/** Lifter output axes (x right, y up, z towards the viewer) from world, for an eval camera (rows right, down, forward). */
const liftAxes = (cam: EvalCamera): Mat3 => {
  const [r, d, f] = cam.rot;
  return [r[0], r[1], r[2], -d[0], -d[1], -d[2], -f[0], -f[1], -f[2]];
};
const rotAngleDeg = (a: Mat3, b: Mat3) => {
  const m = mulMat(a, transpose(b));
  return (Math.acos(Math.max(-1, Math.min(1, (m[0] + m[4] + m[8] - 1) / 2))) * 180) / Math.PI;
};
/** The horizontal angle between two cameras' viewing directions (deg). */
const yawApartDeg = (a: EvalCamera, b: EvalCamera) => {
  const fa = a.rot[2], fb = b.rot[2];
  return (Math.acos(Math.max(-1, Math.min(1, (fa[0] * fb[0] + fa[2] * fb[2]) / (Math.hypot(fa[0], fa[2]) * Math.hypot(fb[0], fb[2]))))) * 180) / Math.PI;
};
/** A second camera 45–135° (horizontally) from the first, around the same person. */
function secondCamera(r: Rng, first: EvalCamera, pelvis: [number, number, number]): EvalCamera {
  for (;;) { const c = sampleCamera(r, pelvis); const d = yawApartDeg(first, c); if (d >= 45 && d <= 135) return c; }
}
/** H36M joints hidden in a view: any COCO keypoint it is made of hidden (frames × 17). */
function hiddenH36m(coco: Uint8Array, frames: number): Uint8Array {
  const out = new Uint8Array(frames * J);
  const src = H36M_JOINTS.map((n) => COCO_TO_H36M[n].map(([c]) => COCO[c]));
  for (let f = 0; f < frames; f++) for (let j = 0; j < J; j++) out[f * J + j] = src[j].some((c) => coco[f * J + c]) ? 1 : 0;
  return out;
}
const err = (p: Float32Array, g: Float32Array, i: number) => Math.hypot(p[i * 3] - g[i * 3], p[i * 3 + 1] - g[i * 3 + 1], p[i * 3 + 2] - g[i * 3 + 2]);

/** Fusion variants scored beside the default (ablation). */
const VARIANTS: Record<string, FuseOptions & { equalConf?: boolean }> = {
  default: {},
  isotropic: { depthRatio: 1 },
  noRobust: { iterations: 1 },
  equalConfidence: { equalConf: true },
  ...Object.fromEntries([2, 3, 6].flatMap((d) => [0.3, 0.5, 1].map((c) => [`depthRatio${d}Full${c}`, { depthRatio: d, fullConfidence: c }]))),
  depthRatio4Full05: { fullConfidence: 0.5 },
  depthRatio4Full1: { fullConfidence: 1 },
};

export async function evaluateMultiview(o: MultiviewEvalOptions) {
  const lifter = await loadLifter(o.modelDir, o.model, o.threads);
  let refs = findMocapClips(o.data).filter((r) => !o.subjects || o.subjects.includes(r.subject));
  if (!refs.length) throw new Error(`no clips found under ${o.data}${o.subjects ? ` for subjects ${o.subjects.join(', ')}` : ''}`);
  if (o.maxClips && refs.length > o.maxClips) refs = Array.from({ length: o.maxClips }, (_, i) => refs[Math.floor((i * refs.length) / o.maxClips!)]);
  const rng = makeRng(o.seed);
  const acc = {
    singleA: new Acc(), singleB: new Acc(), fused: new Acc(), oracleRotationFused: new Acc(),
    hiddenInA: { singleA: new Acc(), fused: new Acc() }, visibleInBoth: { singleA: new Acc(), fused: new Acc() },
  };
  const variants = Object.fromEntries(Object.keys(VARIANTS).map((k) => [k, { all: new Acc(), hiddenInA: new Acc() }]));
  const perJointHidden = Object.fromEntries(H36M_JOINTS.map((n) => [n, { singleA: new Acc(), fused: new Acc() }]));
  const rotErrDeg: number[] = [], apartDeg: number[] = [];
  const axisSq = [0, 0, 0];
  let hiddenShareA = 0, jointsA = 0, frames = 0;
  const t0 = Date.now();
  for (const ref of refs) {
    const full = loadMocapClip(ref.amcPath, { fps: o.fps });
    const start = o.maxFrames && full.frameCount > o.maxFrames ? Math.floor((full.frameCount - o.maxFrames) / 2) : 0;
    const F = o.maxFrames ? Math.min(o.maxFrames, full.frameCount) : full.frameCount;
    const h36m = full.h36m.subarray(start * 51, (start + F) * 51), coco3d = full.coco3d.subarray(start * 51, (start + F) * 51);
    const mid = Math.floor(F / 2) * 51;
    const pelvis: [number, number, number] = [h36m[mid], h36m[mid + 1], h36m[mid + 2]];
    const camA = sampleCamera(rng, pelvis), camB = secondCamera(rng, camA, pelvis);
    apartDeg.push(yawApartDeg(camA, camB));
    const view = async (cam: EvalCamera) => {
      const kp = projectNoisy(cam, coco3d, F, rng, o.noiseFrac);
      const hiddenCoco = occludedJoints(cam, coco3d, F);
      degradeHidden(kp, hiddenCoco, F, rng);
      const { pose3d } = await lifter.liftSequence({ keypoints: kp, frames: F, width: cam.width, height: cam.height });
      return { pose: pose3d, conf: h36mConfidence(kp, F), hidden: hiddenH36m(hiddenCoco, F), timesS: Array.from({ length: F }, (_, f) => f / o.fps) };
    };
    const a = await view(camA), b = await view(camB);
    const gt = groundTruth(camA, h36m, F), gtB = groundTruth(camB, h36m, F);
    const fused = fuseViews(a, b, 0);
    const trueRot = mulMat(liftAxes(camA), transpose(liftAxes(camB)));
    rotErrDeg.push(rotAngleDeg(fused.rotation, trueRot));
    const rotate = (R: Mat3, p: Float32Array) => { const out = new Float32Array(p.length); for (let i = 0; i < p.length / 3; i++) for (let r = 0; r < 3; r++) out[i * 3 + r] = R[r * 3] * p[i * 3] + R[r * 3 + 1] * p[i * 3 + 1] + R[r * 3 + 2] * p[i * 3 + 2]; return out; };
    const oracle = fuseAligned(a.pose, a.conf, rotate(trueRot, b.pose), b.conf, [trueRot[2], trueRot[5], trueRot[8]]);
    const variantPoses = Object.fromEntries(Object.entries(o.ablation === false ? {} : VARIANTS).map(([k, v]) => {
      const conf = v.equalConf ? new Float32Array(F * J).fill(1) : null;
      return [k, fuseViews(conf ? { ...a, conf } : a, conf ? { ...b, conf } : b, 0, v).pose];
    }));
    for (let i = 0; i < F * J; i++) {
      if (i % J === 0) continue; // the root is 0 in every root-relative pose
      const eA = err(a.pose, gt, i), eF = err(fused.pose, gt, i);
      for (let k = 0; k < 3; k++) axisSq[k] += (a.pose[i * 3 + k] - gt[i * 3 + k]) ** 2;
      acc.singleA.add(eA); acc.fused.add(eF); acc.singleB.add(err(b.pose, gtB, i)); acc.oracleRotationFused.add(err(oracle, gt, i));
      for (const [k, p] of Object.entries(variantPoses)) { variants[k].all.add(err(p, gt, i)); if (a.hidden[i] && !b.hidden[i]) variants[k].hiddenInA.add(err(p, gt, i)); }
      jointsA++;
      if (a.hidden[i]) hiddenShareA++;
      if (a.hidden[i] && !b.hidden[i]) {
        acc.hiddenInA.singleA.add(eA); acc.hiddenInA.fused.add(eF);
        const pj = perJointHidden[H36M_JOINTS[i % J]]; pj.singleA.add(eA); pj.fused.add(eF);
      } else if (!a.hidden[i] && !b.hidden[i]) { acc.visibleInBoth.singleA.add(eA); acc.visibleInBoth.fused.add(eF); }
    }
    frames += F;
  }
  await lifter.dispose();
  const sorted = [...rotErrDeg].sort((x, y) => x - y);
  const r1 = (v: number) => Math.round(v * 10) / 10;
  return {
    model: lifter.meta.id, clips: refs.length, frames, seed: o.seed, fps: o.fps, noiseFrac: o.noiseFrac,
    subjects: [...new Set(refs.map((r) => r.subject))],
    camerasApartDeg: { min: r1(Math.min(...apartDeg)), max: r1(Math.max(...apartDeg)) },
    /** Share of (frame, joint) pairs hidden from camera A by the body (root excluded). */
    hiddenShareA: Math.round((1000 * hiddenShareA) / jointsA) / 1000,
    /** Mean per-joint position error (mm, root-relative, camera A's axes; B alone in B's axes). */
    mpjpeMm: { singleA: acc.singleA.mm, singleB: acc.singleB.mm, fused: acc.fused.mm, fusedWithTrueRotation: acc.oracleRotationFused.mm },
    /** One camera's RMS error (mm) along its own axes: x right, y up, z depth; depth/xy is the fusion's `depthRatio`. */
    singleViewAxisRmsMm: Object.fromEntries(['x', 'y', 'z'].map((k, i) => [k, Math.round(Math.sqrt(axisSq[i] / jointsA) * 10000) / 10])),
    hiddenInAVisibleInB: { n: acc.hiddenInA.fused.n, singleAMm: acc.hiddenInA.singleA.mm, fusedMm: acc.hiddenInA.fused.mm },
    visibleInBoth: { singleAMm: acc.visibleInBoth.singleA.mm, fusedMm: acc.visibleInBoth.fused.mm },
    perJointHiddenInA: Object.fromEntries(Object.entries(perJointHidden).filter(([, v]) => v.fused.n > 0).map(([k, v]) => [k, { n: v.fused.n, singleAMm: v.singleA.mm, fusedMm: v.fused.mm }])),
    /** Angle (deg) between the rotation found from the poses and the true rotation between the cameras. */
    rotationErrorDeg: { median: r1(sorted[Math.floor(sorted.length / 2)]), max: r1(sorted[sorted.length - 1]) },
    ablation: o.ablation === false ? null : Object.fromEntries(Object.entries(variants).map(([k, v]) => [k, { mpjpeMm: v.all.mm, hiddenInAMm: v.hiddenInA.mm }])),
    seconds: Math.round((Date.now() - t0) / 1000),
  };
}
