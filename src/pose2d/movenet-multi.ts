/**
 * MoveNet MultiPose Lightning adapter: up to 6 people per frame, for gyms with more than one person in
 * view. A port of tfjs-models pose-detection `movenet/detector.ts` `estimateMultiplePoses`: the whole
 * frame, letterboxed (centred, black padding) into the model's fixed 256×256 input; output [1, 6, 56] =
 * per person 17×(y, x, score) + box (ymin, xmin, ymax, xmax, score), normalised to that input.
 * Identity across frames is the tracker's job (src/multiview/people.ts), not the detector's.
 */
import * as tf from '@tensorflow/tfjs';
import type { Person2D } from '../core/types';
import type { BackendName } from '../core/result';
import { CropDrawer, sourceSize } from './crop-draw';
import type { CropRegion, ImageSize } from './crop-region';
import type { OrientedFrame, PixelSource } from './detector';
import { cropToImage, toPerson } from './pose-math';

const INPUT = 256;
const MAX_PEOPLE = 6;
/** tfjs-models' default minimum pose score for MultiPose. */
export const MULTI_MIN_POSE_SCORE = 0.25;

/** The square region (normalised to the image) that letterboxes the whole frame, centred. */
export function letterbox(size: ImageSize): CropRegion {
  const side = Math.max(size.width, size.height);
  const width = side / size.width, height = side / size.height;
  return { xMin: (1 - width) / 2, yMin: (1 - height) / 2, width, height, xMax: (1 + width) / 2, yMax: (1 + height) / 2 };
}

export interface MultiPoseDetector {
  readonly backend: BackendName;
  /** Everyone found in one frame (ids are 0: the tracker assigns them), pixels of the frame. */
  estimate(frame: PixelSource | OrientedFrame): Promise<Person2D[]>;
  dispose(): void;
}

class MoveNetMulti implements MultiPoseDetector {
  private readonly drawer = new CropDrawer(INPUT);
  constructor(private readonly net: tf.GraphModel, readonly backend: BackendName, private readonly minPoseScore: number) {}

  async estimate(frame: PixelSource | OrientedFrame): Promise<Person2D[]> {
    const size = sourceSize(frame);
    if (!(size.width > 0 && size.height > 0)) throw new Error(`MoveNet MultiPose: frame has no pixels (${size.width}×${size.height})`);
    const region = letterbox(size);
    const input = tf.tensor4d(await this.drawer.read(frame, region), [1, INPUT, INPUT, 3], 'int32');
    let out: tf.Tensor | undefined;
    try {
      out = this.net.execute(input) as tf.Tensor;
      const [b, n, c] = out.shape;
      if (out.shape.length !== 3 || b !== 1 || n !== MAX_PEOPLE || c !== 56) throw new Error(`MoveNet MultiPose: unexpected output shape [${out.shape.join(', ')}], expected [1, 6, 56]`);
      const raw = (await out.data()) as Float32Array;
      const people: Person2D[] = [];
      for (let p = 0; p < MAX_PEOPLE; p++) {
        const row = raw.subarray(p * 56, p * 56 + 56);
        if (row[55] < this.minPoseScore) continue;
        const person = toPerson(cropToImage(row.subarray(0, 51), region), size);
        people.push({ ...person, score: row[55] });
      }
      return people;
    } finally {
      input.dispose();
      out?.dispose();
    }
  }

  dispose(): void { this.net.dispose(); }
}

/** Loads MoveNet MultiPose from our own origin (`/models/movenet/movenet-multipose.json`). */
export async function createMoveNetMulti(backend: BackendName, modelBaseUrl = '/models/movenet/'): Promise<MultiPoseDetector> {
  const net = await tf.loadGraphModel(`${modelBaseUrl}movenet-multipose.json`);
  const zeros = tf.zeros([1, INPUT, INPUT, 3], 'int32');
  const warm = net.execute(zeros) as tf.Tensor;
  await warm.data();
  tf.dispose([zeros, warm]);
  return new MoveNetMulti(net, backend, MULTI_MIN_POSE_SCORE);
}
