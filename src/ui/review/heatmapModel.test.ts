import { describe, expect, it } from 'vitest';
import { binErrors, cellAt, errorColour, heatmapLayout, MISSED_COLOUR, niceScaleMax, NO_TRUTH_COLOUR, timeTicks } from './heatmapModel';

describe('heatmapLayout', () => {
  it('fills the width when the frames fit, one column per frame', () => {
    const l = heatmapLayout(50, 17, { targetWidth: 600 });
    expect(l).toMatchObject({ binSize: 1, cols: 50, cellW: 12, width: 600, height: 17 * 18 });
  });
  it('keeps columns at least minCellW wide (the panel scrolls) and bins clips longer than maxCols', () => {
    expect(heatmapLayout(175, 17, { targetWidth: 350 })).toMatchObject({ binSize: 1, cols: 175, cellW: 4, width: 700 });
    expect(heatmapLayout(2500, 17, { targetWidth: 350, maxCols: 1000 })).toMatchObject({ binSize: 3, cols: 834, cellW: 4 });
  });
});

describe('binErrors / cellAt', () => {
  // 5 frames × 2 joints, 2 frames per column: columns {0,1}, {2,3}, {4}.
  const errors = [1, NaN, 3, NaN, NaN, NaN, 2, Infinity, NaN, 7];
  const l = heatmapLayout(5, 2, { targetWidth: 30, maxCols: 3, minCellW: 10, maxCellW: 10, cellH: 10 });
  const b = binErrors(errors, l);
  it('keeps the worst value per column and where it was; a miss beats any error', () => {
    expect(l.binSize).toBe(2);
    expect(Array.from(b.value)).toEqual([3, NaN, 2, Infinity, NaN, 7]);
    expect(Array.from(b.frame)).toEqual([1, -1, 3, 3, -1, 4]);
  });
  it('maps a click to the worst frame of the cell, or the column start on a grey cell', () => {
    expect(cellAt(l, b, 5, 5)).toEqual({ row: 0, frame: 1 });
    expect(cellAt(l, b, 15, 15)).toEqual({ row: 1, frame: 3 });
    expect(cellAt(l, b, 5, 15)).toEqual({ row: 1, frame: 0 });
    expect(cellAt(l, b, 25, 15)).toEqual({ row: 1, frame: 4 });
    expect(cellAt(l, b, 35, 5)).toBeNull();
    expect(cellAt(l, b, 5, 25)).toBeNull();
  });
});

describe('colours', () => {
  it('green at 0, yellow at half the scale, red at and beyond it; grey and magenta for no truth and misses', () => {
    expect(errorColour(0, 10)).toBe('#1a9850');
    expect(errorColour(5, 10)).toBe('#fee08b');
    expect(errorColour(10, 10)).toBe('#d73027');
    expect(errorColour(99, 10)).toBe('#d73027');
    expect(errorColour(NaN, 10)).toBe(NO_TRUTH_COLOUR);
    expect(errorColour(Infinity, 10)).toBe(MISSED_COLOUR);
  });
  it('rounds the 95th percentile up to 1/2/5 × 10^k, never below the floor', () => {
    expect(niceScaleMax([...Array(100).keys()].map((i) => i / 4), 5)).toBe(50); // p95 = 23.75
    expect(niceScaleMax([1, 2, NaN, Infinity], 5)).toBe(5);
    expect(niceScaleMax([130], 5)).toBe(200);
  });
});

describe('timeTicks', () => {
  it('labels whole steps of time at their frames, spaced at least minGap apart', () => {
    const tMs = Array.from({ length: 91 }, (_, i) => (i * 1000) / 30); // 3 s at 30 fps
    const l = heatmapLayout(91, 17, { targetWidth: 364, minCellW: 4, maxCellW: 4 }); // 4 px per frame: 120 px per s
    expect(timeTicks(tMs, l, 48)).toEqual([0, 15, 30, 45, 60, 75, 90].map((f, k) => ({ x: (f + 0.5) * 4, label: `${k / 2} s` })));
    expect(timeTicks(tMs, l, 200).map((t) => t.label)).toEqual(['0 s', '2 s']);
    expect(timeTicks([0], l)).toEqual([]);
  });
});
