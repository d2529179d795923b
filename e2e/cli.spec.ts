import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { MISTAKE_KINDS, type Analysis } from '../src/analysis';
import type { CoachResult } from '../src/core/result';
import { parseCsv } from '../scripts/lib/csv';
import { awkwardCases, badCases, codecCases } from '../scripts/lib/file-fixtures';
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

test('the CLI fails every unusable file fast with exit 2, one error line and no output file', () => {
  test.setTimeout(400_000);
  const byId = Object.fromEntries([...codecCases(), ...badCases()].map((c) => [c.id, c]));
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'coach-cli-bad-'));
  const cases: [string, string[], RegExp][] = [
    ['hevc-mov', [], /HEVC \(H\.265\).*Most Compatible/],
    ['avi', [], /AVI file/],
    ['one-frame', [], /only one frame/],
    ['av1-damaged', [], /damaged/],
    // A stall in the middle of decoding (watchdog): named stage, no half-written JSON.
    ['webm-timestamp-gap', ['--stall-timeout', '5'], /stopped making progress while decoding the video/],
  ];
  const rows: { id: string; seconds: number; error: string }[] = [];
  for (const [id, extra, message] of cases) {
    const out = path.join(dir, `${id}.json`);
    const t0 = Date.now();
    const r = analyzeCli([byId[id].file, '--out', out, '--backend', 'wasm', '--no-3d', ...extra]);
    const seconds = (Date.now() - t0) / 1000;
    expect(r.code, `${id}: ${r.stderr}`).toBe(2);
    const lines = r.stderr.split('\n').filter((l) => l.startsWith('error: '));
    expect(lines, r.stderr).toHaveLength(1);
    expect(lines[0], id).toMatch(message);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(fs.readdirSync(dir), `${id}: no output, not even a partial one`).toEqual([]);
    expect(seconds, `${id} took ${seconds} s`).toBeLessThan(45); // browser start (~10 s) + ≤ 30 s to fail
    rows.push({ id, seconds: Math.round(seconds * 10) / 10, error: lines[0] });
  }
  fs.mkdirSync(path.join(repoRoot, 'test-results'), { recursive: true });
  fs.writeFileSync(path.join(repoRoot, 'test-results', 'inputs-cli.json'), JSON.stringify(rows, null, 1));
});

test('the CLI analyses an awkward but valid file with exit 0 and its warnings on stderr', () => {
  const gif = codecCases().find((c) => c.id === 'gif')!;
  const rot = awkwardCases().find((c) => c.id === 'rot90')!;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'coach-cli-ok-'));
  const r = analyzeCli([gif.file, '--out', path.join(dir, 'gif.json'), '--backend', 'wasm', '--no-3d']);
  expect(r.code, r.stderr).toBe(0);
  expect(r.stderr).toMatch(/^warning: Animated image/m);
  expect(JSON.parse(fs.readFileSync(path.join(dir, 'gif.json'), 'utf8')).video).toMatchObject({ width: 300, height: 300, frameCount: 30 });
  const r2 = analyzeCli([rot.file, '--out', path.join(dir, 'rot.json'), '--backend', 'wasm', '--no-3d']);
  expect(r2.code, r2.stderr).toBe(0);
  expect(JSON.parse(fs.readFileSync(path.join(dir, 'rot.json'), 'utf8')).video).toMatchObject({ width: 360, height: 640 });
  expect(fs.readdirSync(dir).sort()).toEqual(['gif.json', 'rot.json']);
});

test('batch: several clips with one browser, one JSON each and summary.csv; a rerun skips what is done', () => {
  test.setTimeout(400_000);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'coach-batch-'));
  const bad = makeVideoFixtures().text;
  const list = path.join(dir, 'clips.txt');
  fs.writeFileSync(list, `# the squat, by absolute path\n${clipPath(CLIPS.squat)}\n`);
  const out = path.join(dir, 'results');
  const args = [clipPath(CLIPS.deadlift), bad, '--list', list, '--out-dir', out, '--backend', 'wasm', '--no-3d'];
  const first = analyzeCli(args);
  // One clip failed: exit 2, the failure named; the others are written whole.
  expect(first.code, first.stderr).toBe(2);
  expect(first.stderr).toMatch(/^error: .*notes-renamed\.mp4: .*not a video/m);
  expect(fs.readdirSync(out).sort()).toEqual([`${CLIPS.deadlift}.json`, `${CLIPS.squat}.json`, 'summary.csv']);
  const dl = JSON.parse(fs.readFileSync(path.join(out, `${CLIPS.deadlift}.json`), 'utf8')) as CoachResult;
  expect(dl.frames).toHaveLength(109);
  const rows = parseCsv(fs.readFileSync(path.join(out, 'summary.csv'), 'utf8'));
  expect(rows.map((r) => r.status)).toEqual(['ok', 'failed', 'ok']);
  expect(rows[0].frames).toBe('109');

  // Resume: the finished clips are skipped, only the failed one is tried again.
  const again = analyzeCli(args);
  expect(again.code).toBe(2);
  expect(again.stderr).toMatch(/2 already done or missing, 1 to analyse/);
  expect(parseCsv(fs.readFileSync(path.join(out, 'summary.csv'), 'utf8')).map((r) => r.status)).toEqual(['skipped', 'failed', 'skipped']);
});
