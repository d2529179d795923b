/**
 * Live cues say what the review says (issue 11): mocap squats and hinges with injected faults, seen
 * through virtual cameras (tools/eval/lib/synth-faults.ts: 2D with detector-like noise, 3D with
 * lifter-like noise), go frame by frame through the live path (`liveStep`: confident-person gate,
 * streaming rep counter, per-rep judgement) and through the offline `analyze()`; both must name the
 * same fault kinds, and a kind the view cannot show is cued by neither. Skips without ../shared.
 * (Here, beside the synthetic-fault generator, because src/ never imports tools/.)
 */
import { describe, expect, it } from 'vitest';
import { injectFault, loadWorld, MOCAP_SETS, render, type SynthKind } from './lib/synth-faults';
import { analyze } from '../../src/analysis/analyze';
import { hasMocap, MISSING_MOCAP, mocapDir } from '../../src/analysis/fixtures/mocap';
import { createRepCounter } from '../../src/analysis/repCounter';
import { resolveThresholds } from '../../src/analysis/thresholds';
import type { Exercise, PoseSequence } from '../../src/analysis/types';
import type { Person2D } from '../../src/core/types';
import { liveStep, RepCoach, type LiveCue } from '../../src/live/cues';

const T = resolveThresholds();

/** The rendered sequence's frame f as the detector would give it (720×1280 portrait frame). */
function personAt(seq: PoseSequence, f: number): Person2D {
  const kp = seq.keypoints2d!;
  const rows = Array.from({ length: 17 }, (_, j) => [kp[(f * 17 + j) * 3], kp[(f * 17 + j) * 3 + 1], kp[(f * 17 + j) * 3 + 2]] as const);
  return { id: 0, box: [0, 0, 720, 1280], score: 0.9, keypoints2d: rows };
}

/** Runs the live path over every frame: rep count, cues shown, and every per-rep finding. */
function runLive(seq: PoseSequence, exercise: Exercise) {
  let rc = createRepCounter({ exercise });
  const coach = new RepCoach(exercise, T);
  const cues: LiveCue[] = [];
  const spans: [number, number][] = [];
  for (let f = 0; f < seq.frames; f++) {
    const r = liveStep(rc, coach, { tMs: Number(seq.tMs[f]), person: personAt(seq, f), pose3d: seq.pose3d.slice(f * 51, f * 51 + 51), heightPx: 1280 }, T);
    rc = r.rc;
    if (r.event) spans.push([r.event.startS, r.event.endS]);
    if (r.cue && !cues.some((c) => c.rep === r.cue!.rep && c.kind === r.cue!.kind)) cues.push(r.cue);
  }
  return { reps: rc.count, spans, cues, mistakes: coach.mistakes, view: coach.view };
}

/** `seq` with its last frame held for `s` seconds (the lifter stands after the set; the camera keeps running). */
function holdEnd(seq: PoseSequence, s: number): PoseSequence {
  const n = Math.round(s * seq.fps), N = seq.frames + n, last = seq.frames - 1;
  const rep = <T extends Float32Array>(a: T, w: number) => { const o = new Float32Array(N * w); o.set(a); for (let i = 0; i < n; i++) o.set(a.subarray(last * w, last * w + w), (seq.frames + i) * w); return o; };
  const tMs = [...Array.from(seq.tMs, Number), ...Array.from({ length: n }, (_, i) => Number(seq.tMs[last]) + ((i + 1) * 1000) / seq.fps)];
  return { ...seq, frames: N, tMs, pose3d: rep(seq.pose3d, 51), scores: rep(seq.scores!, 17), keypoints2d: rep(seq.keypoints2d!, 51) };
}

const kindsOf = (ms: readonly { kind: string }[]) => [...new Set(ms.map((m) => m.kind))].sort();

describe.skipIf(!hasMocap)('live cues come from the review\'s checks (mocap faults through virtual cameras)', () => {
  const set = (amc: string, start?: number) => MOCAP_SETS.find((s) => s.amc === amc && (start === undefined || s.start === start))!;
  const SQUAT = set('cmu/13/13_30.amc');
  const DEEP = set('cmu/13/13_29.amc', 3805);
  const worlds = new Map<string, ReturnType<typeof loadWorld>>();
  const world = (s: typeof SQUAT) => {
    const k = `${s.amc}@${s.start}`;
    if (!worlds.has(k)) worlds.set(k, loadWorld(mocapDir, s));
    return worlds.get(k)!;
  };
  const both = (s: typeof SQUAT, kind: SynthKind | null, yaw: number) => {
    const seq = holdEnd(render(kind ? injectFault(world(s), kind) : world(s), yaw, 3), 1);
    return { live: runLive(seq, s.exercise), review: analyze(seq, { exercise: s.exercise }) };
  };

  it.each([
    ['knee_valgus', 0], ['knee_valgus', 180], ['knee_valgus', 90], ['shallow_depth', 0], ['shallow_depth', 90], [null, 0], [null, 90], [null, 180],
  ] as const)('squat with %s from yaw %i°: live and review find the same kinds', (kind, yaw) => {
    const { live, review } = both(SQUAT, kind, yaw);
    // Quarter squats (35% depth) sit at the live counter's minimum range (0.2 leg lengths, against gait): it may count fewer.
    expect(live.reps).toBeGreaterThanOrEqual(kind === 'shallow_depth' ? 1 : review.repCount);
    expect(live.reps).toBeLessThanOrEqual(review.repCount);
    // The review's findings on the reps the live coach judged.
    const onLiveReps = review.mistakes.filter((m) => live.spans.some(([a, b]) => m.startS <= b && m.endS >= a));
    expect(kindsOf(live.mistakes)).toEqual(kindsOf(onLiveReps));
    if (kind && review.checks.find((c) => c.kind === kind)!.status === 'checked') expect(kindsOf(live.cues)).toContain(kind);
    // The same view rules: what the review did not check, the live coach never cues.
    const unchecked = review.checks.filter((c) => c.status === 'not_checked').map((c) => c.kind);
    expect(live.cues.filter((c) => unchecked.includes(c.kind))).toEqual([]);
    // A cue is shown as sure (red, spoken) exactly when the review's check of its kind is "checked".
    for (const c of live.cues) expect(c.sure).toBe(review.checks.find((k) => k.kind === c.kind)!.status === 'checked');
    expect(live.view?.label).toBe(review.view.label);
  });

  it('no valgus cue from the side even with the knees caving; found from the front', () => {
    expect(kindsOf(both(SQUAT, 'knee_valgus', 90).live.cues)).not.toContain('knee_valgus');
    expect(kindsOf(both(SQUAT, 'knee_valgus', 0).live.cues)).toContain('knee_valgus');
  });

  it('forward lean from the side: the same finding, in the review\'s words', () => {
    const { live, review } = both(DEEP, 'forward_lean', 90);
    expect(kindsOf(live.mistakes)).toEqual(kindsOf(review.mistakes));
    const cue = live.cues.find((c) => c.kind === 'forward_lean')!;
    expect(cue.message).toMatch(/^The torso leans \d+° from vertical .* of rep \d, \d+° more than the shins/);
    expect(cue.message).toContain(`rep ${cue.rep}`);
  });

  it('a clean hinge stays silent live and in the review', () => {
    const { live, review } = both(set('cmu/02/02_06.amc'), null, 90);
    expect(kindsOf(live.mistakes)).toEqual(kindsOf(review.mistakes));
  });
});

if (!hasMocap) console.warn(MISSING_MOCAP);
