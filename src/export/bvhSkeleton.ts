/**
 * The BVH hierarchy derived from `H36M_PARENTS`: one BVH joint per H36M joint, named as in
 * `H36M_JOINTS`, plus a zero-offset "link" joint for every extra child of a branching joint
 * (pelvis → hips, thorax → shoulders), as CMU's BVH conversions do (LHipJoint, LeftShoulder),
 * so every bone direction can be reproduced exactly.
 */
import { H36M, H36M_JOINTS, H36M_PARENTS, NUM_JOINTS } from '../core/skeleton';
import type { Vec3 } from '../core/vec3';

/** Rest (T-pose) direction of each H36M bone, indexed by child joint; facing +z, y up, left = +x. */
export const REST_DIRECTIONS: readonly Vec3[] = H36M_JOINTS.map((name): Vec3 => {
  if (name === 'pelvis') return [0, 0, 0];
  if (/knee|ankle/.test(name)) return [0, -1, 0];
  if (/^(spine|thorax|neck|head)$/.test(name)) return [0, 1, 0];
  return name.startsWith('left_') ? [1, 0, 0] : [-1, 0, 0]; // hips, shoulders, elbows, wrists
});

/** Primary child (its bone is aligned exactly by the joint's own rotation) and the twist reference pair. */
const BRANCHES: Readonly<Record<number, { primary: number; twistFrom: number; twistTo: number }>> = {
  [H36M.pelvis]: { primary: H36M.spine, twistFrom: H36M.right_hip, twistTo: H36M.left_hip },
  [H36M.thorax]: { primary: H36M.neck, twistFrom: H36M.right_shoulder, twistTo: H36M.left_shoulder },
};

/** End-site offsets (cm) for leaf joints, in the rest frame. */
const END_SITES: Readonly<Record<number, Vec3>> = {
  [H36M.right_ankle]: [0, -4, 12], [H36M.left_ankle]: [0, -4, 12], [H36M.head]: [0, 10, 0],
  [H36M.right_wrist]: [-8, 0, 0], [H36M.left_wrist]: [8, 0, 0],
};

export interface BvhNode {
  name: string;
  /** Index of the parent node, -1 for the root. */
  parent: number;
  /** H36M joint this node sits on (a link node sits on its parent's joint). */
  joint: number;
  /** H36M child joint whose bone this node's rotation aligns; -1 for leaves. */
  drives: number;
  /** For branching joints: the pair of H36M joints whose direction fixes the twist. */
  twist?: readonly [number, number];
  /** End-site offset (cm) for leaves. */
  endSite?: Vec3;
}

/** Nodes in depth-first order (parents before children), as written to the HIERARCHY section. */
export function buildBvhNodes(): BvhNode[] {
  const children = (j: number) => H36M_PARENTS.flatMap((p, c) => (p === j ? [c] : []));
  const nodes: BvhNode[] = [];
  const visit = (joint: number, parent: number, name: string, drives: number | undefined): void => {
    const kids = children(joint);
    const branch = BRANCHES[joint];
    const index = nodes.length;
    const own = drives ?? (branch ? branch.primary : kids[0] ?? -1);
    nodes.push({
      name, parent, joint, drives: own,
      twist: branch && drives === undefined ? [branch.twistFrom, branch.twistTo] : undefined,
      endSite: kids.length === 0 ? END_SITES[joint] ?? [0, 5, 0] : undefined,
    });
    if (drives !== undefined) { // a link node: its one child is `drives`
      visit(drives, index, H36M_JOINTS[drives], undefined);
      return;
    }
    for (const k of kids) {
      if (k === own) visit(k, index, H36M_JOINTS[k], undefined);
      else visit(joint, index, `${H36M_JOINTS[k]}_link`, k);
    }
  };
  visit(H36M.pelvis, -1, H36M_JOINTS[H36M.pelvis], undefined);
  if (nodes.filter((n) => !n.name.endsWith('_link')).length !== NUM_JOINTS) throw new Error('BVH tree lost a joint');
  return nodes;
}
