/**
 * Plain pose structs that cross module boundaries (never tensors).
 *
 * Coordinate spaces:
 * - image pixels: x right, y down, origin at the top-left of the source video frame;
 * - camera metres (lifter output): x right, **y up (image up)**, z towards the viewer
 *   (three.js convention), root-relative unless stated.
 */

/** One 2D keypoint in source-video pixels with the detector's confidence (0..1). */
export type Keypoint2D = readonly [xPx: number, yPx: number, score: number];

/** One 3D joint in metres. */
export type Joint3D = readonly [x: number, y: number, z: number];

/** Axis-aligned person box in source-video pixels: [x, y, width, height]. */
export type BoxPx = readonly [x: number, y: number, w: number, h: number];

/** One detected person in one frame. */
export interface Person2D {
  id: number;
  box: BoxPx;
  /** Mean keypoint confidence, 0..1. */
  score: number;
  /** 17 keypoints in COCO order. */
  keypoints2d: Keypoint2D[];
}

/** One video frame's detections. */
export interface Frame2D {
  /** Decoded-frame index, 0-based, each frame exactly once. */
  i: number;
  /** Presentation time in milliseconds from the start of the video. */
  tMs: number;
  persons: Person2D[];
}
