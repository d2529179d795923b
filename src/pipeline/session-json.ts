/**
 * The session at the edges: `toResult` writes the `coach-analysis/1` JSON (docs/result-format.md)
 * for the CLI, the exports and IndexedDB; `sessionFromResult` is the one validated parser that reads
 * it back (saved sessions, references, the evaluation tools). Both are pure.
 */
import { RESULT_FORMAT, roundTo, type BackendName, type CoachResult, type DetectorModelName, type ResultFrame, type ResultPerson } from '../core/result';
import { personsAt, quantise as q, Track2DBuilder, type Motion3D, type Session } from './session';
import { medianRootM } from './roots';

const vec3 = (a: Float32Array, i: number): [number, number, number] => [q.m(a[i * 3]), q.m(a[i * 3 + 1]), q.m(a[i * 3 + 2])];

/** Result frames of the session (person 0 with its 3D fields where lifted). */
export function resultFrames(s: Pick<Session, 'track' | 'motion'>): ResultFrame[] {
  const { track, motion } = s;
  return Array.from({ length: track.frames }, (_, i) => {
    const persons: ResultPerson[] = personsAt(track, i).map((p) => ({
      id: p.id, box: [...p.box] as ResultPerson['box'], score: p.score, keypoints2d: p.keypoints2d.map((k) => [k[0], k[1], k[2]] as [number, number, number]),
    }));
    const p = persons[0];
    if (p && motion && Number.isFinite(motion.pose[i * 51])) {
      p.pose3d = Array.from({ length: 17 }, (_, j) => vec3(motion.pose, i * 17 + j));
      if (motion.root) p.root = vec3(motion.root, i);
      if (motion.up && motion.upSigmaDeg && motion.upSigmaDeg[i] > 0) {
        p.up = vec3(motion.up, i);
        p.upSigmaDeg = roundTo(motion.upSigmaDeg[i], 2);
      }
    }
    return { i, tMs: track.tMs[i], persons };
  });
}

/** `rootM` when the person could be placed (pipeline/roots.ts). */
const rootOf = (s: Session): { rootM?: [number, number, number] } => {
  const m = medianRootM(s);
  return m ? { rootM: m } : {};
};

const analysisJson = (s: Session) => s.analysis!.analysis as unknown as Record<string, unknown>;

/** The session as `coach-analysis/1` JSON (its analysis included when there is one). */
export function toResult(s: Session): CoachResult {
  const out: CoachResult = {
    format: RESULT_FORMAT, video: { ...s.video }, backend: s.backend, model: s.model, frames: resultFrames(s), timingsMs: { ...s.timingsMs },
  };
  if (s.lifter) out.lifter = { ...s.lifter };
  if (s.analysis) out.analysis = analysisJson(s);
  if (s.athleteId !== undefined && s.athleteId !== null) out.athleteId = s.athleteId;
  if (s.people) {
    out.people = s.people.map((p) => ({
      id: p.id, framesSeen: p.framesSeen, box: p.box.map((v) => q.px(v)) as [number, number, number, number],
      ...rootOf(p.session), analysis: p.session.analysis ? analysisJson(p.session) : null,
    }));
  }
  if (s.warnings.length) out.warnings = [...s.warnings];
  return out;
}

/** A saved or loaded result that is not `coach-analysis/1` (the message says what is wrong). */
export class ResultFormatError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ResultFormatError';
  }
}

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isNum = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const rowsOf = (v: unknown, width: number): v is number[][] => Array.isArray(v) && v.length === 17 && v.every((r) => Array.isArray(r) && r.length >= width && r.slice(0, width).every(isNum));
const BACKENDS: readonly BackendName[] = ['wasm', 'webgl', 'webgpu'];
const MODELS: readonly DetectorModelName[] = ['movenet-lightning', 'movenet-thunder', 'movenet-multipose'];

/** Largest plausible video side, px (8K is 7680), and frame count (an hour at 240 fps). */
const MAX_SIDE_PX = 16384;
const MAX_FRAMES = 864_000;

function fail(what: string): never {
  throw new ResultFormatError(`This is not a complete coach-analysis/1 result: ${what}.`);
}

/** 3D fields of the frames, when any frame has them. */
function motionOf(frames: ResultFrame[]): Motion3D | null {
  if (!frames.some((f) => f.persons[0]?.pose3d)) return null;
  const n = frames.length;
  const pose = new Float32Array(n * 51).fill(NaN);
  const hasRoot = frames.some((f) => f.persons[0]?.root);
  const hasUp = frames.some((f) => f.persons[0]?.up && f.persons[0]?.upSigmaDeg);
  const root = hasRoot ? new Float32Array(n * 3) : null;
  const up = hasUp ? new Float32Array(n * 3).fill(NaN) : null;
  const upSigmaDeg = hasUp ? new Float32Array(n).fill(NaN) : null;
  frames.forEach((f, i) => {
    const p = f.persons[0];
    if (!p?.pose3d) return;
    if (!rowsOf(p.pose3d, 3) || p.pose3d.some((j) => j.some((c) => Math.abs(c) > 100))) fail(`frame ${i} has a 3D pose that is not 17 × [x, y, z] metres`);
    p.pose3d.forEach((j, k) => pose.set([j[0], j[1], j[2]], (i * 17 + k) * 3));
    if (root && p.root?.length === 3) root.set(p.root, i * 3);
    if (up && upSigmaDeg && p.up?.length === 3 && isNum(p.upSigmaDeg)) { up.set(p.up, i * 3); upSigmaDeg[i] = p.upSigmaDeg; }
  });
  return { frame: 'camera', pose, root, up, upSigmaDeg };
}

/**
 * Reads a `coach-analysis/1` JSON value back into a session (person 0 of each frame), without an
 * analysis: the stored `analysis` object is not trusted; `withAnalysis` (./analysis.ts) makes it again
 * from the 3D (same numbers in, same analysis out). Throws ResultFormatError with a human message.
 */
export function sessionFromResult(json: unknown): Session {
  if (!isObj(json) || json.format !== RESULT_FORMAT) fail(`the format field is not "${RESULT_FORMAT}"`);
  const v = json.video;
  if (!isObj(v) || typeof v.file !== 'string' || !isNum(v.width) || !isNum(v.height) || !isNum(v.fps) || !isNum(v.durationS)) fail('the video facts (file, width, height, fps, durationS) are missing');
  if (!(v.width > 0 && v.width <= MAX_SIDE_PX && v.height > 0 && v.height <= MAX_SIDE_PX)) fail(`the video size ${v.width}×${v.height} is not a real video size`);
  if (!(v.fps >= 0 && v.fps <= 1000 && v.durationS >= 0) || v.file.length > 1000) fail('the video facts are out of range');
  if (!Array.isArray(json.frames) || json.frames.length === 0) fail('it has no frames');
  if (json.frames.length > MAX_FRAMES) fail(`it has ${json.frames.length} frames (at most ${MAX_FRAMES}, an hour at 240 fps)`);
  const frames = json.frames as ResultFrame[];
  const b = new Track2DBuilder(frames.length);
  frames.forEach((f, i) => {
    if (!isObj(f) || !isNum(f.tMs) || !Array.isArray(f.persons)) fail(`frame ${i} has no time or persons`);
    if (i > 0 && !(f.tMs >= frames[i - 1].tMs)) fail(`frame ${i}'s time goes backwards`);
    const p = f.persons[0];
    if (p !== undefined && (!isObj(p) || !rowsOf(p.keypoints2d, 3) || !Array.isArray(p.box) || p.box.length !== 4 || !isNum(p.score))) fail(`frame ${i} has a person without 17 keypoints, a box and a score`);
    b.push({ i, tMs: f.tMs, persons: p ? [{ id: isNum(p.id) ? p.id : 0, box: p.box, score: p.score, keypoints2d: p.keypoints2d }] : [] });
  });
  const track = b.build();
  const motion = motionOf(frames);
  const lifter = isObj(json.lifter) && typeof json.lifter.model === 'string' ? (json.lifter as unknown as Session['lifter']) : null;
  const t = isObj(json.timingsMs) ? json.timingsMs : {};
  return {
    video: { file: v.file, width: v.width, height: v.height, fps: v.fps, frameCount: frames.length, durationS: v.durationS },
    backend: BACKENDS.includes(json.backend as BackendName) ? (json.backend as BackendName) : 'wasm',
    model: MODELS.includes(json.model as DetectorModelName) ? (json.model as DetectorModelName) : 'movenet-lightning',
    track, motion, lifter, settings: {}, analysis: null, analysisError: null, ...(isNum(json.athleteId) ? { athleteId: json.athleteId } : {}),
    timingsMs: { decode: isNum(t.decode) ? t.decode : 0, detect2d: isNum(t.detect2d) ? t.detect2d : 0, total: isNum(t.total) ? t.total : 0,
      ...(isNum(t.lift3d) ? { lift3d: t.lift3d } : {}), ...(isNum(t.analysis) ? { analysis: t.analysis } : {}) },
    warnings: Array.isArray(json.warnings) ? json.warnings.filter((w): w is string => typeof w === 'string').slice(0, 50).map((w) => w.slice(0, 1000)) : [],
  };
}
