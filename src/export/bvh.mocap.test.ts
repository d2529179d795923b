/** BVH round trip on real motion capture (HDM05 bodyweight squat, CMU squats) from ../shared. */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { H36M_JOINTS, NUM_JOINTS } from '../core/skeleton';
import { loadMocapClip, sharedDir } from '../mocap/node';
import { motionToBvh } from './bvh';
import { bvhForwardKinematics, parseBvh } from './bvhParse';

const mocapDir = path.join(sharedDir(), 'data/mocap');
const clips: [string, number, number][] = [
  ['hdm05/bd/HDM_bd_squat1Reps_001_120.amc', 1, 140],
  ['cmu/13/13_29.amc', 3805, 4592],
];
const present = clips.filter(([rel]) => existsSync(path.join(mocapDir, rel)));
if (present.length === 0) console.warn(`shared mocap not found at ${mocapDir} (set COACH_SHARED_DIR); skipping BVH mocap tests`);

describe.skipIf(present.length === 0)('BVH round trip on mocap squats', () => {
  it.each(present)('%s: FK of the re-parsed BVH is within 1 cm of every joint', (rel, startFrame, endFrame) => {
    const clip = loadMocapClip(path.join(mocapDir, rel), { fps: 30, startFrame, endFrame });
    const bvh = parseBvh(motionToBvh({ fps: clip.fps, frames: clip.frameCount, pose3d: clip.h36m }));
    const index = H36M_JOINTS.map((n) => bvh.joints.findIndex((j) => j.name === n));
    let worst = 0;
    for (let f = 0; f < clip.frameCount; f++) {
      const fk = bvhForwardKinematics(bvh, f);
      for (let j = 0; j < NUM_JOINTS; j++) {
        const o = (f * NUM_JOINTS + j) * 3;
        const p = fk[index[j]];
        worst = Math.max(worst, Math.hypot(p[0] - clip.h36m[o] * 100, p[1] - clip.h36m[o + 1] * 100, p[2] - clip.h36m[o + 2] * 100));
      }
    }
    console.log(`${rel}: ${clip.frameCount} frames, max BVH round-trip error ${worst.toFixed(3)} cm`);
    expect(worst).toBeLessThan(1);
  });
});
