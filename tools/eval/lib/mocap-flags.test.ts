import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { mocapEvalFlags, readFlags } from './mocap-flags';

describe('mocap evaluation flags', () => {
  it('reads the shared options, with the defaults the evaluations document', () => {
    const o = mocapEvalFlags(readFlags(['--data', 'm', '--subjects', 'a,b', '--noise', '0.02', '--json']), 'usage');
    expect(o).toEqual({
      data: path.resolve('m'), modelDir: path.resolve('public/models/lifter'), model: undefined,
      seed: 1, subjects: ['a', 'b'], fps: 30, noiseFrac: 0.02, threads: 1, json: true, out: undefined,
    });
    expect(mocapEvalFlags(readFlags(['--data', 'm', '--clean', '--noise', '0.02']), 'usage').noiseFrac).toBe(0);
  });

  it('refuses a missing --data with the usage line, and a number flag that is not a number', () => {
    expect(() => mocapEvalFlags(readFlags([]), 'usage: eval')).toThrow('usage: eval');
    expect(() => readFlags(['--seed', 'x']).num('--seed')).toThrow("--seed needs a number, got 'x'");
  });
});
