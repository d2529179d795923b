import { describe, expect, it } from 'vitest';
import { formatCm, formatSeconds, formatSpeed, formatTime, frameAt, nearestIndex, severityWord, timeOf } from './format';

describe('format', () => {
  it('formats clip time as m:ss.t', () => {
    expect(formatTime(0)).toBe('0:00.0');
    expect(formatTime(83.26)).toBe('1:23.3');
    expect(formatTime(59.96)).toBe('1:00.0');
    expect(formatTime(-3)).toBe('0:00.0');
    expect(formatTime(Number.NaN)).toBe('0:00.0');
  });
  it('formats units and missing values', () => {
    expect(formatCm(0.4567)).toBe('46 cm');
    expect(formatCm(undefined)).toBe('–');
    expect(formatSeconds(1.234)).toBe('1.2 s');
    expect(formatSpeed(0.512)).toBe('0.51 m/s');
    expect(formatSpeed(Number.NaN)).toBe('–');
  });
  it('converts between frames and seconds, clamped to the clip', () => {
    expect(frameAt(1, 30, 100)).toBe(30);
    expect(frameAt(10, 30, 100)).toBe(99);
    expect(frameAt(-1, 30, 100)).toBe(0);
    expect(timeOf(45, 30)).toBe(1.5);
  });
  it('uses real per-frame times for variable-frame-rate clips', () => {
    const t = [0, 0.033, 0.1, 0.133, 0.2, 0.3];
    expect(nearestIndex(t, 0.09)).toBe(2);
    expect(nearestIndex(t, 0.0665)).toBe(1);
    expect(nearestIndex(t, -1)).toBe(0);
    expect(nearestIndex(t, 9)).toBe(5);
    expect(frameAt(0.25, 30, 6, t)).toBe(4);
    expect(frameAt(0.26, 30, 6, t)).toBe(5);
    expect(frameAt(0.25, 30, 6)).toBe(5); // i/fps would say frame 7.5 → clamped
    expect(timeOf(3, 30, t)).toBe(0.133);
    expect(timeOf(99, 30, t)).toBe(0.3);
  });
  it('names severities', () => {
    expect(severityWord(0.1)).toBe('mild');
    expect(severityWord(0.5)).toBe('moderate');
    expect(severityWord(0.9)).toBe('severe');
    expect(severityWord('high')).toBe('severe');
  });
});
