/**
 * The detector's input path alone, old vs new, on the same decoded frames, alternating per frame (so
 * a shared machine's drift cannot favour either): ms per frame from a decoded `VideoFrame` to the
 * [1, 192, 192, 3] int32 tensor, for a fixed crop (a centred square of 60 % of the frame's height).
 * - `paint`: the old path — the frame painted whole into a full-size `willReadFrequently` canvas, the
 *   crop drawn from it into a 192² canvas, `getImageData`, `fromPixels` + cast;
 * - `copy`: the new path — `CropDrawer.read` on the frame (`copyTo` of the crop's rectangle + sampling).
 */
import * as tf from '@tensorflow/tfjs';
import { decodeClip, type DemuxedClip } from './clip';
import { nowMs } from './harness';
import type { CropRegion } from '../../../../src/pose2d/crop-region';


const S = 192;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

export async function inputPrepMs(clip: DemuxedClip, max: number): Promise<{ paint: number; copy: number; frames: number }> {
  const { CropDrawer } = await import('../../../../src/pose2d/crop-draw');
  const drawer = new CropDrawer(S);
  const full = Object.assign(document.createElement('canvas'), { width: clip.width, height: clip.height });
  const fctx = full.getContext('2d', { alpha: false, willReadFrequently: true })!;
  const small = Object.assign(document.createElement('canvas'), { width: S, height: S });
  const sctx = small.getContext('2d', { alpha: false, willReadFrequently: true })!;
  const side = 0.6 * clip.height;
  const r: CropRegion = { xMin: (clip.width - side) / 2 / clip.width, yMin: 0.2, width: side / clip.width, height: 0.6, xMax: 0, yMax: 0.8 };
  r.xMax = r.xMin + r.width;
  const paint = async (f: VideoFrame) => {
    fctx.drawImage(f, 0, 0, clip.width, clip.height);
    sctx.fillStyle = '#000';
    sctx.fillRect(0, 0, S, S);
    sctx.drawImage(full, r.xMin * clip.width, r.yMin * clip.height, r.width * clip.width, r.height * clip.height, 0, 0, S, S);
    const t = tf.tidy(() => tf.cast(tf.expandDims<tf.Tensor4D>(tf.browser.fromPixels(sctx.getImageData(0, 0, S, S)), 0), 'int32'));
    await t.data();
    t.dispose();
  };
  const copy = async (f: VideoFrame) => {
    const rgb = await drawer.read({ kind: 'oriented', image: f, rotation: 0, width: f.displayWidth, height: f.displayHeight }, r);
    const t = tf.tensor4d(rgb, [1, S, S, 3], 'int32');
    await t.data();
    t.dispose();
  };
  const ms = { paint: [] as number[], copy: [] as number[] };
  await decodeClip(clip, async (f, i) => {
    try {
      for (const k of (i % 2 ? ['paint', 'copy'] : ['copy', 'paint']) as ('paint' | 'copy')[]) {
        const t0 = nowMs();
        await (k === 'paint' ? paint(f) : copy(f));
        ms[k].push(nowMs() - t0);
      }
    } finally {
      f.close();
    }
  }, max);
  return { paint: median(ms.paint), copy: median(ms.copy), frames: ms.copy.length };
}
