import { Vector3 } from 'three';
import type { CameraPreset } from './types';

const Z = new Vector3(0, 0, 1);
const X = new Vector3(1, 0, 0);
const _front = new Vector3();
const _right = new Vector3();
const _dir = new Vector3();

/**
 * The "front" direction on the floor: the camera's +z (towards the original camera) made
 * orthogonal to `up`; falls back to +x when up is along z. Written into `out` (unit).
 */
export function frontDirection(up: Vector3, out: Vector3): Vector3 {
  out.copy(Z).addScaledVector(up, -Z.dot(up));
  if (out.lengthSq() < 1e-8) out.copy(X).addScaledVector(up, -X.dot(up));
  return out.normalize();
}

/**
 * Camera position for a preset, looking at `target` from `distance` metres: front = from the pose's +z
 * side, side = from +x, top = from above (slightly in front so the orbit stays defined); follow = front,
 * then the viewer keeps the offset as the body moves; camera = from `azimuthRad` on the floor
 * (atan2(x, z) of the direction towards the filming camera, 0 = front), so the view matches the video.
 */
export function presetPosition(preset: CameraPreset, up: Vector3, target: Vector3, distance: number, out: Vector3, azimuthRad = 0): Vector3 {
  frontDirection(up, _front);
  _right.crossVectors(up, _front).normalize();
  out.copy(target);
  switch (preset) {
    case 'camera':
      _dir.copy(_front).multiplyScalar(Math.cos(azimuthRad)).addScaledVector(_right, Math.sin(azimuthRad));
      return out.addScaledVector(_dir, distance).addScaledVector(up, distance * 0.15);
    case 'front':
    case 'follow':
      return out.addScaledVector(_front, distance).addScaledVector(up, distance * 0.15);
    case 'side':
      return out.addScaledVector(_right, distance).addScaledVector(up, distance * 0.15);
    case 'top':
      return out.addScaledVector(up, distance).addScaledVector(_front, distance * 0.02);
  }
}
