import { describe, expect, it } from 'vitest';
import type { Frame2D } from '../core/types';
import { meanFps } from './clip-facts';
import { newSession, trackOf } from './session';
import { toResult } from './session-json';

const kp = Array.from({ length: 17 }, (_, j) => [j, 2 * j, 0.5] as const);
const frame = (i: number, tMs: number, person = true): Frame2D => ({
  i, tMs, persons: person ? [{ id: 0, box: [1, 2, 3, 4], score: 0.8, keypoints2d: [...kp] }] : [],
});

describe('toResult of a new 2D session', () => {
  const frames = [frame(0, 0), frame(1, 33.4), frame(2, 66.7, false), frame(3, 100.1)];
  const inp = { file: 'clip.mp4', width: 600, height: 400, durationS: NaN, backend: 'wasm', model: 'movenet-lightning', timingsMs: { decode: 12.345, detect2d: 100.04, total: 150 } } as const;
  const r = toResult(newSession(inp, trackOf(frames)));
  it('fills the coach-analysis/1 envelope', () => {
    expect(r.format).toBe('coach-analysis/1');
    expect(r.video).toEqual({ file: 'clip.mp4', width: 600, height: 400, fps: 29.97, frameCount: 4, durationS: 0.133 });
    expect(r.timingsMs).toEqual({ decode: 12.3, detect2d: 100, total: 150 });
    expect(r.frames[2]).toEqual({ i: 2, tMs: 66.7, persons: [] });
    expect(r.frames[0].persons[0].keypoints2d[16]).toEqual([16, 32, 0.5]);
  });
  it('is plain JSON (round-trips)', () => {
    expect(JSON.parse(JSON.stringify(r))).toEqual(r);
  });
  it('uses the container duration when known', () => {
    expect(toResult(newSession({ ...inp, file: 'x', width: 1, height: 1, durationS: 3.6461 }, trackOf(frames))).video.durationS).toBe(3.646);
  });
});

describe('meanFps', () => {
  it('handles short inputs', () => {
    expect(meanFps([])).toBe(0);
    expect(meanFps([0, 40])).toBe(25);
  });
});
