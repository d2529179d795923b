/**
 * BVH (Biovision hierarchy) export of the 3D motion for Blender and other tools, in centimetres,
 * y up, facing +z. Each joint's rotation is the swing that turns its bone's rest (T-pose) direction
 * onto the observed direction (branching joints also match a twist pair), as ZXY Euler degrees.
 */
import { applyMat, mulMat, rotationBetween, transpose, IDENTITY, type Mat3 } from '../core/geometry';
import { normalize, norm, scale, sub, type Vec3 } from '../core/vec3';
import { buildBvhNodes, REST_DIRECTIONS, type BvhNode } from './bvhSkeleton';
import { alignTwoDirections, eulerZXYDeg, unwrapDeg } from './rotation';
import { medianBoneLengths, prepareMotion, type Motion3D } from './motion';

export type { Motion3D } from './motion';

export interface BvhOptions {
  /** Ground plane of the motion (unit up + floor height along it, metres): the BVH is turned so up = +y and the floor is y = 0. */
  ground?: { up: readonly [number, number, number]; heightM: number };
  /** Decimals in the MOTION section (default 4). */
  digits?: number;
}

const CM = 100;
const jointPos = (p: Float64Array, j: number): Vec3 => [p[j * 3], p[j * 3 + 1], p[j * 3 + 2]];
const fmt = (v: number, d: number): string => (Math.abs(v) < 0.5 * 10 ** -d ? '0' : v.toFixed(d));

/** Global rotation of every node for one frame of world joint positions (metres). */
export function globalRotations(nodes: readonly BvhNode[], p: Float64Array): Mat3[] {
  const g: Mat3[] = [];
  for (const n of nodes) {
    const parentG = n.parent < 0 ? IDENTITY : g[n.parent];
    if (n.drives < 0) { g.push(parentG); continue; }
    const bone = sub(jointPos(p, n.drives), jointPos(p, n.joint));
    if (norm(bone) < 1e-9) { g.push(parentG); continue; }
    if (n.twist) {
      const [a, b] = n.twist;
      const pair = sub(jointPos(p, b), jointPos(p, a));
      g.push(alignTwoDirections(REST_DIRECTIONS[n.drives], sub(REST_DIRECTIONS[b], REST_DIRECTIONS[a]), bone, pair));
    } else {
      const carried = applyMat(parentG, REST_DIRECTIONS[n.drives]);
      g.push(mulMat(rotationBetween(carried, normalize(bone)), parentG));
    }
  }
  return g;
}

function hierarchy(nodes: readonly BvhNode[], lengthsM: Float64Array): string {
  const lines: string[] = ['HIERARCHY'];
  const kids = (i: number) => nodes.flatMap((n, k) => (n.parent === i ? [k] : []));
  const write = (i: number, depth: number): void => {
    const n = nodes[i];
    const pad = '  '.repeat(depth);
    const isLink = n.parent >= 0 && nodes[n.parent].joint === n.joint;
    const off = n.parent < 0 || isLink ? [0, 0, 0] : scale(REST_DIRECTIONS[n.joint], lengthsM[n.joint] * CM);
    lines.push(`${pad}${n.parent < 0 ? 'ROOT' : 'JOINT'} ${n.name}`, `${pad}{`);
    lines.push(`${pad}  OFFSET ${off.map((v) => fmt(v, 4)).join(' ')}`);
    lines.push(`${pad}  CHANNELS ${n.parent < 0 ? '6 Xposition Yposition Zposition ' : '3 '}Zrotation Xrotation Yrotation`);
    for (const k of kids(i)) write(k, depth + 1);
    if (n.endSite) lines.push(`${pad}  End Site`, `${pad}  {`, `${pad}    OFFSET ${n.endSite.map((v) => fmt(v, 4)).join(' ')}`, `${pad}  }`);
    lines.push(`${pad}}`);
  };
  write(0, 0);
  return lines.join('\n');
}

/**
 * The motion as a BVH file. `motion.pose3d` is frames×17×3 metres (H36M, camera axes x right, y up,
 * z towards the viewer); `root` (frames×3 metres) is added when present; frames with missing joints
 * (NaN) repeat the nearest earlier complete frame. Throws when no frame is complete.
 */
export function motionToBvh(motion: Motion3D, opts: BvhOptions = {}): string {
  const digits = opts.digits ?? 4;
  const frames = prepareMotion(motion, opts.ground);
  const lengths = medianBoneLengths(frames);
  const nodes = buildBvhNodes();
  const out: string[] = [hierarchy(nodes, lengths), 'MOTION', `Frames: ${frames.length}`, `Frame Time: ${(1 / motion.fps).toFixed(6)}`];
  const prev = new Float64Array(nodes.length * 3);
  for (const p of frames) {
    const g = globalRotations(nodes, p);
    const row: string[] = [fmt(p[0] * CM, digits), fmt(p[1] * CM, digits), fmt(p[2] * CM, digits)];
    nodes.forEach((n, i) => {
      const local = n.parent < 0 ? g[i] : mulMat(transpose(g[n.parent]), g[i]);
      const e = eulerZXYDeg(local);
      for (let c = 0; c < 3; c++) {
        prev[i * 3 + c] = unwrapDeg(e[c], prev[i * 3 + c]);
        row.push(fmt(prev[i * 3 + c], digits));
      }
    });
    out.push(row.join(' '));
  }
  return out.join('\n') + '\n';
}
