/**
 * Several people in view: MoveNet MultiPose on a real two-person video (two shared clips side by
 * side: a lifter squatting on the left, another standing still on the right), the identity tracker
 * and the athlete choice (src/multiview/people.ts).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { clipPath, CoachApp, hasSharedVideos, repoRoot, SKIP_MESSAGE } from './app';
import type { CoachResult } from '../src/core/result';
import type { Frame2D } from '../src/core/types';
import { chooseAthlete, medianBox, trackPeople } from '../src/multiview/people';

test.skip(!hasSharedVideos, SKIP_MESSAGE);

/** Left: a back-squat set; right: another lifter's first frame held (a person standing by). 6 s, 30 fps; its width in px. */
function twoPeopleClip(): { file: string; width: number } {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'coach-people-')), 'two-people.mp4');
  execFileSync('ffmpeg', ['-v', 'error', '-y',
    '-t', '6', '-i', clipPath('squat_front_liftcheck.mp4'), '-i', clipPath('squat_front_rcht_clean.mp4'),
    '-filter_complex', '[0:v]scale=-2:640,setsar=1,fps=30[a];[1:v]trim=end_frame=1,loop=loop=-1:size=1,scale=-2:640,setsar=1,fps=30[b];[a][b]hstack=inputs=2:shortest=1[v]',
    '-map', '[v]', '-t', '6', '-c:v', 'libx264', '-pix_fmt', 'yuv420p', file]);
  return { file, width: Number(String(execFileSync('ffprobe', ['-v', 'error', '-select_streams', 'v:0', '-show_entries', 'stream=width', '-of', 'csv=p=0', file])).trim()) };
}

test('two people side by side: two stable identities, and the squatter is the athlete', async ({ page }) => {
  test.setTimeout(300_000);
  const { file, width } = twoPeopleClip();

  const app = new CoachApp(page);
  await app.open('backend=wasm');
  const b64 = fs.readFileSync(file).toString('base64');
  const frames = await page.evaluate(async (b64) => {
    const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
    return window.__coach!.detectPeople(bytes.buffer, 'two-people.mp4', { backend: 'wasm' });
  }, b64) as Frame2D[];
  expect(frames.length).toBeGreaterThan(170);
  expect(frames.filter((f) => f.persons.length >= 2).length / frames.length).toBeGreaterThan(0.9);

  const tracks = trackPeople(frames);
  const main = tracks.filter((t) => t.frames.length >= frames.length / 2);
  expect(main).toHaveLength(2);
  // Identity switches: a track whose person jumps to the other half of the picture.
  const side = (p: { box: readonly number[] }) => p.box[0] + p.box[2] / 2 < width / 2;
  let switches = 0;
  for (const t of main) for (let k = 1; k < t.persons.length; k++) if (side(t.persons[k]) !== side(t.persons[k - 1])) switches++;
  expect(switches).toBeLessThanOrEqual(frames.length / 100);
  const athlete = tracks.find((t) => t.id === chooseAthlete(tracks, frames.length))!;
  expect(side({ box: medianBox(athlete) })).toBe(true); // the squatter, on the left
});

test('CLI --people all: each person analysed, the squatter chosen as the athlete', () => {
  test.setTimeout(300_000);
  const { file, width } = twoPeopleClip();
  const out = path.join(path.dirname(file), 'all.json');
  const cli = spawnSync(process.execPath, [path.join(repoRoot, 'node_modules/tsx/dist/cli.mjs'), 'scripts/analyze.ts', file, '--people', 'all', '--backend', 'wasm', '--out', out], {
    cwd: repoRoot, encoding: 'utf8', timeout: 280_000,
  });
  expect(cli.status, cli.stderr).toBe(0);
  const r = JSON.parse(fs.readFileSync(out, 'utf8')) as CoachResult;
  expect(r.model).toBe('movenet-multipose');
  expect(r.people?.length).toBeGreaterThanOrEqual(2);
  const [athlete, ...others] = r.people!;
  expect(athlete.id).toBe(r.athleteId);
  expect(athlete.box[0] + athlete.box[2] / 2).toBeLessThan(width / 2); // the squatter, on the left
  expect(others.some((p) => p.box[0] + p.box[2] / 2 > width / 2)).toBe(true); // the person standing by
  // Each person has their own analysis, as for one person: the squatter's reps, none for the one standing.
  const reps = (p: { analysis: Record<string, unknown> | null }) => (p.analysis as { repCount?: number } | null)?.repCount ?? 0;
  expect(reps(athlete)).toBeGreaterThanOrEqual(1);
  expect(athlete.analysis).toEqual(r.analysis);
  const standing = others.find((p) => p.box[0] + p.box[2] / 2 > width / 2)!;
  expect(standing.analysis).not.toBeNull();
  expect(reps(standing)).toBe(0);
  // Frames carry the athlete only (the result as for one person).
  expect(r.frames.filter((f) => f.persons[0]?.id === r.athleteId).length).toBe(athlete.framesSeen);
});
