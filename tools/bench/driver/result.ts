/**
 * The benchmark's result object (what `--json` prints) and its assembly from raw suite numbers.
 * Every metric that could not be measured is `null` with a reason in `reasons` — never a guess.
 */
import { pairedRatio, round, summarize, type Summary } from './stats';
import type { RaceRaw } from './suites';

export interface PeerResult { fps: number | null; ratio: number | null }

/** Headline numbers for one tfjs backend (frames/s unless the name says otherwise). */
export interface BackendResult {
  backend: string;
  e2eFps: number | null;
  bareDetectorFps: number | null;
  /** e2eFps / bareDetectorFps (target ≥ 0.9). */
  ratioToBare: number | null;
  /** ratio = our fps / peer fps, paired round by round where both ran in the same rounds. */
  peers: { tfjsPoseDetection: PeerResult; mediapipePose: PeerResult };
  lifterFps: number | null;
  liveFps: number | null;
  coldStartMs: number | null;
  peakHeapMb: number | null;
  /** Why each null above is null. */
  reasons: Record<string, string>;
  /** Per-stage throughput (frames/s) where measured: decode, detect2d, lift3d, analysis. */
  stages: Record<'decode' | 'detect2d' | 'lift3d' | 'analysis', number | null>;
  /** Full summaries (median/min/max/spread/runs) of everything measured. */
  detail: Record<string, unknown>;
}

export interface BenchResult extends BackendResult {
  machine: { cpu: string; cores: number; memGiB: number; loadAvg1m: number; os: string; node: string; browser: string; note: string };
  clip: { file: string; width: number; height: number; fps: number; framesPerRun: number; codec: string } | null;
  date: string;
  runs: number;
  mode: 'dev' | 'preview';
  /** Requests that left the page origin (must be empty). */
  crossOriginRequests: string[];
  requestCount: number;
  /** Responses with HTTP status ≥ 400 ("status url"). */
  failedRequests: string[];
  byBackend: Record<string, BackendResult>;
}

const r2 = (x: number | null): number | null => (x === null ? null : round(x, 2));

function summ(xs: number[] | undefined): Summary | null {
  return xs && xs.length ? summarize(xs) : null;
}

/** Raw measurements of one backend; absent = suite did not run (reason given). */
export interface BackendRaw {
  backend: string;
  race?: RaceRaw;
  e2e?: { fps: number[]; stagesMs?: Record<string, number[]>; frames: number } ;
  lifter?: { fps: number[] };
  live?: { fps: number[] };
  cold?: { coldMs: number[]; cachedMs: number[] };
  longHeapMb?: number | null;
  reasons: Record<string, string>;
  /** Suite-specific details copied into `detail` as they are. */
  extra: Record<string, unknown>;
}

function ratioOrNull(a: number[] | undefined, b: number[] | undefined): number | null {
  return a?.length && b?.length ? pairedRatio(a, b) : null;
}

export function assembleBackend(raw: BackendRaw): BackendResult {
  const reasons = { ...raw.reasons };
  const race = raw.race;
  const fps = race?.fps ?? {};
  const med = (xs: number[] | undefined) => summ(xs)?.median ?? null;
  const bare = med(fps.bare);
  const e2e = med(raw.e2e?.fps);
  const peer = (name: 'tfjsPoseDetection' | 'mediapipePose'): PeerResult => {
    const pf = med(fps[name]);
    if (pf === null) reasons[`peers.${name}`] = race?.skipped[name] ?? 'peer did not run';
    // us = end-to-end pipeline; peers get pre-decoded frames (conservative for us)
    const ratio = e2e !== null && pf !== null ? e2e / pf : null;
    if (ratio === null && pf !== null) reasons[`peers.${name}.ratio`] = reasons.e2eFps ?? 'no end-to-end number';
    return { fps: r2(pf), ratio: r2(ratio) };
  };
  const detail: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(fps)) detail[k] = summ(v);
  if (race) {
    detail.clipInfo = { width: race.clip.width, height: race.clip.height, fps: round(race.clip.fps, 3), framesPerRun: race.clip.frames, codec: race.clip.codec };
    detail.meanKeypointScore = race.meanScore;
    detail.initMs = race.initMs;
    detail.skipped = race.skipped;
    detail.wasmThreads = race.wasmThreads;
    detail.backendReason = race.reason;
    detail.crossOriginIsolated = race.crossOriginIsolated;
    detail.pageErrors = race.errors;
    // same-conditions pairs (all on pre-decoded frames, same rounds)
    detail.bareVsPeers = {
      tfjsPoseDetection: r2(ratioOrNull(fps.bare, fps.tfjsPoseDetection)),
      mediapipePose: r2(ratioOrNull(fps.bare, fps.mediapipePose)),
    };
    if (fps.ours) detail.oursDetectOnlyVs = {
      bare: r2(ratioOrNull(fps.ours, fps.bare)),
      tfjsPoseDetection: r2(ratioOrNull(fps.ours, fps.tfjsPoseDetection)),
      mediapipePose: r2(ratioOrNull(fps.ours, fps.mediapipePose)),
    };
    if (fps.oursWithDecode) detail.oursWithDecodeVs = {
      bareWithDecode: r2(ratioOrNull(fps.oursWithDecode, fps.bareWithDecode)),
      paint: r2(ratioOrNull(fps.oursWithDecode, fps.oursWithDecodePaint)),
    };
  }
  Object.assign(detail, raw.extra);
  if (raw.e2e) {
    detail.e2eFps = summ(raw.e2e.fps);
    detail.e2eStagesMs = Object.fromEntries(Object.entries(raw.e2e.stagesMs ?? {}).map(([k, v]) => [k, summ(v)]));
  }
  if (raw.lifter) detail.lifter = summ(raw.lifter.fps);
  if (raw.live) detail.live = summ(raw.live.fps);
  if (raw.cold) detail.cold = { coldMs: summ(raw.cold.coldMs), cachedMs: summ(raw.cold.cachedMs) };
  if (race) detail.raceHeapMb = { cdpPeak: r2(race.cdpPeakHeapMb), pagePeak: r2(race.peakHeapMb) };
  const stageMs = (k: string) => med(raw.e2e?.stagesMs?.[k]);
  const perFrame = (ms: number | null) => (ms && raw.e2e ? (raw.e2e.frames * 1000) / ms : null);
  return {
    backend: raw.backend,
    e2eFps: r2(e2e),
    bareDetectorFps: r2(bare),
    ratioToBare: r2(e2e !== null && bare !== null ? e2e / bare : null),
    peers: { tfjsPoseDetection: peer('tfjsPoseDetection'), mediapipePose: peer('mediapipePose') },
    lifterFps: r2(med(raw.lifter?.fps)),
    liveFps: r2(med(raw.live?.fps)),
    coldStartMs: r2(med(raw.cold?.cachedMs)),
    peakHeapMb: r2(raw.longHeapMb ?? null),
    reasons,
    stages: {
      decode: r2(perFrame(stageMs('decode')) ?? med(fps.decode)),
      detect2d: r2(perFrame(stageMs('detect2d')) ?? med(fps.ours) ?? null),
      lift3d: r2(perFrame(stageMs('lift3d'))),
      analysis: r2(perFrame(stageMs('analysis'))),
    },
    detail,
  };
}
