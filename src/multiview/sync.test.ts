import { describe, expect, it } from 'vitest';
import { makeRng } from '../core/rng';
import { alignByPose, alignByScore, alignVideos, scoreEdges, type SyncTrack } from './sync';

/** A squat-like hip-height trace with irregular reps and a flickering detector score that drops while the athlete walks off. */
function session(seed: number, seconds: number, fps: number): (tS: number) => { hip: number; score: number } {
  const rnd = makeRng(seed);
  const reps = Array.from({ length: 40 }, (_, i) => ({ at: 2 + i * 2.6 + rnd() * 0.8, depth: 0.3 + 0.4 * rnd(), dur: 1.2 + rnd() }));
  const away = [{ from: 0, to: 1.1 }, { from: seconds * 0.55, to: seconds * 0.55 + 1.3 }];
  return (t) => {
    let hip = 1;
    for (const r of reps) if (t >= r.at && t < r.at + r.dur) hip -= r.depth * Math.sin((Math.PI * (t - r.at)) / r.dur);
    const gone = away.some((w) => t >= w.from && t < w.to);
    return { hip, score: gone ? 0.1 : 0.85 + 0.1 * Math.sin(t * fps) };
  };
}

/** Frames of `at` seen by a camera whose recording starts `startS` into the session. */
function film(at: (t: number) => { hip: number; score: number }, startS: number, seconds: number, fps: number): SyncTrack {
  const n = Math.round(seconds * fps);
  const tS = Array.from({ length: n }, (_, i) => i / fps);
  const s = tS.map((t) => at(t + startS));
  return { tS, score: s.map((x) => x.score), hipUp: s.map((x) => x.hip) };
}

describe('two-video time alignment', () => {
  const fps = 30;
  const at = session(7, 30, fps);
  // Camera b starts 1.5 s after camera a: an event at tA appears in b at tA − 1.5 s.
  const a = film(at, 0, 24, fps);
  const b = film(at, 1.5, 22, fps);

  it('finds enter/leave edges of the 0.75-thresholded score, ignoring flicker', () => {
    const e = scoreEdges(a.tS, a.score);
    expect(e.map((x) => x.kind)).toEqual(['enter', 'leave', 'enter']);
    expect(e[0].tS).toBeCloseTo(1.1, 1);
    const t = [0, 1, 2, 3, 4, 5, 6].map((i) => i / 30);
    expect(scoreEdges(t, [0.9, 0.9, 0.9, 0.1, 0.9, 0.9, 0.9])).toEqual([]); // a 33 ms dip is flicker
  });

  it('the score method re-aligns within a frame', () => {
    const e = alignByScore(a, b);
    expect(Math.abs(e.offsetS! - -1.5)).toBeLessThanOrEqual(1 / fps);
    expect(e.confidence).toBeGreaterThan(0);
  });

  it('the pose method re-aligns within a frame, both directions', () => {
    expect(Math.abs(alignByPose(a, b).offsetS! - -1.5)).toBeLessThanOrEqual(1 / fps);
    expect(Math.abs(alignByPose(b, a).offsetS! - 1.5)).toBeLessThanOrEqual(1 / fps);
    const late = film(at, -3, 20, 25); // b started 3 s earlier, at another frame rate
    expect(Math.abs(alignByPose(a, late).offsetS! - 3)).toBeLessThanOrEqual(1 / fps);
  });

  it('says so when there is nothing to align on, and picks the most confident method', () => {
    const still = { ...a, score: a.score.map(() => 0.9) };
    expect(alignByScore(still, still).offsetS).toBeNull();
    const { best, all } = alignVideos(still, { ...b, score: b.score.map(() => 0.9) }, ['score', 'pose', 'flow']);
    expect(best.method).toBe('pose');
    expect(all.find((e) => e.method === 'flow')!.offsetS).toBeNull();
  });

  it('line set-up joins a’s exit to b’s entry', () => {
    const e = alignByScore({ ...a, score: a.score.map((_, i) => (i < 60 ? 0.9 : 0.1)) }, { ...b, score: b.score.map((_, i) => (i < 30 ? 0.1 : 0.9)) }, 'line');
    expect(e.offsetS).toBeCloseTo(1 - 2, 5);
  });
});
