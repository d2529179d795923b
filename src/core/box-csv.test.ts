import { describe, expect, it } from 'vitest';
import { BOX_CSV_HEADER, boxesToCsv } from './box-csv';
import type { ResultFrame } from './result';

const kp = Array.from({ length: 17 }, () => [0, 0, 0] as [number, number, number]);

describe('boxesToCsv', () => {
  it('writes one row per person and an empty row for frames without a person', () => {
    const frames: ResultFrame[] = [
      { i: 0, tMs: 0, persons: [{ id: 0, box: [10, 20.25, 30, 40], score: 0.91234, keypoints2d: kp }] },
      { i: 1, tMs: 33.3667, persons: [] },
    ];
    const lines = boxesToCsv(frames).trimEnd().split('\n');
    expect(lines[0]).toBe(BOX_CSV_HEADER);
    expect(lines[1]).toBe('0,0.000,0,10.0,20.3,30.0,40.0,0.9123');
    expect(lines[2]).toBe('1,33.367,,,,,,');
    expect(lines[2].split(',')).toHaveLength(BOX_CSV_HEADER.split(',').length);
  });
});
