/**
 * Test media made with ffmpeg into a temp dir (never into the repo): a .y4m for Chromium's fake webcam
 * and a long clip made by looping a real clip (for the heap run).
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

function ffmpeg(args: string[]): void {
  try {
    execFileSync('ffmpeg', ['-hide_banner', '-loglevel', 'error', '-y', ...args], { stdio: ['ignore', 'ignore', 'pipe'] });
  } catch (e) {
    const err = e as { code?: string; stderr?: Buffer };
    if (err.code === 'ENOENT') throw new Error('ffmpeg not found on PATH (needed for the fake webcam and long-clip runs)');
    throw new Error(`ffmpeg failed: ${err.stderr?.toString().trim().split('\n').pop() ?? String(e)}`);
  }
}

/** Duration of a media file in seconds (ffprobe). */
export function probeDurationS(file: string): number {
  const out = execFileSync('ffprobe', ['-v', 'error', '-show_entries', 'format=duration', '-of', 'csv=p=0', file]).toString().trim();
  const d = Number(out);
  if (!Number.isFinite(d) || d <= 0) throw new Error(`cannot read the duration of ${file}`);
  return d;
}

/** Y4M (raw I420) for `--use-file-for-fake-video-capture`: long side scaled to `longSide` px, 30 fps. */
export function makeFakeCameraY4m(clip: string, dir: string, longSide = 640): string {
  const out = path.join(dir, `${path.basename(clip, path.extname(clip))}.y4m`);
  if (!fs.existsSync(out)) {
    const scale = `scale='if(gt(iw,ih),${longSide},-2)':'if(gt(iw,ih),-2,${longSide})'`;
    ffmpeg(['-i', clip, '-vf', `${scale},fps=30`, '-pix_fmt', 'yuv420p', '-an', out]);
  }
  return out;
}

/** An H.264 mp4 of `minutes` minutes made by looping `clip` (stream copy: same frames, no re-encode). */
export function makeLongClip(clip: string, dir: string, minutes: number): string {
  const out = path.join(dir, `long-${minutes}min.mp4`);
  if (!fs.existsSync(out)) {
    const loops = Math.ceil((minutes * 60) / probeDurationS(clip));
    ffmpeg(['-stream_loop', String(loops), '-i', clip, '-t', String(minutes * 60), '-map', '0:v:0', '-c', 'copy', '-movflags', '+faststart', out]);
  }
  return out;
}
