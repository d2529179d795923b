import { describe, expect, it } from 'vitest';
import { pickRecordingType, recordingName } from './recorder';

describe('recording helpers', () => {
  it('picks the first supported container, or none', () => {
    expect(pickRecordingType(null)).toBeNull();
    expect(pickRecordingType(() => false)).toBeNull();
    expect(pickRecordingType((t) => t.startsWith('video/webm'))).toBe('video/webm;codecs=vp9');
    expect(pickRecordingType((t) => t === 'video/mp4')).toBe('video/mp4');
  });

  it('names the file by start time and container', () => {
    const t = new Date(2026, 10, 22, 1, 5, 9).getTime();
    expect(recordingName(t, 'video/webm')).toBe('live-set-2026-11-22_01-05-09.webm');
    expect(recordingName(t, 'video/mp4')).toMatch(/\.mp4$/);
  });
});
