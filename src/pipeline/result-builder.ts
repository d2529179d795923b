/** Builds the `coach-analysis/1` result from the frame loop's output (pure). */
import { RESULT_FORMAT, roundTo, toResultFrame, type BackendName, type CoachResult, type ModelName, type TimingsMs } from '../core/result';
import type { Frame2D } from '../core/types';

export interface BuildInput {
  file: string;
  width: number;
  height: number;
  /** Container duration, s; NaN when unknown. */
  durationS: number;
  frames: readonly Frame2D[];
  backend: BackendName;
  model: ModelName;
  timingsMs: TimingsMs;
}

/** Mean fps from presentation times: (n - 1) / (t_last - t_first). 0 for fewer than two frames. */
export function meanFps(frames: readonly { tMs: number }[]): number {
  if (frames.length < 2) return 0;
  const span = frames[frames.length - 1].tMs - frames[0].tMs;
  return span > 0 ? ((frames.length - 1) * 1000) / span : 0;
}

const round = roundTo;

export function buildResult(inp: BuildInput): CoachResult {
  const fps = meanFps(inp.frames);
  const last = inp.frames[inp.frames.length - 1];
  const durationS = Number.isFinite(inp.durationS) && inp.durationS > 0
    ? inp.durationS
    : last ? (last.tMs + (fps > 0 ? 1000 / fps : 0)) / 1000 : 0;
  const t = inp.timingsMs;
  return {
    format: RESULT_FORMAT,
    video: { file: inp.file, width: inp.width, height: inp.height, fps: round(fps, 3), frameCount: inp.frames.length, durationS: round(durationS, 3) },
    backend: inp.backend,
    model: inp.model,
    frames: inp.frames.map(toResultFrame),
    timingsMs: { decode: round(t.decode, 1), detect2d: round(t.detect2d, 1), total: round(t.total, 1) },
  };
}

/** Share of frames with a person, and the mean pose score over those frames. */
export function detectionStats(frames: readonly { persons: readonly { score: number }[] }[]): { coverage: number; meanScore: number } {
  const withPerson = frames.filter((f) => f.persons.length > 0);
  const meanScore = withPerson.length ? withPerson.reduce((s, f) => s + f.persons[0].score, 0) / withPerson.length : 0;
  return { coverage: frames.length ? withPerson.length / frames.length : 0, meanScore };
}
