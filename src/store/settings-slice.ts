/** User settings: backend override and MoveNet model (persisted in localStorage; URL params win). */
import type { StateCreator } from 'zustand';
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
  setBackendOverride(b: BackendName | null): void;
  setModel(m: ModelName): void;
}

const KEY = 'coach3d.settings';
/** Off until the lifter model ships in public/models/lifter/ (contract B); then flip to true. */
export const DEFAULT_LIFT3D = false;

export const parseModel = (v: string | null | undefined): ModelName | null =>
  v === 'lightning' || v === 'movenet-lightning' ? 'movenet-lightning'
    : v === 'thunder' || v === 'movenet-thunder' ? 'movenet-thunder' : null;

function initialSettings(): Pick<SettingsSlice, 'backendOverride' | 'model' | 'frameSource' | 'lift3d'> {
  let saved: { backendOverride?: string; model?: string } = {};
  try { saved = JSON.parse(globalThis.localStorage?.getItem(KEY) ?? '{}'); } catch { /* ignore broken storage */ }
  const q = new URLSearchParams(globalThis.location?.search ?? '');
  return {
    backendOverride: parseBackend(q.get('backend')) ?? parseBackend(saved.backendOverride),
    model: parseModel(q.get('model')) ?? parseModel(saved.model) ?? 'movenet-lightning',
    frameSource: q.get('source') === 'element' ? 'element' : 'auto',
    lift3d: q.has('lift') ? q.get('lift') === '1' : DEFAULT_LIFT3D,
  };
}

const persist = (s: Pick<SettingsSlice, 'backendOverride' | 'model'>) => {
  try { globalThis.localStorage?.setItem(KEY, JSON.stringify(s)); } catch { /* private mode */ }
};

export const createSettingsSlice: StateCreator<SettingsSlice, [], [], SettingsSlice> = (set, get) => ({
  ...initialSettings(),
  setBackendOverride: (backendOverride) => { set({ backendOverride }); persist({ backendOverride, model: get().model }); },
  setLift3d: (lift3d) => set({ lift3d }),
  setModel: (model) => { set({ model }); persist({ backendOverride: get().backendOverride, model }); },
});
