import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import type { CoachResult } from '../src/core/result';
import { CLIPS, clipPath, CoachApp, hasSharedVideos, keypointDiff, makeVideoFixtures, repoRoot, SKIP_MESSAGE } from './app';

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
