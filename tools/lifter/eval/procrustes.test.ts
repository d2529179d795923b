import { describe, expect, it } from 'vitest';
import { mpjpeFrame, nmpjpeFrame, pmpjpeFrame } from './procrustes';

const pose = Float32Array.from({ length: 51 }, (_, i) => Math.sin(i * 1.7) * 0.4);

function similarity(p: Float32Array, angle: number, s: number, t: number[]): Float32Array {
  const c = Math.cos(angle), sn = Math.sin(angle);
  const out = new Float32Array(51);
  for (let j = 0; j < 17; j++) {
    const [x, y, z] = [p[j * 3], p[j * 3 + 1], p[j * 3 + 2]];
    out[j * 3] = s * (c * x + sn * z) + t[0];
    out[j * 3 + 1] = s * y + t[1];
    out[j * 3 + 2] = s * (-sn * x + c * z) + t[2];
  }
  return out;
}

describe('pose metrics', () => {
  it('P-MPJPE removes rotation, scale and translation; MPJPE does not', () => {
    const moved = similarity(pose, 1.1, 1.3, [0.2, -0.1, 0.5]);
    expect(pmpjpeFrame(moved, pose)).toBeLessThan(1e-5);
    expect(mpjpeFrame(moved, pose)).toBeGreaterThan(0.1);
  });

  it('N-MPJPE removes scale only', () => {
    const scaled = pose.map((v) => v * 0.8);
    expect(nmpjpeFrame(scaled, pose)).toBeLessThan(1e-6);
    expect(nmpjpeFrame(similarity(pose, 0.5, 1, [0, 0, 0]), pose)).toBeGreaterThan(0.01);
  });

  it('P-MPJPE of a noisy pose is positive but below MPJPE', () => {
    const noisy = similarity(pose, 0.3, 1, [0, 0, 0]).map((v, i) => v + 0.02 * Math.cos(i * 3.1));
    const p = pmpjpeFrame(noisy, pose);
    expect(p).toBeGreaterThan(0.005);
    expect(p).toBeLessThan(mpjpeFrame(noisy, pose));
  });
});
