/**
 * Two cameras beat one (issue 14, item 5): held-out mocap subjects filmed by two virtual cameras
 * 45–135° apart, with detector noise and self-occlusion, lifted by the shipped lifter and fused
 * (src/multiview/fuse3d.ts). The joints the body hides from camera A but camera B sees must come out
 * closer to the truth fused than from A alone, and so must the whole pose. Skips without ../shared.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { hasMocap, MISSING_MOCAP, mocapDir } from '../../src/analysis/fixtures/mocap';
import { evaluateMultiview } from './lib/multiview-eval';

describe.skipIf(!hasMocap)('two-camera 3D fusion on held-out mocap', () => {
  it('fused poses are closer to the truth than one camera\'s, most of all where that camera was blind', async () => {
    const r = await evaluateMultiview({
      data: mocapDir, modelDir: path.resolve('public/models/lifter'), seed: 1, subjects: ['cmu_13', 'hdm05_mm', 'cmu_10', 'cmu_93'],
      fps: 30, noiseFrac: 0.015, threads: 1, maxFrames: 300, ablation: false,
    }); // = npm run eval:multiview -- --data ../shared/data/mocap --subjects cmu_13,hdm05_mm,cmu_10,cmu_93 --max-frames 300
    expect(r.clips).toBeGreaterThanOrEqual(50);
    expect(r.hiddenShareA).toBeGreaterThan(0.05); // the body really hides joints from camera A
    expect(r.hiddenInAVisibleInB.n).toBeGreaterThan(5000);
    expect(r.hiddenInAVisibleInB.fusedMm!).toBeLessThan(0.9 * r.hiddenInAVisibleInB.singleAMm!);
    expect(r.mpjpeMm.fused!).toBeLessThan(0.9 * r.mpjpeMm.singleA!);
    expect(r.mpjpeMm.fused!).toBeLessThan(r.mpjpeMm.singleB!);
    expect(r.rotationErrorDeg.median).toBeLessThan(15); // the cameras' rotation found from the poses alone
  }, 120_000);
});

if (!hasMocap) console.warn(MISSING_MOCAP);
