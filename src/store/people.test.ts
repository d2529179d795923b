import { beforeEach, describe, expect, it } from 'vitest';
import { synthSequence, viaCamera } from '../analysis/fixtures/synthetic';
import type { BoxPx } from '../core/types';
import type { CoachResult } from '../core/result';
import type { Session } from '../pipeline/session';
import { sessionFromResult } from '../pipeline/session-json';
import { choosePerson } from './people-actions';
import { personBoxesAt, personChoices } from './people-model';
import { showSession } from './review-actions';
import { useAppStore } from './index';

/** A person's session: the synthetic sequence as lifted 3D, seen at `box` (px) except in `unseen` frames. */
function personSession(id: number, depth: number, box: BoxPx, unseen: readonly number[] = []): Session {
  const seq = viaCamera(synthSequence({ kind: 'squat', reps: 3, depth }));
  const frames = Array.from({ length: seq.frames }, (_, f) => ({
    i: f, tMs: seq.tMs[f],
    persons: unseen.includes(f) ? [] : [{ id, box: [...box], score: 0.9, keypoints2d: Array.from({ length: 17 }, () => [box[0] + box[2] / 2, box[1] + box[3] / 2, 0.9]),
      pose3d: Array.from({ length: 17 }, (_, j) => [seq.pose3d[f * 51 + j * 3], seq.pose3d[f * 51 + j * 3 + 1], seq.pose3d[f * 51 + j * 3 + 2]]) }],
  }));
  const result = { format: 'coach-analysis/1', video: { file: 'two.mp4', width: 1280, height: 720, fps: seq.fps, frameCount: seq.frames, durationS: seq.frames / seq.fps },
    backend: 'wasm', model: 'movenet-multipose', frames, timingsMs: { decode: 0, detect2d: 0, total: 0 }, athleteId: id } as unknown as CoachResult;
  return sessionFromResult(result);
}

/**
 * A people-mode session as the pipeline builds it: person 3 squats 3 reps (the automatic athlete,
 * listed first), person 1 stands still on the right and is not seen in frame 5.
 */
function twoPeople(): Session {
  const squatter = personSession(3, 1, [100, 100, 200, 500]);
  const standing = personSession(1, 0, [900, 120, 180, 480], [5]);
  const people = [
    { id: 3, framesSeen: squatter.track.frames, box: [100, 100, 200, 500] as const, session: squatter },
    { id: 1, framesSeen: standing.track.frames - 1, box: [900, 120, 180, 480] as const, session: standing },
  ];
  return { ...squatter, people };
}

describe('people on the review screen (pure)', () => {
  it('lists the people in order of first appearance, marks the automatic athlete and the one shown', () => {
    const s = twoPeople();
    expect(personChoices(s)).toEqual([
      { id: 1, label: 'Person 1', auto: false, chosen: false },
      { id: 3, label: 'Person 2', auto: true, chosen: true },
    ]);
    expect(personChoices({ ...s, athleteId: 1 }).map((c) => c.chosen)).toEqual([true, false]);
  });

  it('offers no choice with one person or without people mode', () => {
    const s = twoPeople();
    expect(personChoices({ ...s, people: s.people!.slice(0, 1) })).toEqual([]);
    expect(personChoices({ ...s, people: undefined })).toEqual([]);
    expect(personChoices(null)).toEqual([]);
  });

  it('gives each person’s box in a frame, leaving out whoever is not seen there', () => {
    const s = twoPeople();
    expect(personBoxesAt(s, 4).map((b) => [b.id, [...b.box]])).toEqual([[1, [900, 120, 180, 480]], [3, [100, 100, 200, 500]]]);
    expect(personBoxesAt(s, 5).map((b) => b.id)).toEqual([3]);
    expect(personBoxesAt(s, -1)).toEqual([]);
  });

  it('grows a box to hold the confident keypoints (plus 10 % of their extent), ignoring unsure ones', () => {
    const s = twoPeople();
    const kp = s.people![1].session.track.keypoints; // person 1, box [900, 120, 180, 480], keypoints at (990, 360)
    kp[4 * 51 + 1] = 60; // frame 4: the nose 60 px above the box, sure
    kp[4 * 51 + 3 + 1] = 0; kp[4 * 51 + 3 + 2] = 0.1; // an unsure eye at the top edge: ignored
    expect([...personBoxesAt(s, 4)[0].box]).toEqual([900, 30, 180, 570]);
    expect(personBoxesAt(s, s.track.frames)).toEqual([]);
  });
});

describe('choosePerson', () => {
  beforeEach(() => useAppStore.setState({ exercise: 'auto', status: 'done', sessionId: null }));

  it('switches reps, 3D motion and the 2D track to the chosen person and back, keeping the playhead', () => {
    const s = twoPeople();
    showSession(s);
    const first = useAppStore.getState();
    expect(first.analysis!.repCount).toBe(3);
    useAppStore.setState({ currentFrame: 40, currentTimeMs: first.session!.track.tMs[40] });

    expect(choosePerson(1)).toBe(true);
    const other = useAppStore.getState();
    expect(other.session!.athleteId).toBe(1);
    expect(other.session!.track).toBe(s.people![1].session.track);
    expect(other.session!.people).toBe(s.people);
    expect(other.analysis!.repCount).toBe(0);
    expect(other.motion).not.toBeNull();
    expect(other.motion!.pose).not.toBe(first.motion!.pose);
    expect(other.signals!.hipHeightM).not.toEqual(first.signals!.hipHeightM);
    expect(other.currentFrame).toBe(40);
    expect(personChoices(other.session).find((c) => c.chosen)!.id).toBe(1);

    expect(choosePerson(3)).toBe(true);
    expect(useAppStore.getState().analysis!.repCount).toBe(3);
    expect(useAppStore.getState().session!.athleteId).toBe(3);
  });

  it('keeps the exercise choice: the standing person analysed as a squat has no reps', () => {
    useAppStore.setState({ exercise: 'squat' });
    showSession(twoPeople());
    expect(useAppStore.getState().analysis!.repCount).toBe(3);
    choosePerson(1);
    const a = useAppStore.getState().analysis!;
    expect([a.exercise, a.repCount]).toEqual(['squat', 0]);
    expect(useAppStore.getState().session!.settings.exercise).toBe('squat');
  });

  it('does nothing for the person already shown, an unknown id, or a one-person session', () => {
    const s = twoPeople();
    showSession(s);
    const before = useAppStore.getState().session;
    expect(choosePerson(3)).toBe(false);
    expect(choosePerson(42)).toBe(false);
    expect(useAppStore.getState().session).toBe(before);
    showSession({ ...s, people: undefined });
    expect(choosePerson(1)).toBe(false);
  });
});
