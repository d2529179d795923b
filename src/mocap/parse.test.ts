import { describe, expect, it } from 'vitest';
import { parseAmc } from './amc';
import { parseAsf } from './asf';
import { buildClip } from './clip';
import { forwardKinematics } from './fk';
import { resample, resampledLength } from './resample';

// A two-bone chain: root → a (up 1 unit) → b (up 1 unit, rotates about z).
const ASF = `# test
:units
  length 0.45
  angle deg
:root
   order TX TY TZ RX RY RZ
   axis XYZ
:bonedata
  begin
     name b
     direction 0 1 0
     length 1
     axis 0 0 0 XYZ
    dof rz
  end
  begin
     name a
     direction 0 1 0
     length 1
     axis 0 0 0 XYZ
  end
:hierarchy
  begin
    root a
    a b
  end
`;
const AMC = `#!OML comment with a Latin-1 byte \u00e9
:FULLY-SPECIFIED\r
:DEGREES
1
root 0 0 0 0 0 0
a
b 0
2
root 10 0 0 0 0 0
a
b 90
`;

describe('ASF/AMC parsing', () => {
  it('parses units, root order and orders bones parent-first', () => {
    const s = parseAsf(ASF);
    expect(s.metresPerUnit).toBeCloseTo(0.056444, 6);
    expect(s.rootOrder).toEqual(['tx', 'ty', 'tz', 'rx', 'ry', 'rz']);
    expect(s.bones.map((b) => b.name)).toEqual(['a', 'b']);
    expect(s.bones[1]).toMatchObject({ parent: 'a', dof: ['rz'], length: 1 });
  });

  it('parses AMC frames, skipping comments and keywords', () => {
    const m = parseAmc(AMC);
    expect(m.frameCount).toBe(2);
    expect(Array.from(m.channels.get('b')!)).toEqual([0, 90]);
    expect(Array.from(m.channels.get('root')!)).toEqual([0, 0, 0, 0, 0, 0, 10, 0, 0, 0, 0, 0]);
  });

  it('rejects malformed input with a clear message', () => {
    expect(() => parseAsf('hello')).toThrow(/bonedata/);
    expect(() => parseAmc(':DEGREES\n')).toThrow(/no frames/);
    expect(() => parseAmc('1\nroot 0 0 x 0 0 0\n')).toThrow(/not a number/);
  });

  it('runs forward kinematics in metres (rz = 90° turns the upper bone to −x)', () => {
    const fk = forwardKinematics(parseAsf(ASF), parseAmc(AMC));
    const u = 0.0564444;
    const pos = (f: number, j: number) => Array.from(fk.positions.subarray((f * 3 + j) * 3, (f * 3 + j) * 3 + 3));
    expect(fk.names).toEqual(['root', 'a', 'b']);
    pos(0, 2).forEach((v, k) => expect(v).toBeCloseTo([0, 2 * u, 0][k], 5));
    pos(1, 2).forEach((v, k) => expect(v).toBeCloseTo([10 * u - u, u, 0][k], 5));
  });

  it('fails clearly when the skeleton lacks the 17-joint bones', () => {
    expect(() => buildClip('t', 's', parseAsf(ASF), parseAmc(AMC))).toThrow(/no bone/);
  });
});

describe('resample', () => {
  it('decimates 120 → 30 fps and interpolates 120 → 50 fps', () => {
    const x = Float32Array.from({ length: 9 }, (_, i) => i);
    expect(resampledLength(9, 120, 30)).toBe(3);
    expect(Array.from(resample(x, 1, 120, 30))).toEqual([0, 4, 8]);
    const y = resample(x, 1, 120, 50);
    expect(y.length).toBe(resampledLength(9, 120, 50));
    expect(y[1]).toBeCloseTo(2.4, 5);
  });
});
