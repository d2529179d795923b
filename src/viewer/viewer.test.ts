import { Vector3 } from 'three';
import { describe, expect, it } from 'vitest';
import { H36M, H36M_BONES } from '../core/skeleton';
import { angleAtDeg, defaultAngleLabels } from './angles';
import { frontDirection, presetPosition } from './camera';
import { groundFromPoses } from './ground';
import { highlightColors, highlightsAt, BAD_COLOR, WARN_COLOR } from './highlights';
import { ATHLETE_STYLE, SkeletonMesh } from './skeletonMesh';

/** Standing pose (metres, camera axes, pelvis 0), as on the e2e page. */
const STANDING = [
  0, 0, 0, -0.13, 0, 0, -0.15, -0.44, 0.05, -0.16, -0.86, 0, 0.13, 0, 0, 0.15, -0.44, 0.05, 0.16, -0.86, 0,
  0, 0.23, -0.02, 0, 0.48, -0.03, 0, 0.58, 0.02, 0, 0.7, 0, 0.18, 0.45, -0.03, 0.22, 0.18, 0, 0.24, -0.06, 0.05,
  -0.18, 0.45, -0.03, -0.22, 0.18, 0, -0.24, -0.06, 0.05,
];

describe('SkeletonMesh (three.js objects, no WebGL)', () => {
  it('places bone instances between their joints and adds the root', () => {
    const m = new SkeletonMesh(ATHLETE_STYLE);
    m.setPose([0, 0, 0, ...STANDING], [1, 2, 3], 3);
    const p = new Vector3();
    expect(m.readJoint(H36M.head, p)).toBe(true);
    expect(p.toArray()).toEqual([1, 2.7, 3].map((v) => expect.closeTo(v, 6)));
    const bones = m.group.getObjectByName('bones') as import('three').InstancedMesh;
    const mat = new (bones.instanceMatrix.array.constructor as Float32ArrayConstructor)(16);
    const i = H36M_BONES.findIndex(([a, b]) => a === H36M.left_knee && b === H36M.left_ankle);
    mat.set(bones.instanceMatrix.array.subarray(i * 16, i * 16 + 16));
    // column 1 of the instance matrix = bone axis × length; translation = midpoint
    expect(Math.hypot(mat[4], mat[5], mat[6])).toBeCloseTo(Math.hypot(0.01, 0.42, 0.05), 5);
    expect([mat[12], mat[13], mat[14]]).toEqual([1.155, 2 - 0.65, 3.025].map((v) => expect.closeTo(v, 5)));
    m.dispose();
  });

  it('hides bones with missing joints and rejects short arrays', () => {
    const m = new SkeletonMesh(ATHLETE_STYLE);
    const pose = STANDING.slice();
    pose[H36M.left_wrist * 3] = NaN;
    m.setPose(pose);
    const bones = m.group.getObjectByName('bones') as import('three').InstancedMesh;
    const i = H36M_BONES.findIndex(([, b]) => b === H36M.left_wrist);
    const m16 = Array.from(bones.instanceMatrix.array.subarray(i * 16, i * 16 + 16));
    expect([0, 1, 2, 4, 5, 6, 8, 9, 10].every((k) => m16[k] === 0)).toBe(true); // zero scale: invisible
    expect(() => m.setPose(new Float32Array(10))).toThrow(/needs 51 numbers/);
  });
});

describe('viewer helpers', () => {
  it('maps analyzer mistakes active at a time to coloured knees / spine', () => {
    const mistakes = [
      { kind: 'knee_valgus', startS: 1, endS: 2, severity: 0.8 },
      { kind: 'forward_lean', startS: 1.5, endS: 3, severity: 0.2 },
    ];
    expect(highlightsAt(mistakes, 0.5)).toEqual([]);
    const { bones, joints } = highlightColors(highlightsAt(mistakes, 1.7));
    expect(joints.get(H36M.left_knee)).toBe(BAD_COLOR);
    expect(joints.get(H36M.spine)).toBe(WARN_COLOR);
    expect(bones.size).toBe(6);
    expect(() => highlightColors([{ kind: 'x', bones: [[H36M.head, H36M.left_knee]] }])).toThrow(/no H36M bone/);
  });

  it('computes joint angles and labels', () => {
    expect(angleAtDeg([1, 0, 0, 0, 0, 0, 0, 1, 0], 0, 1, 2)).toBeCloseTo(90, 9);
    const labels = defaultAngleLabels(STANDING, 0, 47.4);
    expect(labels.map((l) => l.text)).toEqual(['L knee 167°', 'R knee 167°', 'L hip 167°', 'R hip 167°', 'spine 47°']);
  });

  it('camera presets: front on +z, side on +x, top above; all at the given distance', () => {
    const up = new Vector3(0, 1, 0), target = new Vector3(0, 0.5, 0), out = new Vector3();
    expect(presetPosition('front', up, target, 3, out).z).toBeGreaterThan(2.9);
    expect(presetPosition('side', up, target, 3, out).x).toBeGreaterThan(2.9);
    expect(presetPosition('top', up, target, 3, out).y).toBeGreaterThan(3.4);
    const tilted = new Vector3(0, 1, 1).normalize();
    expect(frontDirection(tilted, out).dot(tilted)).toBeCloseTo(0, 9);
  });

  it('puts the floor under the ankles along the given up', () => {
    const frames = 3;
    const poses = new Float32Array(frames * 51);
    for (let f = 0; f < frames; f++) poses.set(STANDING, f * 51);
    const g = groundFromPoses([0, 2, 0], poses, frames, new Float32Array([0, 1, 0, 0, 1, 0, 0, 1, 0]))!;
    expect(g.up).toEqual([0, 1, 0]);
    expect(g.heightM).toBeCloseTo(1 - 0.86 - 0.07, 5);
    expect(groundFromPoses([0, 1, 0], new Float32Array(51).fill(NaN), 1)).toBeNull();
  });
});

describe('placeLabels', () => {
  it('puts the two knees of a front view on opposite sides and never overlaps', async () => {
    const { placeLabels } = await import('./labels');
    const h = 0.09;
    const boxes = [{ x: 0.1, y: -0.44, w: 0.3, h }, { x: -0.1, y: -0.44, w: 0.3, h }, { x: 0.12, y: 0, w: 0.25, h }, { x: -0.12, y: 0, w: 0.25, h }];
    const p = placeLabels(boxes);
    expect(p[0].side).toBe(1); // L knee on the image right (the athlete faces the camera)
    expect(p[1].side).toBe(-1);
    expect(p[2].side).toBe(1);
    expect(p[3].side).toBe(-1);
  });
  it('moves a label down when both sides are taken (side view: knees at the same spot)', async () => {
    const { placeLabels } = await import('./labels');
    const h = 0.09;
    const boxes = [{ x: 0, y: 0, w: 0.3, h }, { x: 0, y: 0, w: 0.3, h }, { x: 0.01, y: 0.01, w: 0.3, h }];
    const p = placeLabels(boxes);
    const rects = boxes.map((b, i) => {
      const x0 = p[i].side > 0 ? b.x + 0.04 : b.x - 0.04 - b.w;
      return [x0, x0 + b.w, b.y + p[i].dy - h / 2, b.y + p[i].dy + h / 2];
    });
    for (let i = 0; i < 3; i++) for (let j = i + 1; j < 3; j++) {
      const [a, b] = [rects[i], rects[j]];
      expect(a[0] < b[1] && b[0] < a[1] && a[2] < b[3] && b[2] < a[3], `labels ${i} and ${j} overlap`).toBe(false);
    }
  });
});

describe('camera preset', () => {
  it('looks from the filming camera direction (azimuth on the floor)', () => {
    const out = new Vector3();
    presetPosition('camera', new Vector3(0, 1, 0), new Vector3(0, 0, 0), 2, out, Math.PI / 2);
    expect(out.x).toBeCloseTo(2, 6);
    expect(Math.abs(out.z)).toBeLessThan(1e-6);
    presetPosition('camera', new Vector3(0, 1, 0), new Vector3(0, 0, 0), 2, out, 0);
    expect(out.z).toBeCloseTo(2, 6);
  });
});
