import { describe, expect, it } from 'vitest';
import { applyMat } from '../core/geometry';
import { angleBetween, normalize, type Vec3 } from '../core/vec3';
import { frameSignals } from './features';
import { synthSequence, viaCamera } from './fixtures/synthetic';
import { groundFrame, usableFrames } from './ground';
import { gravityAlignedRotation, lifterGroundInfo, LIFTER_UP_MAX_SIGMA_DEG } from './ground-lifter';
import { DEFAULT_THRESHOLDS } from './thresholds';

const deg = Math.PI / 180;
/** True world up in the camera of viaCamera({ pitchDeg, rollDeg }) (as in analyze.test.ts). */
const upFor = (pitch: number, roll: number): Vec3 => [-Math.sin(roll * deg) * Math.cos(pitch * deg), Math.cos(roll * deg) * Math.cos(pitch * deg), Math.sin(pitch * deg)];

function gravityOf(frames: number, up: Vec3, sigmaDeg: number, jitterDeg = 0) {
  const g = { up: new Float32Array(frames * 3), upSigmaDeg: new Float32Array(frames).fill(sigmaDeg) };
  for (let f = 0; f < frames; f++) {
    const j = jitterDeg * deg * Math.sin(f * 1.7);
    const v = [up[0] + j, up[1], up[2] - j];
    const n = Math.hypot(v[0], v[1], v[2]);
    g.up.set([v[0] / n, v[1] / n, v[2] / n], f * 3);
  }
  return g;
}

describe('ground frame from the lifter up vector', () => {
  it('gravity-aligned rotation: up → +y, camera right projected on the floor → +x', () => {
    for (const [p, r] of [[0, 0], [25, 0], [-20, 10], [40, -15]]) {
      const u = upFor(p, r);
      const R = gravityAlignedRotation(u);
      const y = applyMat(R, u);
      expect(angleBetween(y, [0, 1, 0]) / deg).toBeLessThan(1e-6);
      // new x axis (row 0, in camera axes) is horizontal and is camera right minus its vertical part
      const x: Vec3 = [R[0], R[1], R[2]];
      const horiz = normalize([1 - u[0] * u[0], -u[0] * u[1], -u[0] * u[2]]);
      expect(Math.abs(x[0] * u[0] + x[1] * u[1] + x[2] * u[2])).toBeLessThan(1e-9);
      expect(angleBetween(x, horiz) / deg).toBeLessThan(1e-6);
    }
  });

  it('uses a confident lifter up instead of the posture heuristic; spine angles match the world', () => {
    const world = synthSequence({ reps: 2 });
    const seq = viaCamera(world, { yawDeg: 70, pitchDeg: 25, rollDeg: -8, noiseM: 0.005 });
    const usable = usableFrames(seq.pose3d, seq.frames, undefined, 0);
    const u = upFor(25, -8);
    const g = groundFrame(seq.pose3d, seq.frames, usable, DEFAULT_THRESHOLDS, gravityOf(seq.frames, u, 3, 2));
    expect(g.info.source).toBe('lifter');
    expect(g.info.sigmaDeg).toBeCloseTo(3, 5);
    expect(angleBetween(g.info.up, u) / deg).toBeLessThan(0.5);
    const truth = frameSignals(world.pose3d, world.frames).spineDeg;
    const got = frameSignals(g.poses, seq.frames).spineDeg;
    const err = Array.from(got, (v, f) => Math.abs(v - truth[f])).sort((a, b) => a - b);
    expect(err[err.length >> 1]).toBeLessThan(1); // median, deg (5 mm joint noise)
    expect(err[err.length - 1]).toBeLessThan(4);
  });

  it('falls back to the standing posture when the lifter is unsure or absent', () => {
    const seq = viaCamera(synthSequence({ reps: 2 }), { pitchDeg: 15 });
    const usable = usableFrames(seq.pose3d, seq.frames, undefined, 0);
    const unsure = gravityOf(seq.frames, upFor(15, 0), LIFTER_UP_MAX_SIGMA_DEG + 1);
    expect(lifterGroundInfo(unsure, usable)).toBeNull();
    expect(groundFrame(seq.pose3d, seq.frames, usable, DEFAULT_THRESHOLDS, unsure).info.source).toBe('posture');
    expect(groundFrame(seq.pose3d, seq.frames, usable, DEFAULT_THRESHOLDS).info.source).toBe('posture');
    const nan = { up: new Float32Array(seq.frames * 3).fill(NaN), upSigmaDeg: new Float32Array(seq.frames).fill(NaN) };
    expect(lifterGroundInfo(nan, usable)).toBeNull();
  });
});
