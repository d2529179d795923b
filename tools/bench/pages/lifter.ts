/**
 * Lifter page: throughput of the lifter runtime (docs/lifter.md) in its Web Worker — output frames/s of
 * `liftSequence` on a long synthetic squat sequence (batched windows), and per-frame latency of the
 * causal `liftFrame` used live.
 */
import { expose, nowMs, tick } from './lib/harness';
import { loadLifter, syntheticSquat } from './lib/lifter';

interface LifterOptions { frames: number; runs: number; liveFrames: number; modelBaseUrl?: string }

async function lifter(o: LifterOptions) {
  const reasons: Record<string, string> = {};
  const off = await loadLifter('offline', (r) => { reasons.offline = r; }, o.modelBaseUrl);
  if (!off) throw new Error(reasons.offline);
  const seq = syntheticSquat(o.frames);
  const size = { width: 720, height: 1280 };
  const input = () => ({ keypoints: seq.slice(), frames: o.frames, width: size.width, height: size.height });
  await off.liftSequence({ ...input(), frames: Math.min(o.frames, 300), keypoints: seq.slice(0, Math.min(o.frames, 300) * 51) }); // warm-up
  const fps: number[] = [];
  let outFrames = 0;
  for (let r = 0; r < o.runs; r++) {
    const t = nowMs();
    const out = await off.liftSequence(input());
    fps.push((o.frames * 1000) / (nowMs() - t));
    outFrames = out.pose3d.length / 51;
    await tick();
  }
  const rf = off.receptiveField;
  await off.dispose();

  const liveLifter = await loadLifter('live', (r) => { reasons.live = r; }, o.modelBaseUrl);
  const liveMs: number[] = [];
  let causal: boolean | null = null;
  if (liveLifter) {
    causal = liveLifter.causal;
    for (let f = 0; f < o.liveFrames; f++) {
      const t = nowMs();
      await liveLifter.liftFrame(seq.subarray((f % o.frames) * 51, (f % o.frames) * 51 + 51), size);
      liveMs.push(nowMs() - t);
    }
    await liveLifter.dispose();
  }
  return { fps, frames: o.frames, outFrames, receptiveField: rf, causal, liveMs, reasons };
}

expose({ lifter: lifter as (o: never) => Promise<unknown> });
