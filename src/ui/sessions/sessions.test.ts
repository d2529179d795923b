import { createElement } from 'react';
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { EXPORTS, ExportMenu } from '../review/ExportMenu';
import { SessionsList } from './SessionsList';
import { keptSummary, sessionDetails, sortSessions, validName } from './sessionsModel';
import type { SessionSummary } from '../shared/types';

const done: SessionSummary = { id: 'a', name: 'Monday squat', createdMs: Date.UTC(2026, 10, 16, 9, 5), exercise: 'squat', repCount: 5, durationS: 42, hasVideo: false, status: 'complete' };
const cut: SessionSummary = { id: 'b', name: 'Deadlift PR', createdMs: Date.UTC(2026, 10, 20, 18, 0), hasVideo: true, status: 'interrupted', kept: { frames2d: 300, frames3d: 0, frameCount: 600, analysis: false } };
const noop = () => {};

describe('sessions model', () => {
  it('cleans names and refuses empty ones', () => {
    expect(validName('  Leg   day ')).toBe('Leg day');
    expect(validName('   ')).toBeNull();
  });
  it('describes a session and what an interrupted one kept', () => {
    expect(sessionDetails(done, 'en-GB')).toMatch(/16 Nov 2026.* · squat · 5 reps · 0:42\.0 · video not stored$/);
    expect(keptSummary(cut.kept)).toBe('kept 2D poses for 50% of frames, no analysis yet.');
    expect(keptSummary({ frames2d: 600, frames3d: 600, frameCount: 600, analysis: true })).toBe('kept 2D poses for 100% of frames, 3D for 100%, the analysis.');
    expect(keptSummary(undefined)).toMatch(/nothing was kept/);
    expect(sortSessions([done, cut]).map((s) => s.id)).toEqual(['b', 'a']);
  });
});

describe('SessionsList and ExportMenu markup', () => {
  it('lists sessions newest first with labelled actions and the interrupted state', () => {
    const html = renderToString(createElement(SessionsList, { sessions: [done, cut], currentId: 'a', onOpen: noop, onRename: noop, onDelete: noop, onResume: noop }));
    expect(html.indexOf('Deadlift PR')).toBeLessThan(html.indexOf('Monday squat'));
    expect(html).toContain('Interrupted — kept 2D poses for 50% of frames, no analysis yet.');
    expect(html).toContain('aria-label="Resume Deadlift PR"');
    expect(html).toContain('Open what was kept');
    for (const a of ['Open Monday squat', 'Rename Monday squat', 'Delete Monday squat']) expect(html).toContain(`aria-label="${a}"`);
    expect(html).toMatch(/<li class="coach-card" aria-current="true"><h3>Monday squat/);
  });
  it('says when there are no sessions', () => {
    expect(renderToString(createElement(SessionsList, { sessions: [], onOpen: noop, onRename: noop, onDelete: noop, onResume: noop }))).toContain('No saved sessions yet');
  });
  it('offers every export kind, with reasons for unavailable ones', () => {
    const html = renderToString(createElement(ExportMenu, { onExport: noop, unavailable: { bvh: 'Needs the 3D lift first' } }));
    expect(html.match(/data-export=/g)).toHaveLength(EXPORTS.length);
    expect(EXPORTS.map((e) => e.kind).sort()).toEqual(['bvh', 'csv-boxes', 'csv-keypoints', 'csv-mistakes', 'csv-reps', 'json', 'png']);
    expect(html).toMatch(/disabled="" aria-describedby="[^"]*-bvh" data-export="bvh" data-testid="export-bvh">3D motion \(BVH\)/);
    expect(html).toContain('Needs the 3D lift first');
  });
});
