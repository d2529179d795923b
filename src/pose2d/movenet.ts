/**
 * MoveNet single-pose adapter (Lightning 192 px / Thunder 256 px), a port of tfjs-models
 * `pose-detection/src/movenet/detector.ts` `estimateSinglePose` with crop-region tracking; keypoint
 * one-euro smoothing is left out on purpose (downstream stages filter over the whole clip). The crop
 * is read straight out of the decoded frame (crop-draw.ts) instead of `tf.image.cropAndResize` on the
 * full frame (the full frame is never converted).
 */
import * as tf from '@tensorflow/tfjs';
import type { Person2D } from '../core/types';
import type { BackendName, ModelName } from '../core/result';
import { CropRegionTracker, type ImageSize } from './crop-region';
import { CropDrawer, sourceSize } from './crop-draw';
import type { DetectorOptions, OrientedFrame, PixelSource, PoseDetector2D } from './detector';
import { cropToImage, poseScore, toPerson } from './pose-math';

const INPUT_SIZE: Record<ModelName, number> = { 'movenet-lightning': 192, 'movenet-thunder': 256 };
export const DEFAULT_MIN_POSE_SCORE = 0.25;

class MoveNetDetector implements PoseDetector2D {
  private readonly crop = new CropRegionTracker();
  private readonly drawer: CropDrawer;
  /** Input pixels reused frame after frame on WASM (its tensor upload copies at once); null: a fresh array per frame. */
  private readonly rgb: Int32Array<ArrayBuffer> | null;

  constructor(
    private readonly net: tf.GraphModel,
    readonly model: ModelName,
    readonly backend: BackendName,
    private readonly minPoseScore: number,
  ) {
    this.drawer = new CropDrawer(INPUT_SIZE[model]);
    this.rgb = backend === 'wasm' ? new Int32Array(INPUT_SIZE[model] ** 2 * 3) : null;
  }

  async estimate(frame: PixelSource | OrientedFrame, _tMs: number): Promise<Person2D[]> {
    const { input, size } = await this.cropInput(frame);
    const raw = await this.run(input);
    const region = this.crop.current(size);
    const kps = cropToImage(raw, region);
    if (poseScore(kps) < this.minPoseScore) {
      this.crop.reset();
      return [];
    }
    this.crop.update(kps, size);
    return [toPerson(kps, size)];
  }

  /** Image → [1, S, S, 3] int32 crop of the tracked region (zero padding outside the image). */
  private async cropInput(frame: PixelSource | OrientedFrame): Promise<{ input: tf.Tensor4D; size: ImageSize }> {
    const size = sourceSize(frame);
    if (!(size.width > 0 && size.height > 0)) throw new Error(`MoveNet: frame has no pixels (${size.width}×${size.height})`);
    const s = this.drawer.size;
    const rgb = await this.drawer.read(frame, this.crop.current(size), this.rgb ?? undefined);
    return { input: tf.tensor4d(rgb, [1, s, s, 3], 'int32'), size };
  }

  /** Runs the graph; checks the [1, 1, 17, 3] output shape; returns 17×(y, x, score). */
  private async run(input: tf.Tensor4D): Promise<Float32Array> {
    let out: tf.Tensor | undefined;
    try {
      out = this.net.execute(input) as tf.Tensor;
      const [b, p, k, c] = out.shape;
      if (out.shape.length !== 4 || b !== 1 || p !== 1 || k !== 17 || c !== 3) {
        throw new Error(`MoveNet: unexpected output shape [${out.shape.join(', ')}], expected [1, 1, 17, 3]`);
      }
      return (await out.data()) as Float32Array;
    } finally {
      input.dispose();
      out?.dispose();
    }
  }

  reset(): void { this.crop.reset(); }
  dispose(): void { this.net.dispose(); }
}

/** Loads MoveNet from our own origin (`/models/movenet/movenet-{lightning,thunder}.json`). */
export async function createMoveNet(backend: BackendName, opts: DetectorOptions = {}): Promise<PoseDetector2D> {
  const model = opts.model ?? 'movenet-lightning';
  const base = opts.modelBaseUrl ?? '/models/movenet/';
  const net = await tf.loadGraphModel(`${base}${model}.json`);
  // Warm-up: compiles shaders / kernels once so the first real frame is not an outlier.
  const zeros = tf.zeros([1, INPUT_SIZE[model], INPUT_SIZE[model], 3], 'int32');
  const warm = net.execute(zeros) as tf.Tensor;
  await warm.data();
  tf.dispose([zeros, warm]);
  return new MoveNetDetector(net, model, backend, opts.minPoseScore ?? DEFAULT_MIN_POSE_SCORE);
}
