/** Types of the `window.__coach` test/automation hook (import-light, shared with scripts/ and e2e/). */
import type { BackendName, CoachResult, ModelName } from '../core/result';
import type { Progress } from '../pipeline/progress';
import type { Analysis } from '../analysis/types';
import type { Frame2D, Person2D } from '../core/types';

export interface HookState {
  status: 'idle' | 'running' | 'done' | 'error' | 'cancelled';
  progress: Progress | null;
  error: string | null;
  errorKind: string | null;
  backend: { backend: BackendName; reason: string } | null;
  fileName: string | null;
  currentFrame: number;
  /** Analyses started since the page loaded (a new upload's outcome is the one after this grows). */
  runs: number;
}

export interface RunBytesOptions {
  backend?: BackendName; model?: ModelName; maxFrames?: number; forceElementSource?: boolean;
  /** Also lift to 3D and analyse (the upload path's post stages); default 2D only. */
  lift3d?: boolean;
  /** Seconds without progress before a stage counts as stalled (the app's `?stall=`); default per stage. */
  stallTimeoutS?: number;
}

export interface CoachTestHook {
  state(): HookState;
  result(): CoachResult | null;
  /** Live tfjs tensor count. */
  tensorCount(): number;
  /** The review's current analysis (after exercise/trim re-runs), or null. */
  analysis(): Analysis | null;
  /** Frame the 3D view shows now (−1 when no 3D view is mounted). */
  viewerFrame(): number;
  /**
   * Yaw of the 3D view's camera in the analysis' convention (deg: 0 = in front of the athlete, + = the
   * athlete turned to their left), null without a 3D view. Compare with `analysis().view.yawDeg`.
   */
  viewerYawDeg(): number | null;
  /** The athlete's H36M joints as the 3D view shows them (NDC, x right, y up), null = missing; [] without a view. */
  viewerJoints(): ([number, number] | null)[];
  /** People mode: the centre of each other person the 3D view draws now (NDC, x right, y up); [] without. */
  viewerOthers(): [number, number][];
  /** People mode: each other person's pelvis in the 3D view at the shown frame (metres, the athlete's display frame; the athlete's pelvis is at x = z = 0). */
  othersRoots(): { id: number; root: [number, number, number] }[];
  /** Frame the `<video>` element shows now (from its currentTime), −1 without a video. */
  videoFrame(): number;
  /** Seeks the one timeline (video + 3D) to a frame. */
  seekFrame(frame: number): void;
  /** Saved sessions (metadata) and the id of the one on screen. */
  sessions(): { list: { id: string; name: string; status: string; hasVideo: boolean }[]; currentId: string | null };
  /** Comparison score on screen, or null. */
  comparisonScore(): number | null;
  /** The reference frame matched to the athlete's current frame (−1 outside reps) and the one the reference video shows (−1 without it). */
  referenceFrame(): { matched: number; shown: number };
  /** Runs the pipeline directly on bytes (same code as the UI), recording the tensor count per frame. */
  runBytes(bytes: ArrayBuffer, name: string, opts: RunBytesOptions): Promise<{ result: CoachResult; tensorCounts: number[] }>;
  /**
   * Runs the app's 2D detector on one still image (two passes: the second on the crop the first
   * found, as the video tracker does from frame 2). Keypoints in image pixels; [] when nobody.
   * `inWorker`: the Live tab's detector (MoveNet in its own worker on WASM; see getLiveDetector).
   */
  detectImage(bytes: ArrayBuffer, opts: { backend?: BackendName; model?: ModelName; inWorker?: boolean }): Promise<Person2D[]>;
  /** Everyone MoveNet MultiPose finds in every frame of a video (ids 0: the tracker assigns them). */
  detectPeople(bytes: ArrayBuffer, name: string, opts: { backend?: BackendName }): Promise<Frame2D[]>;
  /** Per-frame optical-flow motion of a video (times in s), for `npm run sync`'s flow method. */
  motionSignal(bytes: ArrayBuffer, name: string): Promise<{ tS: number[]; motion: number[] }>;
}

declare global {
  interface Window { __coach?: CoachTestHook }
}
