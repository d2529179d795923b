import { describe, expect, it } from 'vitest';
import { parseBenchArgs } from './args';

describe('bench args', () => {
  it('defaults to wasm, preview build, all suites', () => {
    const a = parseBenchArgs([]);
    expect(a).toMatchObject({ backends: ['wasm'], mode: 'preview', json: false, runs: 5, docs: true });
    expect(a.suites).toContain('race');
  });
  it('parses the documented flags', () => {
    const a = parseBenchArgs(['--clip', 'x.mp4', '--json', '--backends', 'wasm,webgpu', '--runs', '3', '--frames', '0', '--dev', '--suites', 'race,cold']);
    expect(a).toMatchObject({ clip: 'x.mp4', json: true, backends: ['wasm', 'webgpu'], runs: 3, frames: 0, mode: 'dev', suites: ['race', 'cold'] });
  });
  it('rejects bad input with a readable message', () => {
    expect(() => parseBenchArgs(['--backends', 'cuda'])).toThrow(/unknown "cuda"/);
    expect(() => parseBenchArgs(['--runs', '0'])).toThrow(/positive integer/);
    expect(() => parseBenchArgs(['--frobnicate'])).toThrow(/unknown option/);
  });
});
