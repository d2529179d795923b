import {
  Color, CylinderGeometry, Group, InstancedMesh, Matrix4, MeshStandardMaterial, Quaternion,
  SphereGeometry, Vector3,
} from 'three';
import { H36M_BONES, NUM_JOINTS } from '../core/skeleton';
import type { PoseArray } from './types';

/** Look of one skeleton (the athlete, or the semi-transparent reference ghost). */
export interface SkeletonStyle {
  boneColor: string;
  jointColor: string;
  opacity: number;
  /** Radii in metres. */
  boneRadius: number;
  jointRadius: number;
}

export const ATHLETE_STYLE: SkeletonStyle = {
  boneColor: '#e8eef5', jointColor: '#4fc3f7', opacity: 1, boneRadius: 0.018, jointRadius: 0.03,
};
export const GHOST_STYLE: SkeletonStyle = {
  boneColor: '#ffb74d', jointColor: '#ffb74d', opacity: 0.35, boneRadius: 0.014, jointRadius: 0.022,
};

/** The other people in people mode: neutral grey, a little thinner than the athlete. */
export const OTHER_STYLE: SkeletonStyle = {
  boneColor: '#9aa3ad', jointColor: '#7d8793', opacity: 1, boneRadius: 0.016, jointRadius: 0.026,
};

const UP = new Vector3(0, 1, 0);
const _a = new Vector3();
const _b = new Vector3();
const _dir = new Vector3();
const _pos = new Vector3();
const _scale = new Vector3();
const _quat = new Quaternion();
const _mat = new Matrix4();
const _color = new Color();

/**
 * Bones as instanced cylinders and joints as instanced spheres; all geometry is allocated once and
 * every `setPose` only rewrites instance matrices (three.js SkeletonHelper habit: update in place).
 */
export class SkeletonMesh {
  readonly group = new Group();
  /** World positions of the 17 joints after the last `setPose` (metres); NaN when missing. */
  readonly joints: Float32Array = new Float32Array(NUM_JOINTS * 3);
  private readonly bones: InstancedMesh;
  private readonly spheres: InstancedMesh;
  private hasPose = false;

  constructor(readonly style: SkeletonStyle) {
    const transparent = style.opacity < 1;
    const mat = () => new MeshStandardMaterial({
      color: 0xffffff, roughness: 0.6, metalness: 0.05, transparent, opacity: style.opacity,
      depthWrite: !transparent,
    });
    this.bones = new InstancedMesh(new CylinderGeometry(1, 1, 1, 10, 1), mat(), H36M_BONES.length);
    this.spheres = new InstancedMesh(new SphereGeometry(1, 14, 10), mat(), NUM_JOINTS);
    this.bones.name = 'bones';
    this.spheres.name = 'joints';
    for (const m of [this.bones, this.spheres]) {
      m.frustumCulled = false;
      this.group.add(m);
    }
    this.resetColors();
    this.group.visible = false;
  }

  /** Place the skeleton: `pose` is 17×3 metres read from `offset`; `root` (metres) is added. */
  setPose(pose: PoseArray, root?: ArrayLike<number> | null, offset = 0): void {
    if (pose.length < offset + NUM_JOINTS * 3) {
      throw new Error(`pose needs ${NUM_JOINTS * 3} numbers from offset ${offset}, got ${pose.length - offset}`);
    }
    const rx = root ? root[0] : 0, ry = root ? root[1] : 0, rz = root ? root[2] : 0;
    for (let j = 0; j < NUM_JOINTS; j++) {
      const o = offset + j * 3;
      this.joints[j * 3] = pose[o] + rx;
      this.joints[j * 3 + 1] = pose[o + 1] + ry;
      this.joints[j * 3 + 2] = pose[o + 2] + rz;
    }
    this.updateInstances();
    this.hasPose = true;
    this.group.visible = true;
  }

  /** Hide until the next `setPose`. */
  clear(): void {
    this.hasPose = false;
    this.group.visible = false;
  }

  get visible(): boolean {
    return this.hasPose;
  }

  /** Colour bones (by index into H36M_BONES) and joints; others get the style's colours. */
  setColors(boneColors: ReadonlyMap<number, string>, jointColors: ReadonlyMap<number, string>): void {
    for (let i = 0; i < H36M_BONES.length; i++) {
      this.bones.setColorAt(i, _color.set(boneColors.get(i) ?? this.style.boneColor));
    }
    for (let j = 0; j < NUM_JOINTS; j++) {
      this.spheres.setColorAt(j, _color.set(jointColors.get(j) ?? this.style.jointColor));
    }
    this.bones.instanceColor!.needsUpdate = true;
    this.spheres.instanceColor!.needsUpdate = true;
  }

  resetColors(): void {
    this.setColors(new Map(), new Map());
  }

  /** Centre of the joints that are present (metres), written into `out`. */
  center(out: Vector3): Vector3 {
    out.set(0, 0, 0);
    let n = 0;
    for (let j = 0; j < NUM_JOINTS; j++) {
      if (!this.readJoint(j, _a)) continue;
      out.add(_a);
      n++;
    }
    return n > 0 ? out.multiplyScalar(1 / n) : out;
  }

  /** Joint `j`'s position into `out`; false when it is missing (NaN). */
  readJoint(j: number, out: Vector3): boolean {
    out.fromArray(this.joints, j * 3);
    return Number.isFinite(out.x) && Number.isFinite(out.y) && Number.isFinite(out.z);
  }

  dispose(): void {
    for (const m of [this.bones, this.spheres]) {
      m.geometry.dispose();
      (m.material as MeshStandardMaterial).dispose();
      m.dispose();
    }
    this.group.removeFromParent();
  }

  private updateInstances(): void {
    const { boneRadius, jointRadius } = this.style;
    for (let i = 0; i < H36M_BONES.length; i++) {
      const [p, c] = H36M_BONES[i];
      const ok = this.readJoint(p, _a) && this.readJoint(c, _b);
      const len = ok ? _dir.subVectors(_b, _a).length() : 0;
      if (!ok || len < 1e-6) {
        _mat.makeScale(0, 0, 0);
      } else {
        _quat.setFromUnitVectors(UP, _dir.multiplyScalar(1 / len));
        _pos.addVectors(_a, _b).multiplyScalar(0.5);
        _mat.compose(_pos, _quat, _scale.set(boneRadius, len, boneRadius));
      }
      this.bones.setMatrixAt(i, _mat);
    }
    for (let j = 0; j < NUM_JOINTS; j++) {
      if (this.readJoint(j, _a)) _mat.makeScale(jointRadius, jointRadius, jointRadius).setPosition(_a);
      else _mat.makeScale(0, 0, 0);
      this.spheres.setMatrixAt(j, _mat);
    }
    this.bones.instanceMatrix.needsUpdate = true;
    this.spheres.instanceMatrix.needsUpdate = true;
  }
}
