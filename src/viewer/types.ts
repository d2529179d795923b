/**
 * Input shapes for the 3D viewer. Poses are H36M-17 (`src/core/skeleton.ts`) in metres, camera axes
 * (x right, y up, z towards the viewer — the three.js convention), root-relative unless a root is given.
 */

/** A flat 17×3 pose (metres); read from `offset` (in floats) so callers can pass a whole sequence. */
export type PoseArray = ArrayLike<number>;

/** One more person's pose for this frame (people mode): 17×3 metres read from `offset`, plus their root. */
export interface OtherPose {
  pose: PoseArray;
  root: ArrayLike<number>;
  offset?: number;
}

/** The floor: all points p with dot(p, up) = heightM, in the pose's frame (metres). */
export interface GroundPlane {
  /** Unit vector pointing up, in the pose's axes. */
  up: readonly [number, number, number];
  /** Signed height of the floor along `up` (metres), e.g. the ankles' height minus a few cm. */
  heightM: number;
}

/** Colour some bones/joints because of a mistake (e.g. knees red during valgus). */
export interface MistakeHighlight {
  /** Mistake kind from the analyzer, e.g. 'knee_valgus'; shown nowhere, used for the colour. */
  kind: string;
  /** H36M joint indices to colour. */
  joints?: readonly number[];
  /** H36M bones as [parent, child] index pairs to colour. */
  bones?: readonly (readonly [number, number])[];
  /** CSS colour; default by severity. */
  color?: string;
  /** 0..1; 'warn' colour under 0.5, 'bad' colour from 0.5 (default 1). */
  severity?: number;
}

/** A short text (e.g. "92°") drawn next to a joint at the current frame. */
export interface AngleLabel {
  /** H36M joint index the label sits next to. */
  joint: number;
  text: string;
  /** Colour the label as a problem. */
  warn?: boolean;
}

/** 'camera': from the filming camera's direction (see `SkeletonViewer.setCameraAzimuth`). */
export type CameraPreset = 'camera' | 'front' | 'side' | 'top' | 'follow';

export interface SkeletonViewerOptions {
  /** Device-pixel-ratio cap (default min(devicePixelRatio, 2)). */
  pixelRatio?: number;
  /** Background colour (CSS); default a dark slate. */
  background?: string;
  /** Observe the container's size and resize automatically (default true). */
  autoResize?: boolean;
  /** Keep the drawing buffer (slower; not needed for `toPNG`). */
  preserveDrawingBuffer?: boolean;
}
