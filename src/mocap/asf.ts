/**
 * Acclaim ASF skeleton parser (CMU Graphics Lab / HDM05 format; spec: Lander, "Working with motion
 * capture file formats", Game Developer 1998, and the CMU mocap FAQ). Takes the file text.
 */
import type { Vec3 } from '../core/vec3';

export interface AsfBone {
  name: string;
  /** Unit direction of the bone in the global rest pose (Y up). */
  direction: Vec3;
  /** Length in ASF length units (multiply by `AsfSkeleton.metresPerUnit`). */
  length: number;
  /** Local axis rotation angles (degrees) and their order, e.g. 'XYZ'. */
  axisDeg: Vec3;
  axisOrder: string;
  /** Degrees of freedom in AMC column order, e.g. ['rx', 'ry', 'rz']. */
  dof: string[];
  parent: string;
}

export interface AsfSkeleton {
  name: string;
  /** Metres per ASF length unit: (1 / `:units length`) · 2.54 / 100 (CMU FAQ: 0.45 → 0.056444). */
  metresPerUnit: number;
  angleUnit: 'deg' | 'rad';
  /** Root channels in AMC column order, e.g. ['tx','ty','tz','rx','ry','rz']. */
  rootOrder: string[];
  rootAxisOrder: string;
  /** Bones in a parent-before-child order (root excluded). */
  bones: AsfBone[];
}

const nums = (parts: string[]): number[] => parts.map(Number);

function section(lines: string[], name: string): string[] {
  const start = lines.findIndex((l) => l.startsWith(`:${name}`));
  if (start < 0) return [];
  const end = lines.findIndex((l, i) => i > start && l.startsWith(':'));
  return lines.slice(start, end < 0 ? lines.length : end);
}

function parseBoneBlock(block: string[]): Omit<AsfBone, 'parent'> {
  const bone: Omit<AsfBone, 'parent'> = { name: '', direction: [0, 0, 0], length: 0, axisDeg: [0, 0, 0], axisOrder: 'XYZ', dof: [] };
  for (const line of block) {
    const [key, ...rest] = line.split(/\s+/);
    if (key === 'name') bone.name = rest[0];
    else if (key === 'direction') bone.direction = nums(rest.slice(0, 3)) as Vec3;
    else if (key === 'length') bone.length = Number(rest[0]);
    else if (key === 'axis') { bone.axisDeg = nums(rest.slice(0, 3)) as Vec3; bone.axisOrder = rest[3] ?? 'XYZ'; }
    else if (key === 'dof') bone.dof = rest.map((d) => d.toLowerCase());
  }
  if (!bone.name) throw new Error('ASF: bone block without a name');
  return bone;
}

function parseBones(lines: string[]): Omit<AsfBone, 'parent'>[] {
  const out: Omit<AsfBone, 'parent'>[] = [];
  let block: string[] | null = null;
  for (const line of section(lines, 'bonedata').slice(1)) {
    if (line === 'begin') block = [];
    else if (line === 'end' && block) { out.push(parseBoneBlock(block)); block = null; }
    else if (block) block.push(line);
  }
  return out;
}

function parseHierarchy(lines: string[]): Map<string, string> {
  const parents = new Map<string, string>();
  for (const line of section(lines, 'hierarchy').slice(1)) {
    if (line === 'begin' || line === 'end') continue;
    const [parent, ...children] = line.split(/\s+/);
    for (const c of children) parents.set(c, parent);
  }
  return parents;
}

/** Orders bones so that every parent comes before its children. */
function topoOrder(bones: Omit<AsfBone, 'parent'>[], parents: Map<string, string>): AsfBone[] {
  const done = new Set(['root']);
  const out: AsfBone[] = [];
  let pending = bones.map((b) => ({ ...b, parent: parents.get(b.name) ?? '' }));
  while (pending.length) {
    const ready = pending.filter((b) => done.has(b.parent));
    if (!ready.length) throw new Error(`ASF: bones not connected to root: ${pending.map((b) => b.name).join(', ')}`);
    for (const b of ready) { out.push(b); done.add(b.name); }
    pending = pending.filter((b) => !done.has(b.name));
  }
  return out;
}

/** Parses ASF text into a skeleton with bones in parent-before-child order. */
export function parseAsf(text: string): AsfSkeleton {
  const lines = text.split(/\r?\n/).map((l) => l.trim()).filter((l) => l && !l.startsWith('#'));
  if (!lines.some((l) => l.startsWith(':bonedata'))) throw new Error('ASF: no :bonedata section (is this an .asf file?)');
  const units = section(lines, 'units');
  const unitVal = (k: string) => units.find((l) => l.startsWith(k))?.split(/\s+/)[1];
  const lengthUnit = Number(unitVal('length') ?? 1);
  const root = section(lines, 'root');
  const rootVal = (k: string) => root.find((l) => l.startsWith(k))?.split(/\s+/).slice(1) ?? [];
  const order = rootVal('order');
  return {
    name: lines.find((l) => l.startsWith(':name'))?.split(/\s+/)[1] ?? '',
    metresPerUnit: (1 / lengthUnit) * 0.0254,
    angleUnit: unitVal('angle')?.startsWith('rad') ? 'rad' : 'deg',
    rootOrder: (order.length ? order : ['TX', 'TY', 'TZ', 'RX', 'RY', 'RZ']).map((o) => o.toLowerCase()),
    rootAxisOrder: rootVal('axis')[0] ?? 'XYZ',
    bones: topoOrder(parseBones(lines), parseHierarchy(lines)),
  };
}
