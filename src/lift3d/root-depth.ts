/**
 * Where each person stands: their root (pelvis) in camera space, metres, per frame, from one
 * uncalibrated video. Pure.
 *
 * RootNet idea (Moon et al., "Camera Distance-aware Top-down Approach for 3D Multi-person Pose
 * Estimation from a Single RGB Image", ICCV 2019): a body of known real size S (m) that appears L px
 * tall through a lens of focal length f px stands at depth Z = f · S / L. RootNet uses the box area
 * against a 2 m × 2 m prior and refines it with a network; here the size is the longest of a few body
 * segments (torso, thigh, shin) against anthropometric proportions, which a squat or a bend does
 * not shrink the way it shrinks a box (foreshortening only ever shortens a segment, so the longest
 * one, measured in metres of a standing body, is the least foreshortened). The lifter's root
 * trajectory, where the model has one, then gives the frame-to-frame motion (see `refineWithLifter`).
 *
 * Spaces: 2D keypoints are image pixels of the displayed (rotated) video, x right, y down, COCO
 * order. Output roots are the lifter's camera axes (src/lift3d/types.ts): metres, x right, y up
 * (image up), z towards the viewer — a person in front of the camera has z = −depth.
 */
import { COCO } from '../core/skeleton';
import { median, movingMedian, movingPercentile, percentile } from '../core/stats';

/**
 * Focal-length prior as a share of the video's longer side: a phone's main camera is a ~26 mm
 * 35mm-equivalent lens on a 4:3 sensor (f ≈ 26 / 34.6 ≈ 0.75 × the long side, the 4:3 frame's long
 * side being 0.8 × the 43.3 mm full-frame diagonal); video modes crop a little more for stabilisation.
 */
export const FOCAL_SHARE_OF_LONG_SIDE = 0.8;

/** Focal length prior in px for a video of this size (principal point at the centre). */
export const focalPriorPx = (width: number, height: number): number => FOCAL_SHARE_OF_LONG_SIDE * Math.max(width, height);

/** Body height prior, m (adult average, both sexes). */
export const BODY_HEIGHT_M = 1.7;

/**
 * Segment lengths as shares of body height (Drillis & Contini, via Winter, "Biomechanics and Motor
 * Control of Human Movement"): torso = shoulder (0.818 H) − hip joint (0.530 H); thigh 0.245 H; shank 0.246 H.
 */
export const SEGMENT_SHARE = { torso: 0.288, thigh: 0.245, shank: 0.246 } as const;

/** Keypoints at or above this score (0..1) are measured. */
export const MIN_SCORE = 0.3;

/** Camera intrinsics of the prior (px, image axes x right, y down). */
export interface Intrinsics { f: number; cx: number; cy: number }

export const priorIntrinsics = (width: number, height: number): Intrinsics => ({ f: focalPriorPx(width, height), cx: width / 2, cy: height / 2 });

export interface RootOptions {
  /** Window for the depth's running DEPTH_QUANTILE, frames (odd; default 61 ≈ 2 s at 30 fps, a slow rep's descent). */
  depthWindow?: number;
  /** Median window for the image position of the hips, frames (odd; default 5). */
  centreWindow?: number;
  /** The lifter's root trajectory (frames × 3, the same camera axes), to take the motion from. */
  lifterRoot?: ArrayLike<number> | null;
}

/**
 * Pixels per metre of the body in frame `f` (0 when no segment is visible): the largest of the
 * torso, thigh and shank lengths in px over their real lengths in m.
 */
export function pxPerMetre(kp: ArrayLike<number>, f: number, bodyHeightM = BODY_HEIGHT_M): number {
  const o = f * 51;
  const at = (j: number): [number, number] | null => (kp[o + j * 3 + 2] >= MIN_SCORE ? [kp[o + j * 3], kp[o + j * 3 + 1]] : null);
  const mid = (a: number, b: number): [number, number] | null => {
    const p = at(a), q = at(b);
    return p && q ? [(p[0] + q[0]) / 2, (p[1] + q[1]) / 2] : null;
  };
  const len = (p: [number, number] | null, q: [number, number] | null) => (p && q ? Math.hypot(p[0] - q[0], p[1] - q[1]) : 0);
  const segs: [number, number][] = [
    [len(mid(COCO.left_shoulder, COCO.right_shoulder), mid(COCO.left_hip, COCO.right_hip)), SEGMENT_SHARE.torso],
    [len(at(COCO.left_hip), at(COCO.left_knee)), SEGMENT_SHARE.thigh],
    [len(at(COCO.right_hip), at(COCO.right_knee)), SEGMENT_SHARE.thigh],
    [len(at(COCO.left_knee), at(COCO.left_ankle)), SEGMENT_SHARE.shank],
    [len(at(COCO.right_knee), at(COCO.right_ankle)), SEGMENT_SHARE.shank],
  ];
  return Math.max(0, ...segs.map(([px, share]) => px / (share * bodyHeightM)));
}

/**
 * Which quantile of the size-based depths to trust: a low one, because foreshortening only ever
 * makes a body look smaller, i.e. further away (at the bottom of a front-view squat the torso, thighs
 * and shins all point at the camera and the raw depth reads up to ~70 % too far on real clips), while
 * keypoint noise is two-sided and small (~3 %).
 */
export const DEPTH_QUANTILE = 0.25;

/** Half-width (frames) of a centred window of `w` frames. */
const half = (w: number) => Math.max(0, Math.floor(w / 2));

/**
 * Per-frame depth (m, positive, along the optical axis) from the body's size: Z = f / (px per metre);
 * NaN where no segment is visible.
 */
export function rawDepths(kp: ArrayLike<number>, frames: number, f: number): Float64Array {
  return Float64Array.from({ length: frames }, (_, i) => {
    const s = pxPerMetre(kp, i);
    return s > 0 ? f / s : NaN;
  });
}

/**
 * Keeps RootNet's absolute distance but takes the lifter's smooth frame-to-frame depth motion: the
 * lifter's depth scaled by the clip's DEPTH_QUANTILE ratio of the two (a wrong focal length scales
 * every depth alike, so the two differ by a factor; the lifter's depth, made from the whole pose, hardly
 * moves when the body bends). `lifterZ` is the lifter root's z (negative in front).
 */
export function refineWithLifter(raw: ArrayLike<number>, lifterZ: ArrayLike<number>): Float64Array | null {
  const ratio = Float64Array.from({ length: raw.length }, (_, i) => (Number.isFinite(raw[i]) && -lifterZ[i] > 0.1 ? raw[i] / -lifterZ[i] : NaN));
  const k = percentile(ratio, 100 * DEPTH_QUANTILE);
  return Number.isFinite(k) ? Float64Array.from({ length: raw.length }, (_, i) => (-lifterZ[i] > 0.1 ? k * -lifterZ[i] : NaN)) : null;
}

/**
 * Each frame's root (pelvis) in camera space (frames × 3, metres, x right, y up, z towards the viewer;
 * NaN where the person is not in the frame): depth from the body's size (its low quantile over
 * `depthWindow`, or the lifter's motion at RootNet's scale), x and y by back-projecting the hips' midpoint at that
 * depth through the prior camera: X = (u − cx)·Z/f, Y = −(v − cy)·Z/f, z = −Z.
 * `keypoints`: frames × 17 × 3 [x px, y px, score], COCO order; a frame with every score 0 has no person.
 */
export function cameraRoots(keypoints: ArrayLike<number>, frames: number, cam: Intrinsics, opts: RootOptions = {}): Float32Array {
  const present = Array.from({ length: frames }, (_, i) => {
    for (let j = 0; j < 17; j++) if (keypoints[i * 51 + j * 3 + 2] > 0) return true;
    return false;
  });
  const raw = rawDepths(keypoints, frames, cam.f);
  const lz = opts.lifterRoot ? Float64Array.from({ length: frames }, (_, i) => (present[i] ? opts.lifterRoot![i * 3 + 2] : NaN)) : null;
  const smooth = movingPercentile(raw, half(opts.depthWindow ?? 61), 100 * DEPTH_QUANTILE);
  const refined = lz ? refineWithLifter(raw, lz) : null;
  const depth = refined ? refined.map((z, i) => (Number.isFinite(z) ? z : smooth[i])) : smooth;
  const hips = [COCO.left_hip, COCO.right_hip];
  const hip = (k: 0 | 1) => Float64Array.from({ length: frames }, (_, i) =>
    (hips.every((j) => keypoints[i * 51 + j * 3 + 2] >= MIN_SCORE) ? (keypoints[i * 51 + hips[0] * 3 + k] + keypoints[i * 51 + hips[1] * 3 + k]) / 2 : NaN));
  const [u, v] = [movingMedian(hip(0), half(opts.centreWindow ?? 5)), movingMedian(hip(1), half(opts.centreWindow ?? 5))];
  const out = new Float32Array(frames * 3).fill(NaN);
  for (let i = 0; i < frames; i++) {
    const z = depth[i];
    if (!present[i] || !(z > 0) || !Number.isFinite(u[i]) || !Number.isFinite(v[i])) continue;
    out[i * 3] = ((u[i] - cam.cx) * z) / cam.f;
    out[i * 3 + 1] = (-(v[i] - cam.cy) * z) / cam.f;
    out[i * 3 + 2] = -z;
  }
  return out;
}

/** Median root over the frames where it is known (metres, camera axes); null when never. */
export function medianRoot(root: ArrayLike<number>): [number, number, number] | null {
  const n = Math.floor(root.length / 3);
  const c = [0, 1, 2].map((k) => median(Float64Array.from({ length: n }, (_, i) => root[i * 3 + k])));
  return c.every(Number.isFinite) ? (c as [number, number, number]) : null;
}
