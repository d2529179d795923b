/**
 * Test fixtures generated on the fly into a temp dir (never committed): bad inputs and small
 * derived clips made with ffmpeg from the shared videos. Node only.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
/** `/work/shared` beside the repo, or COACH_SHARED_DIR. */
export const sharedDir = process.env.COACH_SHARED_DIR ?? path.resolve(repoRoot, '../shared');
export const videosDir = path.join(sharedDir, 'data/videos');
export const hasSharedVideos = fs.existsSync(videosDir);
export const SKIP_MESSAGE = `shared data not found at ${videosDir} (set COACH_SHARED_DIR): skipping tests that need real clips`;

/** Short real clips used by tests (3.65 s deadlift 30 fps, 5.8 s squat 29.97 fps). */
export const CLIPS = {
  deadlift: 'deadlift_side_jeffchen_nico_1pull.mp4',
  squat: 'squat_front_liftcheck.mp4',
} as const;
export const clipPath = (name: string): string => path.join(videosDir, name);

export interface BadInputs { text: string; zero: string; truncated: string; audioOnly: string; noPerson: string; webm: string }

function ffmpeg(args: string[]): void {
  execFileSync('ffmpeg', ['-v', 'error', '-y', ...args], { stdio: ['ignore', 'ignore', 'pipe'] });
}

let cached: BadInputs | null = null;

/** Creates (once per process) the fixture files in a temp dir and returns their paths. */
export function makeVideoFixtures(): BadInputs {
  if (cached) return cached;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'coach-fixtures-'));
  const src = clipPath(CLIPS.deadlift);
  const f: BadInputs = {
    text: path.join(dir, 'notes-renamed.mp4'),
    zero: path.join(dir, 'empty.mp4'),
    truncated: path.join(dir, 'truncated.mp4'),
    audioOnly: path.join(dir, 'audio-only.mp4'),
    noPerson: path.join(dir, 'empty-room.mp4'),
    webm: path.join(dir, 'deadlift-2s.webm'),
  };
  fs.writeFileSync(f.text, 'These are my training notes, not a video.\n'.repeat(50));
  fs.writeFileSync(f.zero, '');
  const bytes = fs.readFileSync(src);
  fs.writeFileSync(f.truncated, bytes.subarray(0, Math.floor(bytes.length * 0.4)));
  ffmpeg(['-i', src, '-vn', '-c:a', 'copy', f.audioOnly]);
  ffmpeg(['-f', 'lavfi', '-i', 'color=c=0x808080:s=320x240:r=30:d=1.5', '-c:v', 'libx264', '-pix_fmt', 'yuv420p', f.noPerson]);
  ffmpeg(['-i', src, '-t', '2', '-an', '-c:v', 'libvpx-vp9', '-b:v', '800k', '-deadline', 'realtime', f.webm]);
  cached = f;
  return f;
}

/** Number of video frames according to ffprobe (decoding count). */
export function ffprobeFrameCount(file: string): number {
  const out = execFileSync('ffprobe', ['-v', 'error', '-count_frames', '-select_streams', 'v:0', '-show_entries', 'stream=nb_read_frames', '-of', 'csv=p=0', file]);
  return Number(String(out).trim());
}

/** Presentation times (ms, from the first frame) of every video frame according to ffprobe. */
export function ffprobeFrameTimesMs(file: string): number[] {
  const out = String(execFileSync('ffprobe', ['-v', 'error', '-select_streams', 'v:0', '-show_entries', 'frame=pts_time', '-of', 'csv=p=0', file]));
  const t = out.split('\n').map((l) => l.split(',')[0].trim()).filter((v) => v !== '').map((v) => Number(v) * 1000);
  return t.map((x) => x - t[0]);
}
