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
  setBackendOverride(b: BackendName | null): void;
  setModel(m: ModelName): void;
}

const KEY = 'coach3d.settings';

export const parseModel = (v: string | null | undefined): ModelName | null =>
  v === 'lightning' || v === 'movenet-lightning' ? 'movenet-lightning'
    : v === 'thunder' || v === 'movenet-thunder' ? 'movenet-thunder' : null;

function initialSettings(): Pick<SettingsSlice, 'backendOverride' | 'model' | 'frameSource'> {
  let saved: { backendOverride?: string; model?: string } = {};
  try { saved = JSON.parse(globalThis.localStorage?.getItem(KEY) ?? '{}'); } catch { /* ignore broken storage */ }
  const q = new URLSearchParams(globalThis.location?.search ?? '');
  return {
    backendOverride: parseBackend(q.get('backend')) ?? parseBackend(saved.backendOverride),
    model: parseModel(q.get('model')) ?? parseModel(saved.model) ?? 'movenet-lightning',
    frameSource: q.get('source') === 'element' ? 'element' : 'auto',
  };
}

const persist = (s: Pick<SettingsSlice, 'backendOverride' | 'model'>) => {
  try { globalThis.localStorage?.setItem(KEY, JSON.stringify(s)); } catch { /* private mode */ }
};

export const createSettingsSlice: StateCreator<SettingsSlice, [], [], SettingsSlice> = (set, get) => ({
  ...initialSettings(),
  setBackendOverride: (backendOverride) => { set({ backendOverride }); persist({ backendOverride, model: get().model }); },
  setModel: (model) => { set({ model }); persist({ backendOverride: get().backendOverride, model }); },
});
