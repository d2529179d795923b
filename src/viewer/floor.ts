import { Color, GridHelper, LineBasicMaterial, Quaternion, Vector3 } from 'three';
import type { GroundPlane } from './types';

const Y = new Vector3(0, 1, 0);
const _up = new Vector3();
const _q = new Quaternion();

/** A 4 m floor grid (0.25 m cells) lying in the ground plane, kept centred under the athlete. */
export class FloorGrid {
  readonly grid = new GridHelper(4, 16, new Color('#5c6b80'), new Color('#344052'));
  readonly up = new Vector3(0, 1, 0);
  heightM = 0;

  constructor() {
    const m = this.grid.material as LineBasicMaterial;
    m.transparent = true;
    m.opacity = 0.8;
    this.grid.name = 'floor';
  }

  /** Align to a ground plane (see GroundPlane); throws on a zero up vector. */
  setGround(ground: GroundPlane): void {
    _up.fromArray(ground.up as [number, number, number]);
    const n = _up.length();
    if (!(n > 1e-6)) throw new Error('ground up vector must be non-zero');
    this.up.copy(_up).multiplyScalar(1 / n);
    this.heightM = ground.heightM;
    this.grid.quaternion.copy(_q.setFromUnitVectors(Y, this.up));
  }

  /** Put the grid's centre at the foot of `point` on the floor. */
  centreUnder(point: Vector3): void {
    const d = point.dot(this.up) - this.heightM;
    this.grid.position.copy(point).addScaledVector(this.up, -d);
  }

  dispose(): void {
    this.grid.geometry.dispose();
    (this.grid.material as LineBasicMaterial).dispose();
    this.grid.removeFromParent();
  }
}
