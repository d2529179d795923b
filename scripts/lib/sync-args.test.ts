import { describe, expect, it } from 'vitest';
import { parseSyncArgs } from './sync-args';

describe('npm run sync arguments', () => {
  it('defaults to every method, box set-up, text output', () => {
    expect(parseSyncArgs(['a.mp4', 'b.mp4'])).toEqual({ a: 'a.mp4', b: 'b.mp4', methods: ['score', 'pose', 'flow'], setup: 'box', json: false, backend: null });
  });
  it('"both" is the article’s two methods', () => {
    expect(parseSyncArgs(['a', 'b', '--method', 'both', '--json'])).toMatchObject({ methods: ['score', 'flow'], json: true });
    expect(parseSyncArgs(['a', 'b', '--method=pose', '--setup=line'])).toMatchObject({ methods: ['pose'], setup: 'line' });
  });
  it('rejects a wrong count of videos and unknown options', () => {
    expect(() => parseSyncArgs(['a'])).toThrow(/two videos/);
    expect(() => parseSyncArgs(['a', 'b', '--method', 'magic'])).toThrow(/--method/);
    expect(() => parseSyncArgs(['a', 'b', '--fast'])).toThrow(/unknown option/);
    expect(parseSyncArgs(['--help'])).toBe('help');
  });
});
