import { describe, expect, it } from 'vitest';
import { SAMPLE_ANALYSIS } from './fixtures';
import { frameFromPointer, layoutMarkers, markersFromAnalysis } from './markers';

describe('timeline markers', () => {
  it('builds rep points, phase spans and mistake spans from an analysis', () => {
    const m = markersFromAnalysis(SAMPLE_ANALYSIS, 30, 210);
    expect(m.filter((x) => x.kind === 'rep').map((x) => x.frame)).toEqual([30, 105]);
    expect(m.find((x) => x.id === 'ecc-0')).toMatchObject({ frame: 30, endFrame: 60 });
    expect(m.find((x) => x.id === 'con-1')).toMatchObject({ frame: 138, endFrame: 174 });
    expect(m.find((x) => x.id === 'mistake-0')).toMatchObject({ frame: 138, endFrame: 156, label: 'Knees caving in' });
  });
  it('places frame f at f/(n-1) of the bar, spans with widths, lanes by kind', () => {
    const placed = layoutMarkers([
      { id: 'a', kind: 'rep', frame: 0, label: 'a' },
      { id: 'b', kind: 'rep', frame: 50, label: 'b' },
      { id: 'c', kind: 'mistake', frame: 25, endFrame: 75, label: 'c' },
      { id: 'd', kind: 'concentric', frame: 90, endFrame: 500, label: 'd' },
      { id: 'e', kind: 'rep', frame: 500, label: 'outside' },
    ], 101);
    expect(placed.map((p) => p.id)).toEqual(['a', 'b', 'c', 'd']);
    expect(placed[1].leftPct).toBeCloseTo(50);
    expect(placed[2]).toMatchObject({ leftPct: 25, widthPct: 50, lane: 2 });
    expect(placed[3]).toMatchObject({ leftPct: 90, widthPct: 10, lane: 1 });
    expect(placed[0].widthPct).toBe(0);
  });
  it('maps a pointer position to a frame', () => {
    expect(frameFromPointer(0, 200, 101)).toBe(0);
    expect(frameFromPointer(100, 200, 101)).toBe(50);
    expect(frameFromPointer(400, 200, 101)).toBe(100);
    expect(frameFromPointer(10, 0, 101)).toBe(0);
  });
});
