/**
 * Acclaim forward kinematics (CMU mocap FAQ / README formula): C = Rz·Ry·Rx of the bone `axis`,
 * M = Rz·Ry·Rx of the AMC values, R_bone = R_parent·C·M·Cᵀ, end = end_parent + length·R_bone·dir.
 * Positions are metres in the mocap world frame (y up).
 */
import { degrees } from '../core/angle';
import { applyMat, eulerDeg, mulMat, transpose, type Mat3 } from '../core/geometry';
import { scale, type Vec3 } from '../core/vec3';
import type { AmcMotion } from './amc';
import type { AsfSkeleton } from './asf';

export interface FkResult {
  /** 'root' followed by the ASF bones in parent-before-child order. */
  names: string[];
  frameCount: number;
  /** frames × names.length × 3 bone end points, metres (root = pelvis position). */
  positions: Float32Array;
  /** frames × names.length × 9 world rotations (row-major), for frames on the head etc. */
  rotations: Float32Array;
}

interface PreparedBone { parent: number; c: Mat3; ct: Mat3; offset: Vec3; dof: string[]; channels?: Float64Array }

function prepare(skel: AsfSkeleton, motion: AmcMotion, boneScale?: Record<string, number>): PreparedBone[] {
  const index = new Map<string, number>([['root', 0]]);
  skel.bones.forEach((b, i) => index.set(b.name, i + 1));
  return skel.bones.map((b) => {
    const c = eulerDeg(b.axisOrder, b.axisDeg);
    const len = b.length * skel.metresPerUnit * (boneScale?.[b.name] ?? 1);
    return { parent: index.get(b.parent)!, c, ct: transpose(c), offset: scale(b.direction, len), dof: b.dof, channels: motion.channels.get(b.name) };
  });
}

/** Local motion rotation M of one bone at one frame (missing dofs are 0). */
function motionRotation(bone: PreparedBone, frame: number, rad: boolean): Mat3 {
  const xyz = [0, 0, 0];
  const n = bone.dof.length;
  if (bone.channels) {
    for (let k = 0; k < n; k++) {
      const axis = 'xyz'.indexOf(bone.dof[k][1]);
      if (bone.dof[k][0] === 'r' && axis >= 0) { const v = bone.channels[frame * n + k]; xyz[axis] = rad ? degrees(v) : v; }
    }
  }
  return eulerDeg('XYZ', xyz);
}

function rootTransform(skel: AsfSkeleton, motion: AmcMotion, frame: number): { t: number[]; r: Mat3 } {
  const ch = motion.channels.get('root');
  const n = motion.dofCount.get('root') ?? 0;
  if (!ch) throw new Error("AMC: no 'root' line");
  const get = (name: string) => { const k = skel.rootOrder.indexOf(name); return k >= 0 && k < n ? ch[frame * n + k] : 0; };
  const t = ['tx', 'ty', 'tz'].map((c) => get(c) * skel.metresPerUnit);
  const angles = [...skel.rootAxisOrder.toLowerCase()].map((a) => (skel.angleUnit === 'rad' ? degrees(get(`r${a}`)) : get(`r${a}`)));
  return { t, r: eulerDeg(skel.rootAxisOrder, angles) };
}

/**
 * Runs FK over all frames. `boneScale` optionally multiplies bone lengths (body-shape
 * augmentation); root translation is kept as captured.
 */
export function forwardKinematics(skel: AsfSkeleton, motion: AmcMotion, boneScale?: Record<string, number>): FkResult {
  const bones = prepare(skel, motion, boneScale);
  const nb = bones.length + 1;
  const F = motion.frameCount;
  const positions = new Float32Array(F * nb * 3);
  const rotations = new Float32Array(F * nb * 9);
  const rots: Mat3[] = new Array(nb);
  const pos: number[][] = new Array(nb);
  for (let f = 0; f < F; f++) {
    const root = rootTransform(skel, motion, f);
    rots[0] = root.r;
    pos[0] = root.t;
    for (let i = 0; i < bones.length; i++) {
      const b = bones[i];
      const m = motionRotation(b, f, skel.angleUnit === 'rad');
      const r = mulMat(mulMat(mulMat(rots[b.parent], b.c), m), b.ct);
      const d = applyMat(r, b.offset);
      const p = pos[b.parent];
      rots[i + 1] = r;
      pos[i + 1] = [p[0] + d[0], p[1] + d[1], p[2] + d[2]];
    }
    for (let j = 0; j < nb; j++) {
      positions.set(pos[j], (f * nb + j) * 3);
      rotations.set(rots[j], (f * nb + j) * 9);
    }
  }
  return { names: ['root', ...bones.map((_, i) => skel.bones[i].name)], frameCount: F, positions, rotations };
}
