/** Types of the `window.__coach` test/automation hook (import-light, shared with scripts/ and e2e/). */
import type { BackendName, CoachResult, ModelName } from '../core/result';
import type { Progress } from '../pipeline/progress';

export interface HookState {
  status: 'idle' | 'running' | 'done' | 'error' | 'cancelled';
  progress: Progress | null;
  error: string | null;
  errorKind: string | null;
  backend: { backend: BackendName; reason: string } | null;
  fileName: string | null;
  currentFrame: number;
}

export interface RunBytesOptions { backend?: BackendName; model?: ModelName; maxFrames?: number; forceElementSource?: boolean }

export interface CoachTestHook {
  state(): HookState;
  result(): CoachResult | null;
  /** Live tfjs tensor count. */
  tensorCount(): number;
  /** Runs the pipeline directly on bytes (same code as the UI), recording the tensor count per frame. */
  runBytes(bytes: ArrayBuffer, name: string, opts: RunBytesOptions): Promise<{ result: CoachResult; tensorCounts: number[] }>;
}

declare global {
  interface Window { __coach?: CoachTestHook }
}
