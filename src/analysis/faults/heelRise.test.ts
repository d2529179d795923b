/**
 * The per-rep heel-rise rule on hand-built ankle tracks of one squat (30 fps): standing 0.5 s, a
 * 2 s rep whose depth follows a sine, standing 0.5 s. Image px, y up; shin 100 px, leg 200 px.
 */
import { describe, expect, it } from 'vitest';
import { makeRng } from '../../core/rng';
import { floorSpreadShin, HEEL_RULES, judgeHeelRep, type AnkleTrack, type RepWindows } from './heelRise';

const FPS = 30, N = 90, SHIN = 100, LEG = 200;
const tS = Float64Array.from({ length: N }, (_, f) => f / FPS);
/** 0 standing … 1 at the bottom (frames 15..74). */
const depth = (f: number) => (f < 15 || f > 74 ? 0 : Math.sin((Math.PI * (f - 15)) / 60));
const W: RepWindows = {
  pre: Array.from({ length: 15 }, (_, i) => i),
  post: Array.from({ length: 15 }, (_, i) => 75 + i),
  bottom: Array.from({ length: N }, (_, f) => f).filter((f) => depth(f) >= 0.75),
};
const RULES = { ...HEEL_RULES, riseShin: 0.1 };

/** Both ankles (left at x = 300, right at x = 400, floor at y = 0) with detector-like jitter, moved by `move`. */
function legs(move: (f: number, leg: 0 | 1) => { dx?: number; dy?: number; scale?: number } = () => ({}), seed = 1): [AnkleTrack, AnkleTrack] {
  const g = makeRng(seed);
  const track = (leg: 0 | 1): AnkleTrack => {
    const x = new Float64Array(N), y = new Float64Array(N), shin = new Float64Array(N), lg = new Float64Array(N);
    for (let f = 0; f < N; f++) {
      const m = move(f, leg);
      x[f] = 300 + 100 * leg + (m.dx ?? 0) + 2 * g.normal();
      y[f] = (m.dy ?? 0) + 2 * g.normal(); // jitter 0.02 shin
      shin[f] = SHIN * (m.scale ?? 1) + 2 * g.normal();
      lg[f] = LEG * (m.scale ?? 1) + 2 * g.normal();
    }
    return { x, y, shin, leg: lg };
  };
  return [track(0), track(1)];
}

describe('judgeHeelRep', () => {
  it('a clean squat on a still camera is judged and not lifted', () => {
    const v = judgeHeelRep(legs(), tS, W, RULES);
    expect(v.judged).toBe(true);
    expect(v.lifted).toBe(false);
    expect(Math.abs(v.rise)).toBeLessThan(0.03);
  });

  it('both heels rising with the depth (6 cm on a 40 cm shin at the bottom) is a sustained lift', () => {
    const v = judgeHeelRep(legs((f) => ({ dy: 0.15 * SHIN * depth(f) })), tS, W, RULES);
    expect(v.judged).toBe(true);
    expect(v.lifted).toBe(true);
    expect(v.rise).toBeGreaterThan(0.12);
    expect(v.sustained).toBeGreaterThan(0.8);
  });

  it('camera shake (the whole picture jumping ±8 % of a shin each frame) is not a lift', () => {
    const g = makeRng(7);
    const shake = Array.from({ length: N }, () => ({ dx: 8 * g.normal(), dy: 8 * g.normal() }));
    const v = judgeHeelRep(legs((f) => shake[f]), tS, W, RULES);
    expect(v.lifted).toBe(false);
  });

  it('a camera that tilts during the rep and does not come back (floor 0.2 shin higher after) is not judged', () => {
    const v = judgeHeelRep(legs((f) => ({ dy: (0.2 * SHIN * f) / N })), tS, W, RULES);
    expect(v).toMatchObject({ judged: false, why: 'floor_moved', lifted: false });
  });

  it('a slow drift under the limit is interpolated away', () => {
    const v = judgeHeelRep(legs((f) => ({ dy: (0.08 * SHIN * f) / N })), tS, W, RULES);
    expect(v.judged).toBe(true);
    expect(Math.abs(v.rise)).toBeLessThan(0.03);
  });

  it('a lifter who walks 15 % closer between the standing frames is not judged', () => {
    const v = judgeHeelRep(legs((f) => ({ scale: 1 + 0.15 * Math.min(1, f / N * 1.2), dy: 0.15 * SHIN * depth(f) })), tS, W, RULES);
    expect(v).toMatchObject({ judged: false, why: 'scale_changed' });
  });

  it('a panning camera (both ankles sliding 30 % of a shin sideways at the bottom) is not judged', () => {
    const v = judgeHeelRep(legs((f) => ({ dx: 0.3 * SHIN * depth(f), dy: 0.15 * SHIN * depth(f) })), tS, W, RULES);
    expect(v).toMatchObject({ judged: false, why: 'feet_moved' });
  });

  it('one ankle rising alone (a keypoint error or a weight shift) is not called a heel lift', () => {
    const v = judgeHeelRep(legs((f, leg) => ({ dy: leg === 0 ? 0.25 * SHIN * depth(f) : 0 })), tS, W, RULES);
    expect(v.judged).toBe(true);
    expect(v.rise).toBeGreaterThan(0.1);
    expect(v.lifted).toBe(false);
  });

  it('hidden ankles at the bottom (plates, a bar) are not judged', () => {
    const l = legs((f) => ({ dy: 0.15 * SHIN * depth(f) }));
    for (const f of W.bottom.slice(0, Math.ceil(W.bottom.length * 0.6))) l[0].y = Float64Array.from(l[0].y, (v, i) => (i === f ? NaN : v));
    expect(judgeHeelRep(l, tS, W, RULES)).toMatchObject({ judged: false, why: 'ankles_unseen' });
  });

  it('no standing frames (a set that starts in the hole) is not judged', () => {
    expect(judgeHeelRep(legs(), tS, { ...W, pre: [] }, RULES)).toMatchObject({ judged: false, why: 'no_standing' });
  });
});

describe('floorSpreadShin', () => {
  it('is small for a still camera and large for one that follows the lifter between reps', () => {
    const still = legs();
    const wins = [W.pre, W.post];
    expect(floorSpreadShin(still, wins, 3)).toBeLessThan(0.03);
    const handheld = legs((f) => ({ dy: f >= 75 ? 0.3 * SHIN : 0 }));
    expect(floorSpreadShin(handheld, wins, 3)).toBeGreaterThan(0.25);
    expect(floorSpreadShin(still, [W.pre], 3)).toBeNaN();
  });
});
