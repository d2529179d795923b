/**
 * Sagittal "joint-angle keyframe" pose for parametric exercises, converted to Acclaim AMC channel
 * values for a corpus skeleton. Angles in degrees, measured in the body's sagittal plane:
 * trunk lean forward from vertical; thigh forward from hanging down; shin forward from hanging
 * down (negative = knee ahead of ankle).
 */
import type { AsfSkeleton } from '../../../src/mocap/asf';

export interface LegAngles { thigh: number; shin: number; abduction: number; toeOut: number }
export interface SagittalPose {
  /** Trunk lean from vertical (deg, forward +). */
  trunk: number;
  /** Share of the lean taken at the hips (pelvis pitch) vs spine flexion, 0..1. */
  hinge: number;
  /** Head pitch relative to the trunk (deg, + looks down). */
  head: number;
  left: LegAngles;
  right: LegAngles;
  /** Heading about the vertical axis (deg). */
  heading: number;
  /** Sideways trunk tilt (deg). */
  tilt: number;
}

/** Channel values (by bone, in the bone's dof order) for one frame. */
export type FrameChannels = Map<string, number[]>;

function dofValues(skel: AsfSkeleton, bone: string, xyz: [number, number, number]): number[] {
  const b = skel.bones.find((x) => x.name === bone);
  if (!b) throw new Error(`skeleton has no bone '${bone}'`);
  return b.dof.map((d) => (d[0] === 'r' ? xyz['xyz'.indexOf(d[1])] : 0));
}

function axisZ(skel: AsfSkeleton, bone: string): number {
  return skel.bones.find((x) => x.name === bone)?.axisDeg[2] ?? 0;
}

/** AMC channels for a sagittal pose (root translation left at 0; planted later). */
export function poseChannels(skel: AsfSkeleton, p: SagittalPose): FrameChannels {
  const pelvis = p.trunk * p.hinge;
  const spine = p.trunk - pelvis;
  const ch: FrameChannels = new Map();
  ch.set('root', skel.rootOrder.map((c) => ({ rx: pelvis, ry: p.heading, rz: p.tilt } as Record<string, number>)[c] ?? 0));
  ch.set('lowerback', dofValues(skel, 'lowerback', [spine * 0.5, 0, 0]));
  ch.set('upperback', dofValues(skel, 'upperback', [spine * 0.3, 0, 0]));
  ch.set('thorax', dofValues(skel, 'thorax', [spine * 0.2, 0, 0]));
  const neck = -p.trunk * 0.6 + p.head;
  ch.set('lowerneck', dofValues(skel, 'lowerneck', [neck * 0.5, 0, 0]));
  ch.set('upperneck', dofValues(skel, 'upperneck', [neck * 0.3, 0, 0]));
  ch.set('head', dofValues(skel, 'head', [neck * 0.2, 0, 0]));
  for (const [side, leg, sign] of [['l', p.left, 1], ['r', p.right, -1]] as const) {
    const rx = -(leg.thigh + pelvis);
    const rz = -axisZ(skel, `${side}femur`) + sign * leg.abduction;
    ch.set(`${side}femur`, dofValues(skel, `${side}femur`, [rx, sign * leg.toeOut * -1, rz]));
    ch.set(`${side}tibia`, dofValues(skel, `${side}tibia`, [leg.thigh - leg.shin, 0, 0]));
  }
  return ch;
}
