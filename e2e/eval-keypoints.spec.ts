/**
 * `npm run eval:keypoints` end to end: real frames of a shared clip as COCO images, annotated with the
 * keypoints the app's video pipeline found on those frames (confident joints only), plus an empty
 * image whose annotated person must count as missed. The still-image detector must agree with the
 * video pipeline (PCKh@0.5 high), and the missed person must pull the score down by the right amount.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { CLIPS, clipPath, CoachApp, hasSharedVideos, repoRoot, SKIP_MESSAGE } from './app';

test.skip(!hasSharedVideos, SKIP_MESSAGE);

test('eval:keypoints scores the app detector on COCO images, with a missed person counted', async ({ page }) => {
  test.setTimeout(300_000);
  const clip = clipPath(CLIPS.squat);
  const app = new CoachApp(page);
  await app.open('backend=wasm');
  const { result } = await app.runBytes(clip, { backend: 'wasm', maxFrames: 60 });

  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'coach-coco-'));
  const picks = [0, 30, 59];
  const images = picks.map((i, k) => ({ id: k + 1, file_name: `f${i}.png` }));
  for (const i of picks) execFileSync('ffmpeg', ['-v', 'error', '-y', '-i', clip, '-vf', `select=eq(n\\,${i})`, '-frames:v', '1', path.join(dir, `f${i}.png`)]);
  execFileSync('ffmpeg', ['-v', 'error', '-y', '-f', 'lavfi', '-i', 'color=c=0x808080:s=720x1280', '-frames:v', '1', path.join(dir, 'empty.png')]);
  images.push({ id: 99, file_name: 'empty.png' });
  const annotations = picks.map((i, k) => {
    const p = result.frames[i].persons[0];
    return { image_id: k + 1, bbox: p.box, keypoints: p.keypoints2d.flatMap(([x, y, s]) => (s >= 0.5 ? [x, y, 2] : [0, 0, 0])) };
  });
  // Someone annotated in the empty image: the detector cannot find them, so all their joints are misses.
  annotations.push({ image_id: 99, bbox: annotations[0].bbox, keypoints: annotations[0].keypoints });
  const coco = path.join(dir, 'annotations.json');
  fs.writeFileSync(coco, JSON.stringify({ images, annotations }));

  const r = spawnSync(process.execPath, [path.join(repoRoot, 'node_modules/tsx/dist/cli.mjs'), 'tools/eval/keypoints.ts', '--coco', coco, '--images', dir, '--json', '--backend', 'wasm'], { cwd: repoRoot, encoding: 'utf8', timeout: 200_000 });
  expect(r.status, r.stderr).toBe(0);
  const out = JSON.parse(r.stdout) as { persons: number; matched: number; pckh05: number; pck02: number; perJoint: Record<string, number | null> };
  expect(out.persons).toBe(4);
  expect(out.matched).toBe(3);
  // 3 of 4 people found; every joint labelled on the missed person is wrong there, so those joints cannot exceed 3/4.
  const missedJoints = Object.keys(out.perJoint).filter((_, j) => annotations[3].keypoints[3 * j + 2] > 0);
  expect(missedJoints.length).toBeGreaterThan(8);
  for (const n of missedJoints) expect(out.perJoint[n]).toBeLessThanOrEqual(0.75 + 1e-9);
  expect(out.pckh05).toBeGreaterThan(0.6);
  expect(out.pck02).toBeGreaterThan(0.5);
});

test('eval:keypoints rejects a file that is not COCO with exit 2', () => {
  const f = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'coach-coco-')), 'bad.json');
  fs.writeFileSync(f, JSON.stringify({ hello: 1 }));
  const r = spawnSync(process.execPath, [path.join(repoRoot, 'node_modules/tsx/dist/cli.mjs'), 'tools/eval/keypoints.ts', '--coco', f, '--images', '.'], { cwd: repoRoot, encoding: 'utf8' });
  expect(r.status).toBe(2);
  expect(r.stderr).toMatch(/^error: not a COCO keypoints file/);
});
