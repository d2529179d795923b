import { describe, expect, it } from 'vitest';
import { checksFor, checkMessages } from './checks';
import { MISTAKE_KINDS, type ViewInfo } from './types';
import { viewLabel } from './view';
import { viewWarnings } from './warnings';

const LABEL_WORDS: Record<ViewInfo['label'], string> = { front: 'from the front', 'front-45': 'from the front at 45°', side: 'from the side', 'rear-45': 'from behind at 45°', rear: 'from behind' };

describe('checks: one truth for what was checked', () => {
  const views = Array.from({ length: 72 }, (_, i) => -180 + 5 * i + 2.5);

  it.each(['squat', 'deadlift'] as const)('%s: every view message agrees with the view label, at every yaw', (exercise) => {
    for (const yawDeg of views) {
      const view: ViewInfo = { yawDeg, label: viewLabel(yawDeg), yawSpreadDeg: 0 };
      const checks = checksFor({ exercise, view, has2d: true });
      expect(checks.map((c) => c.kind)).toEqual([...MISTAKE_KINDS]);
      for (const c of checks) {
        if (c.status === 'checked') expect(c.reason).toBe('');
        else expect(c.reason).not.toBe('');
        // A sentence that names the view names this clip's view, and never asks for the view it already has.
        if (/this clip is filmed/.test(c.reason)) expect(c.reason).toContain(`this clip is filmed ${LABEL_WORDS[view.label]}`);
        const asks = /^Film (from the side|from the front or behind)/.exec(c.reason)?.[1];
        if (asks === 'from the side') expect(view.label).not.toBe('side');
        if (asks === 'from the front or behind') expect(['front', 'rear']).not.toContain(view.label);
        // Never "not checked" in one sentence and "checked" in the status.
        if (c.status === 'low_confidence') expect(c.reason).not.toMatch(/was not checked/);
        if (c.status === 'not_checked' && /was not checked/.test(c.reason)) expect(c.reason).not.toMatch(/less confidence/);
      }
      const warnings = viewWarnings({ ground: { up: [0, 1, 0], tiltDeg: 0, standingFrames: 10, spreadDeg: 1, unsure: false }, exerciseConfidence: 1, view, checks, usable: [true], exercise });
      expect(warnings).toEqual(checkMessages(checks, exercise));
      // Each sentence about a check appears once.
      expect(new Set(warnings).size).toBe(warnings.length);
    }
  });

  it('a check that does not belong to the exercise is not_checked and not shown as a view message', () => {
    const view: ViewInfo = { yawDeg: 90, label: 'side', yawSpreadDeg: 0 };
    const checks = checksFor({ exercise: 'deadlift', view, has2d: true });
    expect(checks.find((c) => c.kind === 'shallow_depth')!.status).toBe('not_checked');
    expect(checkMessages(checks, 'deadlift').join(' ')).not.toMatch(/depth/i);
  });

  it('knee tracking: checked from the front and rear, not from the side', () => {
    const status = (yawDeg: number) => checksFor({ exercise: 'squat', view: { yawDeg, label: viewLabel(yawDeg), yawSpreadDeg: 0 }, has2d: true }).find((c) => c.kind === 'knee_valgus')!;
    expect(status(5).status).toBe('checked');
    expect(status(175).status).toBe('checked');
    expect(status(90).status).toBe('not_checked');
    expect(status(90).reason).toMatch(/^Film from the front or behind to check knee tracking; this clip is filmed from the side/);
  });

  it('without 2D keypoints the 2D-only checks say so', () => {
    const c = checksFor({ exercise: 'deadlift', view: { yawDeg: 90, label: 'side', yawSpreadDeg: 0 }, has2d: false });
    expect(c.find((x) => x.kind === 'bar_drift')!.status).toBe('not_checked');
  });
});
