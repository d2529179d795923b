/**
 * A small BVH reader and forward kinematics (channel rotations multiplied in the listed order,
 * child position = parent position + parent global rotation · OFFSET), used to check our exports.
 */
import { applyMat, IDENTITY, mulMat, type Mat3 } from '../core/geometry';
import type { Vec3 } from '../core/vec3';
import { axisRotationDeg } from './rotation';

export interface BvhJoint { name: string; parent: number; offset: Vec3; channels: string[] }
export interface BvhFile { joints: BvhJoint[]; frameTimeS: number; motion: number[][] }

/** Parse BVH text; throws with the offending token on malformed input. */
export function parseBvh(text: string): BvhFile {
  const tokens = text.split(/\s+/).filter(Boolean);
  let i = 0;
  const next = () => {
    if (i >= tokens.length) throw new Error('BVH ended early');
    return tokens[i++];
  };
  const expect = (t: string) => {
    const got = next();
    if (got !== t) throw new Error(`BVH: expected ${t}, got ${got}`);
  };
  const joints: BvhJoint[] = [];
  const readJoint = (parent: number): void => {
    const name = next();
    expect('{');
    const index = joints.length;
    const joint: BvhJoint = { name, parent, offset: [0, 0, 0], channels: [] };
    joints.push(joint);
    for (let t = next(); t !== '}'; t = next()) {
      if (t === 'OFFSET') joint.offset = [Number(next()), Number(next()), Number(next())];
      else if (t === 'CHANNELS') joint.channels = Array.from({ length: Number(next()) }, next);
      else if (t === 'JOINT') readJoint(index);
      else if (t === 'End') { next(); expect('{'); while (next() !== '}'); }
      else throw new Error(`BVH: unexpected ${t} in joint ${name}`);
    }
  };
  expect('HIERARCHY');
  expect('ROOT');
  readJoint(-1);
  expect('MOTION');
  expect('Frames:');
  const frames = Number(next());
  expect('Frame');
  expect('Time:');
  const frameTimeS = Number(next());
  const width = joints.reduce((s, j) => s + j.channels.length, 0);
  const motion = Array.from({ length: frames }, () => Array.from({ length: width }, () => Number(next())));
  if (motion.some((r) => r.some((v) => !Number.isFinite(v)))) throw new Error('BVH: non-numeric motion value');
  return { joints, frameTimeS, motion };
}

/** World positions (file units) of every joint at `frame`, in joint order. */
export function bvhForwardKinematics(bvh: BvhFile, frame: number): Vec3[] {
  const row = bvh.motion[frame];
  const pos: Vec3[] = [];
  const rot: Mat3[] = [];
  let c = 0;
  for (const j of bvh.joints) {
    let local: Mat3 = IDENTITY;
    const t: Vec3 = [...j.offset];
    for (const ch of j.channels) {
      const v = row[c++];
      if (ch.endsWith('position')) t['XYZ'.indexOf(ch[0])] = v;
      else local = mulMat(local, axisRotationDeg(ch[0], v));
    }
    const pg = j.parent < 0 ? IDENTITY : rot[j.parent];
    const pp: Vec3 = j.parent < 0 ? [0, 0, 0] : pos[j.parent];
    const d = applyMat(pg, t);
    pos.push([pp[0] + d[0], pp[1] + d[1], pp[2] + d[2]]);
    rot.push(mulMat(pg, local));
  }
  return pos;
}
