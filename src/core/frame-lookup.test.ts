import { describe, expect, it } from 'vitest';
import { frameAtTime } from './frame-lookup';

describe('frameAtTime', () => {
  const frames = [0, 33.3, 66.7, 100, 150];
  it('finds the nearest frame, also for variable frame rates', () => {
    expect(frameAtTime(frames, 0)).toBe(0);
    expect(frameAtTime(frames, 40)).toBe(1);
    expect(frameAtTime(frames, 124)).toBe(3);
    expect(frameAtTime(frames, 126)).toBe(4);
    expect(frameAtTime(frames, 1e9)).toBe(4);
    expect(frameAtTime(frames, -5)).toBe(0);
    expect(frameAtTime([], 5)).toBe(-1);
  });
});
