/**
 * Evaluation cameras and 2D noise: a small, independent TypeScript re-implementation of the
 * training sampler (training/data.py, noise.py), kept deliberately simple. Per camera: yaw all
 * round, distance 2–8 m (log-uniform), height 0.2–2.4 m, 35mm-equivalent focal 20–55 mm,
 * portrait or landscape 1080×1920 px, aimed at the pelvis ±0.3 m. Noise: Gaussian jitter of
 * `noiseFrac` × person size (per-joint multipliers, smoothed), scores U(0.5, 1) per joint and
 * camera with ±0.05 flicker, 2 % of
 * joints dropped (score 0), off-image joints score 0.
 */
import type { Rng } from '../../../src/core/rng';

type V = [number, number, number];
export interface EvalCamera {
  /** Rows: right, down, forward (OpenCV camera axes) in the mocap world frame. */
  rot: [V, V, V];
  pos: V;
  f: number; cx: number; cy: number; width: number; height: number;
}

const norm = (a: V): V => { const n = Math.hypot(...a) || 1; return [a[0] / n, a[1] / n, a[2] / n]; };
const cross = (a: V, b: V): V => [a[1] * b[2] - a[2] * b[1], a[2] * b[0] - a[0] * b[2], a[0] * b[1] - a[1] * b[0]];

export function sampleCamera(r: Rng, pelvis: V): EvalCamera {
  const az = r.uniform(0, 2 * Math.PI);
  const dist = Math.exp(r.uniform(Math.log(2), Math.log(8)));
  const target: V = [pelvis[0] + r.uniform(-0.3, 0.3), r.uniform(0.4, 1.3), pelvis[2] + r.uniform(-0.3, 0.3)];
  const pos: V = [target[0] + dist * Math.sin(az), r.uniform(0.2, 2.4), target[2] + dist * Math.cos(az)];
  const fwd = norm([target[0] - pos[0], target[1] - pos[1], target[2] - pos[2]]);
  const right = norm(cross(fwd, [0, 1, 0]));
  const down = cross(fwd, right);
  const portrait = r() < 0.5;
  const width = portrait ? 1080 : 1920;
  const height = portrait ? 1920 : 1080;
  const f = (Math.exp(r.uniform(Math.log(20), Math.log(55))) / 43.27) * Math.hypot(width, height);
  return { rot: [right, down, fwd], pos, f, cx: width / 2, cy: height / 2, width, height };
}

/** World point → OpenCV camera coordinates (x right, y down, z forward). */
export function toCamera(cam: EvalCamera, p: ArrayLike<number>, o: number): V {
  const d: V = [p[o] - cam.pos[0], p[o + 1] - cam.pos[1], p[o + 2] - cam.pos[2]];
  return cam.rot.map((row) => row[0] * d[0] + row[1] * d[1] + row[2] * d[2]) as V;
}

/** Projects frames × 17 × 3 world points to pixels + score (frames × 17 × 3), with optional noise. */
export function projectNoisy(cam: EvalCamera, world: Float32Array, frames: number, r: Rng, noiseFrac: number): Float32Array {
  const out = new Float32Array(frames * 51);
  const mult = [0.7, 0.6, 0.6, 0.8, 0.8, 1, 1, 1.3, 1.3, 1.8, 1.8, 1.6, 1.6, 1.2, 1.2, 1.5, 1.5];
  const prev = new Float32Array(34);
  const scoreBase = Array.from({ length: 17 }, () => r.uniform(0.5, 1));
  for (let f = 0; f < frames; f++) {
    let lo = Infinity, hi = -Infinity;
    for (let j = 0; j < 17; j++) {
      const c = toCamera(cam, world, (f * 17 + j) * 3);
      const z = Math.max(c[2], 0.05);
      const u = (cam.f * c[0]) / z + cam.cx;
      const v = (cam.f * c[1]) / z + cam.cy;
      out.set([u, v, c[2] > 0.1 ? 1 : 0], (f * 17 + j) * 3);
      lo = Math.min(lo, v); hi = Math.max(hi, v);
    }
    const size = Math.max(hi - lo, 20);
    for (let j = 0; j < 17; j++) {
      const i = (f * 17 + j) * 3;
      if (noiseFrac > 0) {
        for (let k = 0; k < 2; k++) {
          const n = noiseFrac * size * mult[j] * r.normal();
          prev[j * 2 + k] = f === 0 ? n : (prev[j * 2 + k] + n) / 2;
          out[i + k] += prev[j * 2 + k];
        }
        out[i + 2] = r() < 0.02 ? 0 : out[i + 2] * Math.min(1, Math.max(0.05, scoreBase[j] + 0.05 * r.normal()));
      }
      if (out[i] < 0 || out[i] > cam.width || out[i + 1] < 0 || out[i + 1] > cam.height) out[i + 2] = 0;
      out[i] = Math.min(Math.max(out[i], 0), cam.width);
      out[i + 1] = Math.min(Math.max(out[i + 1], 0), cam.height);
    }
  }
  return out;
}

/** Ground truth in the lifter's output axes: camera x right, y up, z towards the viewer, root-relative. */
export function groundTruth(cam: EvalCamera, h36m: Float32Array, frames: number): Float32Array {
  const out = new Float32Array(frames * 51);
  for (let f = 0; f < frames; f++) {
    const root = toCamera(cam, h36m, f * 51);
    for (let j = 0; j < 17; j++) {
      const c = toCamera(cam, h36m, (f * 17 + j) * 3);
      out.set([c[0] - root[0], -(c[1] - root[1]), -(c[2] - root[2])], (f * 17 + j) * 3);
    }
  }
  return out;
}

/** Camera yaw relative to the body's facing (deg, 0 = camera in front, 180 = behind) and elevation (deg). */
export function viewAngles(cam: EvalCamera, h36m: Float32Array, f: number): { yaw: number; elevation: number } {
  const o = f * 51;
  const lhip = 4 * 3, rhip = 1 * 3;
  const lr: V = [h36m[o + lhip] - h36m[o + rhip], 0, h36m[o + lhip + 2] - h36m[o + rhip + 2]];
  const facing = norm(cross(lr, [0, 1, 0]));
  const toCam: V = [cam.pos[0] - h36m[o], cam.pos[1] - h36m[o + 1], cam.pos[2] - h36m[o + 2]];
  const horiz = Math.hypot(toCam[0], toCam[2]);
  const cos = (facing[0] * toCam[0] + facing[2] * toCam[2]) / (horiz || 1);
  return { yaw: (Math.acos(Math.max(-1, Math.min(1, cos))) * 180) / Math.PI, elevation: (Math.atan2(toCam[1], horiz) * 180) / Math.PI };
}

export function yawBucket(yaw: number): 'front' | 'diag' | 'side' | 'back' {
  if (yaw < 22.5) return 'front';
  if (yaw >= 157.5) return 'back';
  if (yaw >= 67.5 && yaw < 112.5) return 'side';
  return 'diag';
}

/** Camera pitch bucket from its elevation above the pelvis (deg): looking up from below, level (±10°), looking down. */
export function pitchBucket(elevationDeg: number): 'below' | 'level' | 'above' {
  return elevationDeg < -10 ? 'below' : elevationDeg > 10 ? 'above' : 'level';
}

/** Camera height bucket (metres above the floor): below the knee, torso height, above the head. */
export function heightBucket(heightM: number): 'belowKnee' | 'torso' | 'aboveHead' {
  return heightM < 0.55 ? 'belowKnee' : heightM > 1.75 ? 'aboveHead' : 'torso';
}
