import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { MISTAKE_KINDS, type Analysis } from '../src/analysis';
import type { CoachResult } from '../src/core/result';
import { parseCsv } from '../scripts/lib/csv';
import { CLIPS, clipPath, CoachApp, hasSharedVideos, keypointDiff, makeVideoFixtures, repoRoot, SKIP_MESSAGE } from './app';
import { videosDir } from '../scripts/lib/video-fixtures';

test.skip(!hasSharedVideos, SKIP_MESSAGE);

function analyzeCli(args: string[]) {
  const r = spawnSync(process.execPath, [path.join(repoRoot, 'node_modules/tsx/dist/cli.mjs'), 'scripts/analyze.ts', ...args], {
    cwd: repoRoot, encoding: 'utf8', timeout: 170_000,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

test('the CLI gives the same keypoints as the UI on the same clip and backend', async ({ page }) => {
  const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'coach-cli-')), 'result.json');
  const clip = clipPath(CLIPS.deadlift);
  const cli = analyzeCli([clip, '--out', out, '--backend', 'wasm']);
  expect(cli.stderr).toMatch(/done: 109 frames/);
  expect(cli.code).toBe(0);
  const fromCli = JSON.parse(fs.readFileSync(out, 'utf8')) as CoachResult;

  const app = new CoachApp(page);
  await app.open('backend=wasm');
  expect((await app.upload(clip)).status).toBe('done');
  const fromUi = await app.result();

  expect(fromCli.backend).toBe('wasm');
  expect(fromCli.video).toEqual(fromUi.video);
  expect(fromCli.frames.map((f) => f.tMs)).toEqual(fromUi.frames.map((f) => f.tMs));
  const d = keypointDiff(fromCli, fromUi);
  expect(d.n).toBeGreaterThan(100 * 17);
  expect(d.max).toBeLessThan(0.05); // same pipeline, same backend: identical up to rounding
});

test('the CLI rejects bad input with exit 2 and one error line', () => {
  const f = makeVideoFixtures();
  for (const args of [[f.text], [f.zero], [f.audioOnly], [f.truncated], ['/nonexistent/clip.mp4'], [clipPath(CLIPS.deadlift), '--backend', 'cuda']]) {
    const r = analyzeCli(args);
    expect(r.code, args.join(' ')).toBe(2);
    const lines = r.stderr.split('\n').filter((l) => l.startsWith('error: '));
    expect(lines, r.stderr).toHaveLength(1);
    expect(r.stderr).not.toMatch(/\n\s+at /); // no stack trace
  }
});

test('real fault labels: a shallow set is counted and flagged, the clean set by the same lifter stays silent', () => {
  // Spans from ../shared/data/videos/faults.csv (issue 11): the CLI's in-browser analysis, not a re-run.
  const labels = parseCsv(fs.readFileSync(path.join(videosDir, 'faults.csv'), 'utf8'));
  const span = (file: string, which: 'fault' | 'clean') => {
    const row = labels.find((r) => r.file === file && r.kind === 'shallow_depth')!;
    return [Number(row[`${which}_start_s`]), Number(row[`${which}_end_s`])] as const;
  };
  const run = (file: string) => {
    const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'coach-faults-')), 'result.json');
    const r = analyzeCli([clipPath(file), '--out', out, '--exercise', 'squat']);
    expect(r.code, r.stderr).toBe(0);
    return (JSON.parse(fs.readFileSync(out, 'utf8')) as CoachResult).analysis as unknown as Analysis;
  };
  const overlaps = (a: Analysis, [s, e]: readonly [number, number]) => a.mistakes.some((m) => m.kind === 'shallow_depth' && m.startS <= e && m.endS >= s);

  const shallow = run('squat_front_lnewco_shallow_depth.mov');
  expect(shallow.repCount).toBeGreaterThan(0); // quarter-depth reps are counted...
  expect(overlaps(shallow, span('squat_front_lnewco_shallow_depth.mov', 'fault'))).toBe(true); // ...and flagged
  expect(shallow.checks.map((c) => c.kind).sort()).toEqual([...MISTAKE_KINDS].sort());
  expect(shallow.checks.find((c) => c.kind === 'shallow_depth')!.status).toBe('checked');
  for (const r of shallow.reps) expect(r.startS <= r.bottomS && r.bottomS <= r.topS && r.topS <= r.endS).toBe(true);

  const clean = run('squat_front_lnewco_clean.mov');
  expect(overlaps(clean, span('squat_front_lnewco_clean.mov', 'clean'))).toBe(false);
});
