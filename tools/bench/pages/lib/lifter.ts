/**
 * The lifter runtime (src/lift3d) for the benchmark pages, plus a synthetic but real-looking COCO-17
 * keypoint sequence for throughput runs.
 */
import { errorMessage } from '../../../../src/core/errors';
import { createPoseLifter, type PoseLifter } from '../../../../src/lift3d';

export async function loadLifter(mode: 'offline' | 'live', why: (r: string) => void, modelBaseUrl?: string): Promise<PoseLifter | null> {
  try {
    return await createPoseLifter({ mode, inWorker: true, ...(modelBaseUrl ? { modelBaseUrl } : {}) });
  } catch (e) {
    why(`createPoseLifter failed: ${errorMessage(e)}`);
    return null;
  }
}

/**
 * A squatting person in a 720×1280 frame: standing COCO-17 keypoints (px) whose hips/knees/shoulders
 * move down and back by a squat depth following a 2 s cosine cycle, plus 1 px jitter; scores 0.5–0.95.
 * Shape frames×17×3 (x px, y px, score), as the lifter expects.
 */
export function syntheticSquat(frames: number, fps = 30): Float32Array {
  // nose, eyes, ears, shoulders, elbows, wrists, hips, knees, ankles (x, y) standing, 720×1280 portrait
  const stand: [number, number][] = [
    [360, 250], [372, 238], [348, 238], [390, 245], [330, 245], [420, 340], [300, 340], [445, 470], [275, 470],
    [440, 590], [280, 590], [400, 640], [320, 640], [405, 850], [315, 850], [410, 1060], [310, 1060],
  ];
  const drop = [1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0.45, 0.45, 0, 0]; // share of the squat depth per joint
  const out = new Float32Array(frames * 17 * 3);
  let seed = 12345;
  const rnd = () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff) - 0.5;
  for (let f = 0; f < frames; f++) {
    const depth = 180 * (1 - Math.cos((2 * Math.PI * f) / (2 * fps))) / 2;
    for (let j = 0; j < 17; j++) {
      const o = (f * 17 + j) * 3;
      out[o] = stand[j][0] + rnd();
      out[o + 1] = stand[j][1] + depth * drop[j] + rnd();
      out[o + 2] = 0.5 + 0.45 * (0.5 + rnd());
    }
  }
  return out;
}
