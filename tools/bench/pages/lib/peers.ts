/**
 * Peer detectors, same clip and browser: @tensorflow-models/pose-detection MoveNet (same weights, served
 * locally via modelUrl) and MediaPipe Pose (BlazePose full) from a same-origin copy of its npm files.
 */
import * as poseDetection from '@tensorflow-models/pose-detection';
import type { Runner } from './runners';
import { MOVENET_URL } from './runners';

export function tfjsPoseDetection(): Runner {
  let det: poseDetection.PoseDetector | null = null;
  return {
    name: 'tfjsPoseDetection',
    async init() {
      det = await poseDetection.createDetector(poseDetection.SupportedModels.MoveNet, {
        modelType: poseDetection.movenet.modelType.SINGLEPOSE_LIGHTNING, modelUrl: MOVENET_URL, enableSmoothing: true,
      });
    },
    async run(frame) {
      const poses = await det!.estimatePoses(frame);
      const kps = poses[0]?.keypoints ?? [];
      return kps.reduce((s, k) => s + (k.score ?? 0), 0) / Math.max(1, kps.length);
    },
    dispose() { det?.dispose(); },
  };
}

/** Where the bench server exposes node_modules/@mediapipe/pose (see tools/bench/driver/server.ts). */
export const MEDIAPIPE_BASE = '/__bench/mediapipe/';

interface MpLandmark { visibility?: number }
interface MpPose {
  setOptions(o: Record<string, unknown>): void;
  onResults(cb: (r: { poseLandmarks?: MpLandmark[] }) => void): void;
  initialize(): Promise<void>;
  send(i: { image: ImageBitmap | HTMLCanvasElement }): Promise<void>;
  close(): Promise<void>;
}

function loadScript(src: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const s = document.createElement('script');
    s.src = src;
    s.crossOrigin = 'anonymous';
    s.onload = () => resolve();
    s.onerror = () => reject(new Error(`failed to load ${src}`));
    document.head.appendChild(s);
  });
}

export function mediapipePose(): Runner {
  let pose: MpPose | null = null;
  let last = 0;
  return {
    name: 'mediapipePose',
    async init() {
      await loadScript(`${MEDIAPIPE_BASE}pose.js`);
      const Ctor = (globalThis as unknown as { Pose?: new (c: { locateFile(f: string): string }) => MpPose }).Pose;
      if (!Ctor) throw new Error('@mediapipe/pose did not define window.Pose');
      pose = new Ctor({ locateFile: (f) => `${MEDIAPIPE_BASE}${f}` });
      pose.setOptions({ modelComplexity: 1, smoothLandmarks: true, enableSegmentation: false, selfieMode: false });
      pose.onResults((r) => {
        const lm = r.poseLandmarks ?? [];
        last = lm.reduce((s, k) => s + (k.visibility ?? 0), 0) / Math.max(1, lm.length);
      });
      await pose.initialize();
    },
    async run(frame) {
      last = 0;
      await pose!.send({ image: frame });
      return last;
    },
    async dispose() { await pose?.close(); },
  };
}
