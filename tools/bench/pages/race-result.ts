/** What the race page returns to its driver (tools/bench/driver/suites.ts); no imports, so Node and page share it. */
export interface RaceResult {
  backend: string;
  wasmThreads: boolean;
  /** How the backend was chosen (the app's initBackend reason). */
  reason: string;
  crossOriginIsolated: boolean;
  clip: { width: number; height: number; fps: number; frames: number; codec: string };
  /** Frames/s per run, per runner. */
  fps: Record<string, number[]>;
  /** Mean keypoint score per runner (proves it detected something). */
  meanScore: Record<string, number>;
  skipped: Record<string, string>;
  initMs: Record<string, number>;
  peakHeapMb: number | null;
}
