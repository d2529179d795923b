/**
 * Evaluates a shipped lifter (ONNX through onnxruntime-web and the same TemporalLifter runtime the
 * browser uses) on ASF/AMC clips projected through seeded random cameras with 2D noise.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { H36M_JOINTS } from '../../src/core/skeleton';
import { TemporalLifter } from '../../src/lift3d/lifter';
import { validateMetadata, type LifterMetadata } from '../../src/lift3d/metadata';
import { createOrtRunner } from '../../src/lift3d/runner';
import { findMocapClips, loadMocapClip } from '../../src/mocap/node';
import { makeRng } from '../../src/core/rng';
import { groundTruth, heightBucket, pitchBucket, projectNoisy, sampleCamera, viewAngles, yawBucket } from './camera';
import { mpjpeFrame, nmpjpeFrame, pmpjpeFrame } from './procrustes';

export interface EvalOptions {
  data: string;
  modelDir: string;
  /** Model id (default: manifest 'offline'). */
  model?: string;
  seed: number;
  subjects?: string[];
  fps: number;
  camerasPerClip: number;
  noiseFrac: number;
  threads: number;
  /** Test-time flip augmentation in the runtime (default true, as the app lifts). */
  flip?: boolean;
}

class Acc {
  n = 0; sum = 0;
  add(v: number) { this.n++; this.sum += v; }
  get mm() { return this.n ? Math.round((10000 * this.sum) / this.n) / 10 : null; }
}
const accMap = <K extends string>(keys: readonly K[]) => Object.fromEntries(keys.map((k) => [k, new Acc()])) as Record<K, Acc>;
const mmMap = <K extends string>(m: Record<K, Acc>) => Object.fromEntries(Object.entries<Acc>(m).map(([k, a]) => [k, a.mm]));

export async function loadLifter(modelDir: string, id: string | undefined, threads: number, flip = true): Promise<TemporalLifter> {
  const modelId = id ?? JSON.parse(readFileSync(path.join(modelDir, 'manifest.json'), 'utf8')).offline;
  const meta: LifterMetadata = validateMetadata(JSON.parse(readFileSync(path.join(modelDir, `${modelId}.json`), 'utf8')));
  const runner = await createOrtRunner({ model: readFileSync(path.join(modelDir, `${modelId}.onnx`)), numThreads: threads });
  return new TemporalLifter(runner, meta, { flip });
}

export async function evaluateLifter(o: EvalOptions) {
  const flip = o.flip ?? true;
  const lifter = await loadLifter(o.modelDir, o.model, o.threads, flip);
  const refs = findMocapClips(o.data).filter((r) => !o.subjects || o.subjects.includes(r.subject));
  if (!refs.length) throw new Error(`no clips found under ${o.data}${o.subjects ? ` for subjects ${o.subjects.join(', ')}` : ''}`);
  const rng = makeRng(o.seed);
  const all = { mpjpe: new Acc(), pmpjpe: new Acc(), nmpjpe: new Acc() };
  const byView = accMap(['front', 'diag', 'side', 'back'] as const);
  const byViewP = accMap(['front', 'diag', 'side', 'back'] as const);
  const byHeight = accMap(['belowKnee', 'torso', 'aboveHead'] as const);
  const byPitch = accMap(['below', 'level', 'above'] as const);
  const perJoint = accMap(H36M_JOINTS);
  const bySubject: Record<string, Acc> = {};
  const t0 = Date.now();
  let lifted = 0;
  for (const ref of refs) {
    const clip = loadMocapClip(ref.amcPath, { fps: o.fps });
    const F = clip.frameCount;
    const mid = Math.floor(F / 2) * 51;
    for (let c = 0; c < o.camerasPerClip; c++) {
      const cam = sampleCamera(rng, [clip.h36m[mid], clip.h36m[mid + 1], clip.h36m[mid + 2]]);
      const kp = projectNoisy(cam, clip.coco3d, F, rng, o.noiseFrac);
      const { pose3d } = await lifter.liftSequence({ keypoints: kp, frames: F, width: cam.width, height: cam.height });
      lifted += F;
      const gt = groundTruth(cam, clip.h36m, F);
      for (let f = 0; f < F; f++) {
        const e = mpjpeFrame(pose3d, gt, f * 51);
        const p = pmpjpeFrame(pose3d, gt, f * 51);
        all.mpjpe.add(e); all.pmpjpe.add(p); all.nmpjpe.add(nmpjpeFrame(pose3d, gt, f * 51));
        const v = viewAngles(cam, clip.h36m, f);
        byView[yawBucket(v.yaw)].add(e); byViewP[yawBucket(v.yaw)].add(p); byHeight[heightBucket(cam.pos[1])].add(e); byPitch[pitchBucket(v.elevation)].add(e);
        (bySubject[clip.subject] ??= new Acc()).add(e);
        H36M_JOINTS.forEach((name, j) => {
          const i = f * 51 + j * 3;
          perJoint[name].add(Math.hypot(pose3d[i] - gt[i], pose3d[i + 1] - gt[i + 1], pose3d[i + 2] - gt[i + 2]));
        });
      }
    }
  }
  await lifter.dispose();
  return {
    model: lifter.meta.id, receptiveField: lifter.receptiveField, causal: lifter.causal,
    mpjpeMm: all.mpjpe.mm, pmpjpeMm: all.pmpjpe.mm, nmpjpeMm: all.nmpjpe.mm,
    byView: mmMap(byView), byViewPmpjpe: mmMap(byViewP), byCameraHeight: mmMap(byHeight), byPitch: mmMap(byPitch), bySubject: mmMap(bySubject), perJoint: mmMap(perJoint),
    frames: all.mpjpe.n, clips: refs.length, subjects: [...new Set(refs.map((r) => r.subject))],
    seed: o.seed, flip, fps: o.fps, camerasPerClip: o.camerasPerClip, noiseFrac: o.noiseFrac,
    liftFramesPerS: Math.round(lifted / ((Date.now() - t0) / 1000)),
  };
}
