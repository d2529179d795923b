/**
 * The detectors raced on pre-decoded frames. Each runner turns one video frame (ImageBitmap, video px)
 * into keypoints and reads them back to the CPU, which is the minimum any pose app has to do.
 */
import * as tf from '@tensorflow/tfjs';

export interface Runner {
  readonly name: string;
  init(): Promise<void>;
  /** Detect on one frame; resolves to the mean keypoint score (sanity check that it really ran). */
  run(frame: ImageBitmap): Promise<number>;
  dispose(): void | Promise<void>;
}

export const MOVENET_URL = '/models/movenet/movenet-lightning.json';
const MOVENET_SIZE = 192;

function meanScore(kp: Float32Array | Int32Array | Uint8Array, stride = 3): number {
  let s = 0;
  for (let i = 2; i < kp.length; i += stride) s += kp[i];
  return s / (kp.length / stride);
}

/**
 * The bare detector: MoveNet graph `execute` on a [1,192,192,3] int32 input made from the frame, then
 * the [1,1,17,3] output read back. `browserResize` (default, the fastest input path we know): the browser
 * scales the frame to 192² (createImageBitmap) before `fromPixels`; otherwise `fromPixels` of the full
 * frame + tf `resizeBilinear` (the textbook tfjs way).
 */
export function bareDetector(opts: { browserResize?: boolean } = {}): Runner & { model(): tf.GraphModel } {
  const browserResize = opts.browserResize ?? true;
  let model: tf.GraphModel | null = null;
  const toInput = async (frame: ImageBitmap): Promise<tf.Tensor> => {
    if (browserResize) {
      const small = await createImageBitmap(frame, { resizeWidth: MOVENET_SIZE, resizeHeight: MOVENET_SIZE, resizeQuality: 'low' });
      const t = tf.tidy(() => tf.browser.fromPixels(small).toInt().expandDims(0));
      small.close();
      return t;
    }
    return tf.tidy(() => tf.image.resizeBilinear(tf.browser.fromPixels(frame), [MOVENET_SIZE, MOVENET_SIZE]).toInt().expandDims(0));
  };
  return {
    name: browserResize ? 'bare' : 'bareTfResize',
    model: () => model!,
    async init() { model = await tf.loadGraphModel(MOVENET_URL); },
    async run(frame) {
      const input = await toInput(frame);
      const out = model!.execute(input) as tf.Tensor;
      const kp = (await out.data()) as Float32Array;
      tf.dispose([input, out]);
      return meanScore(kp);
    },
    dispose() { model?.dispose(); },
  };
}

/** Pure model time: `execute` on inputs prepared beforehand (no pixel upload or resize). */
export async function modelOnly(model: tf.GraphModel, frames: ImageBitmap[]): Promise<{ run(i: number): Promise<number>; dispose(): void }> {
  const inputs = frames.map((f) => tf.tidy(() => tf.image.resizeBilinear(tf.browser.fromPixels(f), [MOVENET_SIZE, MOVENET_SIZE]).toInt().expandDims(0)));
  return {
    async run(i) {
      const out = model.execute(inputs[i % inputs.length]) as tf.Tensor;
      const kp = (await out.data()) as Float32Array;
      out.dispose();
      return meanScore(kp);
    },
    dispose() { tf.dispose(inputs); },
  };
}
