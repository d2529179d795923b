import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CLIPS, clipPath, ffprobeFrameCount, hasSharedVideos, makeVideoFixtures, SKIP_MESSAGE } from '../../scripts/lib/video-fixtures';
import { demuxMp4 } from './mp4-demux';
import { sniffContainer } from './sniff';

const read = (p: string): ArrayBuffer => {
  const b = fs.readFileSync(p);
  return b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer;
};

if (!hasSharedVideos) console.warn(SKIP_MESSAGE);

describe.skipIf(!hasSharedVideos)('demuxMp4 on real clips', () => {
  it('finds every video sample with its codec config', () => {
    const p = clipPath(CLIPS.deadlift);
    const d = demuxMp4(read(p));
    expect(d.info).toMatchObject({ width: 600, height: 600, rotation: 0 });
    expect(d.config.codec).toMatch(/^avc1\./);
    expect(d.config.description?.length).toBeGreaterThan(8);
    expect(d.samples.length).toBe(ffprobeFrameCount(p));
    expect(d.samples[0].isSync).toBe(true);
    expect(d.info.durationS).toBeCloseTo(3.646, 1);
  });

  it('rejects bad inputs with human messages', () => {
    const f = makeVideoFixtures();
    const err = (p: string) => { try { demuxMp4(read(p)); return null; } catch (e) { return e as Error & { kind: string }; } };
    expect(err(f.zero)).toMatchObject({ kind: 'empty', message: expect.stringMatching(/empty/) });
    expect(err(f.text)).toMatchObject({ kind: 'not-video' });
    expect(err(f.truncated)).toMatchObject({ kind: 'truncated', message: expect.stringMatching(/truncated/) });
    expect(err(f.audioOnly)).toMatchObject({ kind: 'no-video-track', message: expect.stringMatching(/only contains audio/) });
  });

  it('sniffs containers from the first bytes', () => {
    const f = makeVideoFixtures();
    expect(sniffContainer(new Uint8Array(read(clipPath(CLIPS.squat)).slice(0, 16)))).toBe('iso-bmff');
    expect(sniffContainer(new Uint8Array(read(f.webm).slice(0, 16)))).toBe('webm');
    expect(sniffContainer(new Uint8Array(read(f.text).slice(0, 16)))).toBe('unknown');
  });
});
