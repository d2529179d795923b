import { describe, expect, it } from 'vitest';
import { receptiveFieldOf } from './metadata';
import { gatherWindows, padding, planChunks, scatterOutputs } from './windows';

describe('windowing', () => {
  it('derives the receptive field and padding from filter widths', () => {
    expect(receptiveFieldOf([3, 3, 3, 3])).toBe(81);
    expect(receptiveFieldOf([3, 3, 3])).toBe(27);
    expect(receptiveFieldOf([1, 1, 1])).toBe(1);
    expect(padding(81, 0)).toEqual({ left: 40, right: 40 });
    expect(padding(81, 40)).toEqual({ left: 80, right: 0 });
    expect(() => padding(4, 0)).toThrow(/odd/);
  });

  it('cuts a sequence into edge-padded chunks and puts outputs back in order', () => {
    const frames = 5;
    const seq = Float32Array.from({ length: frames }, (_, i) => i + 1); // stride 1
    const plan = planChunks(frames, 2);
    expect(plan.chunks).toEqual([[0, 2], [2, 2], [4, 1]]);
    const w = gatherWindows(seq, frames, 1, plan, 0, 3, { left: 1, right: 1 });
    expect(Array.from(w)).toEqual([1, 1, 2, 3, 2, 3, 4, 5, 4, 5, 5, 5]);
    const result = new Float32Array(frames);
    scatterOutputs(result, Float32Array.from([10, 20, 30, 40, 50, 60]), 1, plan, 0, 3);
    expect(Array.from(result)).toEqual([10, 20, 30, 40, 50]);
  });
});
