/** User settings: backend, MoveNet model, 3D, exercise, video opt-in (persisted in localStorage; URL params win). */
import type { StateCreator } from 'zustand';
import type { ExerciseChoice } from '../analysis/types';
import type { BackendName, ModelName } from '../core/result';
import { parseBackend } from '../pose2d/backend-choice';

export interface SettingsSlice {
  /** null = automatic choice. */
  backendOverride: BackendName | null;
  model: ModelName;
  /** 'element' forces the `<video>` fallback frame source (from `?source=element`; not persisted). */
  frameSource: 'auto' | 'element';
  /** Run 3D lifting + exercise analysis after 2D (`?lift=1|0`; default DEFAULT_LIFT3D). */
  lift3d: boolean;
  setLift3d(on: boolean): void;
  /** Exercise to analyse as (`?exercise=squat|deadlift|auto`; default auto). */
  exercise: ExerciseChoice;
  setExercise(e: ExerciseChoice): void;
  /** 'all' (`?people=all`, the CLI's `--people all`): analyse every person in view, not only the athlete. */
  people: 'athlete' | 'all';
  /** Store the source video with each saved session (opt-in; persisted). */
  saveVideo: boolean;
  setSaveVideo(on: boolean): void;
  setBackendOverride(b: BackendName | null): void;
  setModel(m: ModelName): void;
}

const KEY = 'coach3d.settings';
/** On: the lifter models ship in public/models/lifter/ (docs/lifter.md). `?lift=0` turns 3D off. */
export const DEFAULT_LIFT3D = true;

export type { ExerciseChoice };
export const parseExercise = (v: string | null | undefined): ExerciseChoice | null =>
  v === 'auto' || v === 'squat' || v === 'deadlift' ? v : null;

export const parseModel = (v: string | null | undefined): ModelName | null =>
  v === 'lightning' || v === 'movenet-lightning' ? 'movenet-lightning'
    : v === 'thunder' || v === 'movenet-thunder' ? 'movenet-thunder' : null;

type Persisted = Pick<SettingsSlice, 'backendOverride' | 'model' | 'saveVideo'>;

function initialSettings(): Pick<SettingsSlice, 'backendOverride' | 'model' | 'frameSource' | 'lift3d' | 'exercise' | 'people' | 'saveVideo'> {
  let saved: { backendOverride?: string; model?: string; saveVideo?: boolean } = {};
  try { saved = JSON.parse(globalThis.localStorage?.getItem(KEY) ?? '{}'); } catch { /* ignore broken storage */ }
  const q = new URLSearchParams(globalThis.location?.search ?? '');
  return {
    backendOverride: parseBackend(q.get('backend')) ?? parseBackend(saved.backendOverride),
    model: parseModel(q.get('model')) ?? parseModel(saved.model) ?? 'movenet-lightning',
    frameSource: q.get('source') === 'element' ? 'element' : 'auto',
    lift3d: q.has('lift') ? q.get('lift') === '1' : DEFAULT_LIFT3D,
    exercise: parseExercise(q.get('exercise')) ?? 'auto',
    people: q.get('people') === 'all' ? 'all' : 'athlete',
    saveVideo: saved.saveVideo === true,
  };
}

const persist = (s: Persisted) => {
  try { globalThis.localStorage?.setItem(KEY, JSON.stringify(s)); } catch { /* private mode */ }
};

const pick = (s: Persisted): Persisted => ({ backendOverride: s.backendOverride, model: s.model, saveVideo: s.saveVideo });

export const createSettingsSlice: StateCreator<SettingsSlice, [], [], SettingsSlice> = (set, get) => ({
  ...initialSettings(),
  setBackendOverride: (backendOverride) => { set({ backendOverride }); persist({ ...pick(get()), backendOverride }); },
  setLift3d: (lift3d) => set({ lift3d }),
  setModel: (model) => { set({ model }); persist({ ...pick(get()), model }); },
  setExercise: (exercise) => set({ exercise }),
  setSaveVideo: (saveVideo) => { set({ saveVideo }); persist({ ...pick(get()), saveVideo }); },
});
