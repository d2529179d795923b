import { describe, expect, it } from 'vitest';
import { ArgError, parseAnalyzeArgs, parseList } from './args';

describe('parseAnalyzeArgs', () => {
  it('parses the video and options in any order', () => {
    expect(parseAnalyzeArgs(['clip.mp4', '--out', 'r.json', '--backend', 'webgl', '--model=thunder'])).toEqual({
      video: 'clip.mp4', videos: ['clip.mp4'], out: 'r.json', backend: 'webgl', model: 'thunder', elementSource: false, lift3d: null, exercise: 'auto', stallTimeoutS: null,
      outDir: null, jobs: 1, lists: [], people: 'athlete',
    });
    expect(parseAnalyzeArgs(['--backend=wasm', 'a b.mov'])).toMatchObject({ video: 'a b.mov', backend: 'wasm', out: null, model: 'lightning' });
  });
  it('switches the 3D stages on or off', () => {
    expect(parseAnalyzeArgs(['a.mp4', '--3d'])).toMatchObject({ lift3d: true });
    expect(parseAnalyzeArgs(['a.mp4', '--no-3d'])).toMatchObject({ lift3d: false });
  });
  it('takes the exercise for the analyzers', () => {
    expect(parseAnalyzeArgs(['a.mp4', '--exercise', 'deadlift'])).toMatchObject({ exercise: 'deadlift' });
    expect(() => parseAnalyzeArgs(['a.mp4', '--exercise', 'lunge'])).toThrow(/one of squat\|deadlift\|auto/);
  });
  it('analyses every person with --people all', () => {
    expect(parseAnalyzeArgs(['a.mp4', '--people', 'all'])).toMatchObject({ people: 'all' });
    expect(() => parseAnalyzeArgs(['a.mp4', '--people', 'some'])).toThrow(/one of all\|athlete/);
  });
  it('takes a stall timeout in seconds', () => {
    expect(parseAnalyzeArgs(['a.mp4', '--stall-timeout', '5'])).toMatchObject({ stallTimeoutS: 5 });
    expect(() => parseAnalyzeArgs(['a.mp4', '--stall-timeout', 'soon'])).toThrow(/seconds/);
  });
  it('takes several videos and a list for a batch into one folder', () => {
    expect(parseAnalyzeArgs(['a.mp4', 'b.mov', '--out-dir', 'res', '--jobs', '2', '--list', 'more.txt'])).toMatchObject({ videos: ['a.mp4', 'b.mov'], outDir: 'res', jobs: 2, lists: ['more.txt'] });
    expect(parseList('# my clips\nday1/a.mp4\n\n /abs/b.mp4 \n', '/lib', (x, y) => `${x}/${y}`)).toEqual(['/lib/day1/a.mp4', '/abs/b.mp4']);
  });
  it('returns help', () => {
    expect(parseAnalyzeArgs(['--help'])).toBe('help');
  });
  it('rejects bad input with a one-line reason', () => {
    expect(() => parseAnalyzeArgs([])).toThrow(ArgError);
    expect(() => parseAnalyzeArgs(['a.mp4', '--backend', 'cuda'])).toThrow(/one of wasm\|webgl\|webgpu/);
    expect(() => parseAnalyzeArgs(['a.mp4', '--model'])).toThrow(/needs a value/);
    expect(() => parseAnalyzeArgs(['a.mp4', 'b.mp4'])).toThrow(/several videos need --out-dir/);
    expect(() => parseAnalyzeArgs(['a.mp4', '--out-dir', 'r', '--out', 'x.json'])).toThrow(/--out is for one video/);
    expect(() => parseAnalyzeArgs(['a.mp4', '--out-dir', 'r', '--jobs', '0'])).toThrow(/1–8/);
    expect(() => parseAnalyzeArgs(['a.mp4', '--fast'])).toThrow(/unknown option/);
  });
});
