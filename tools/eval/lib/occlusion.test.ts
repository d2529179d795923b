import { describe, expect, it } from 'vitest';
import { COCO_JOINTS } from '../../../src/core/skeleton';
import type { EvalCamera } from '../../lifter/eval/camera';
import { occludedJoints } from './occlusion';

/** A person standing at the origin facing +z (world y up, metres); their left is +x. */
const STANDING: Record<string, [number, number, number]> = {
  nose: [0, 1.62, 0.1], left_eye: [0.03, 1.65, 0.08], right_eye: [-0.03, 1.65, 0.08], left_ear: [0.07, 1.63, 0], right_ear: [-0.07, 1.63, 0],
  left_shoulder: [0.19, 1.42, 0], right_shoulder: [-0.19, 1.42, 0], left_elbow: [0.22, 1.14, 0], right_elbow: [-0.22, 1.14, 0],
  left_wrist: [0.23, 0.88, 0.02], right_wrist: [-0.23, 0.88, 0.02], left_hip: [0.1, 0.95, 0], right_hip: [-0.1, 0.95, 0],
  left_knee: [0.1, 0.5, 0.02], right_knee: [-0.1, 0.5, 0.02], left_ankle: [0.1, 0.08, 0], right_ankle: [-0.1, 0.08, 0],
};
const coco3d = Float32Array.from(COCO_JOINTS.flatMap((n) => STANDING[n]));

/** A level camera 4 m away on the world axis `dir` (x or z, ±), looking at (0, 1, 0). Rows: right, down, forward. */
function cameraAt(dir: 'x' | '-x' | 'z' | '-z'): EvalCamera {
  const fwd: [number, number, number] = { x: [-1, 0, 0], '-x': [1, 0, 0], z: [0, 0, -1], '-z': [0, 0, 1] }[dir] as [number, number, number];
  const right: [number, number, number] = [-fwd[2], 0, fwd[0]]; // fwd × up
  const pos: [number, number, number] = [-4 * fwd[0], 1, -4 * fwd[2]];
  return { rot: [right, [0, -1, 0], fwd], pos, f: 1500, cx: 540, cy: 960, width: 1080, height: 1920 };
}
const hidden = (cam: EvalCamera) => { const h = occludedJoints(cam, coco3d, 1); return COCO_JOINTS.filter((_, j) => h[j]); };

describe('occludedJoints (capsule body model)', () => {
  it('from the front the body hides nothing', () => {
    expect(hidden(cameraAt('z'))).toEqual([]);
  });

  it('from the left side the right arm, hip, knee and ear are behind the body; the left side is seen', () => {
    const h = hidden(cameraAt('x'));
    for (const j of ['right_shoulder', 'right_elbow', 'right_hip', 'right_knee', 'right_ear'] as const) expect(h).toContain(j);
    for (const j of ['left_shoulder', 'left_elbow', 'left_knee', 'left_ankle', 'left_ear', 'nose'] as const) expect(h).not.toContain(j);
    expect(h).toContain('left_hip'); // the hanging left forearm is in front of it
    const mirrored = hidden(cameraAt('-x')); // from the right side the left side hides
    for (const j of ['left_shoulder', 'left_elbow', 'left_knee', 'left_ear'] as const) expect(mirrored).toContain(j);
    for (const j of ['right_shoulder', 'right_elbow', 'right_knee', 'right_ankle', 'right_ear'] as const) expect(mirrored).not.toContain(j);
  });
});
