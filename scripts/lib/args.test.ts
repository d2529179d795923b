import { describe, expect, it } from 'vitest';
import { ArgError, parseAnalyzeArgs } from './args';

describe('parseAnalyzeArgs', () => {
  it('parses the video and options in any order', () => {
    expect(parseAnalyzeArgs(['clip.mp4', '--out', 'r.json', '--backend', 'webgl', '--model=thunder'])).toEqual({
      video: 'clip.mp4', out: 'r.json', backend: 'webgl', model: 'thunder', elementSource: false, lift3d: null, exercise: 'auto', stallTimeoutS: null,
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
  it('takes a stall timeout in seconds', () => {
    expect(parseAnalyzeArgs(['a.mp4', '--stall-timeout', '5'])).toMatchObject({ stallTimeoutS: 5 });
    expect(() => parseAnalyzeArgs(['a.mp4', '--stall-timeout', 'soon'])).toThrow(/seconds/);
  });
  it('returns help', () => {
    expect(parseAnalyzeArgs(['--help'])).toBe('help');
  });
  it('rejects bad input with a one-line reason', () => {
    expect(() => parseAnalyzeArgs([])).toThrow(ArgError);
    expect(() => parseAnalyzeArgs(['a.mp4', '--backend', 'cuda'])).toThrow(/one of wasm\|webgl\|webgpu/);
    expect(() => parseAnalyzeArgs(['a.mp4', '--model'])).toThrow(/needs a value/);
    expect(() => parseAnalyzeArgs(['a.mp4', 'b.mp4'])).toThrow(/one video/);
    expect(() => parseAnalyzeArgs(['a.mp4', '--fast'])).toThrow(/unknown option/);
  });
});
