import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLIPS, clipPath, ffprobeFrameCount, hasSharedVideos, makeVideoFixtures, SKIP_MESSAGE } from '../../scripts/lib/video-fixtures';
import { demuxMp4, demuxMp4Blob } from './mp4-demux';
import { sniffContainer } from './sniff';

const read = (p: string): ArrayBuffer => {
  const b = fs.readFileSync(p);
  return b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer;
};

if (!hasSharedVideos) console.warn(SKIP_MESSAGE);

describe.skipIf(!hasSharedVideos)('demuxMp4 on real clips', () => {
  it('finds every video sample with its codec config', async () => {
    const p = clipPath(CLIPS.deadlift);
    const d = await demuxMp4(read(p));
    expect(d.info).toMatchObject({ width: 600, height: 600, rotation: 0 });
    expect(d.config.codec).toMatch(/^avc1\./);
    expect(d.config.description?.length).toBeGreaterThan(8);
    expect(d.samples.length).toBe(ffprobeFrameCount(p));
    expect(d.samples[0].isSync).toBe(true);
    expect(d.info.durationS).toBeCloseTo(3.646, 1);
  });

  it('reading only the index from a Blob gives the same table as parsing the whole buffer', async () => {
    for (const p of [clipPath(CLIPS.deadlift), clipPath(CLIPS.squat)]) {
      const whole = await demuxMp4(read(p));
      const streamed = await demuxMp4Blob(new Blob([read(p)]));
      expect(streamed.samples).toEqual(whole.samples);
      expect(streamed.info).toEqual(whole.info);
      expect(streamed.config).toEqual(whole.config);
    }
  });

  it('reads only the index: the media data before a trailing moov is skipped; fragmented files parse too', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'coach-demux-'));
    const src = clipPath(CLIPS.squat);
    const made = (name: string, flags: string[]) => {
      const out = path.join(dir, name);
      execFileSync('ffmpeg', ['-v', 'error', '-y', '-i', src, '-map', '0:v:0', '-c', 'copy', ...flags, out]);
      return out;
    };
    const layouts = { trailing: made('moov-end.mp4', []), faststart: made('faststart.mp4', ['-movflags', '+faststart']), fragmented: made('frag.mp4', ['-movflags', 'frag_keyframe+empty_moov']) };
    for (const [name, p] of Object.entries(layouts)) {
      const bytes = read(p);
      let readBytes = 0;
      const blob = new Blob([bytes]);
      const counting = { size: blob.size, slice: (a?: number, b?: number) => { const part = blob.slice(a, b); readBytes += part.size; return part; } } as Blob;
      const d = await demuxMp4Blob(counting, 64 * 1024);
      expect(d.samples, name).toEqual((await demuxMp4(bytes)).samples);
      expect(d.samples.length, name).toBe(ffprobeFrameCount(p));
      if (name !== 'fragmented') expect(readBytes, `${name}: bytes read for the index`).toBeLessThan(bytes.byteLength / 4);
    }
  });

  it('rejects bad inputs with human messages', async () => {
    const f = makeVideoFixtures();
    const err = async (p: string) => { try { await demuxMp4(read(p)); return null; } catch (e) { return e as Error & { kind: string }; } };
    expect(await err(f.zero)).toMatchObject({ kind: 'empty', message: expect.stringMatching(/empty/) });
    expect(await err(f.text)).toMatchObject({ kind: 'not-video' });
    expect(await err(f.truncated)).toMatchObject({ kind: 'truncated', message: expect.stringMatching(/truncated/) });
    expect(await err(f.audioOnly)).toMatchObject({ kind: 'no-video-track', message: expect.stringMatching(/only contains audio/) });
  });

  it('sniffs containers from the first bytes', () => {
    const f = makeVideoFixtures();
    expect(sniffContainer(new Uint8Array(read(clipPath(CLIPS.squat)).slice(0, 16)))).toBe('iso-bmff');
    expect(sniffContainer(new Uint8Array(read(f.webm).slice(0, 16)))).toBe('webm');
    expect(sniffContainer(new Uint8Array(read(f.text).slice(0, 16)))).toBe('unknown');
  });
});
