import { describe, expect, it } from 'vitest';
import { describeCodec, unsupportedCodecMessage } from './codecs';
import { matroskaVideoCodec, sniffContainer } from './sniff';

const bytes = (s: string, extra: number[] = []) => new Uint8Array([...Array.from(s, (c) => c.charCodeAt(0)), ...extra, ...new Array(16).fill(0)]);

describe('sniffContainer', () => {
  it('tells containers and images apart from their magic bytes', () => {
    expect(sniffContainer(new Uint8Array([0, 0, 0, 0x20, ...bytes('ftypisom')]))).toBe('iso-bmff');
    expect(sniffContainer(new Uint8Array([0, 0, 0, 0x20, ...bytes('ftypheic')]))).toBe('still-image');
    expect(sniffContainer(new Uint8Array([0x1a, 0x45, 0xdf, 0xa3, ...new Array(12).fill(0)]))).toBe('webm');
    expect(sniffContainer(bytes('GIF89a'))).toBe('gif');
    expect(sniffContainer(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, ...new Array(8).fill(0)]))).toBe('png');
    expect(sniffContainer(bytes('RIFF\0\0\0\0AVI LIST'))).toBe('avi');
    expect(sniffContainer(bytes('RIFF\0\0\0\0WEBPVP8X'))).toBe('webp');
    expect(sniffContainer(bytes('OggS'))).toBe('ogg');
    expect(sniffContainer(bytes('These are my notes'))).toBe('unknown');
  });
  it('finds the Matroska video codec ID', () => {
    expect(matroskaVideoCodec(bytes('\x86\x90V_MPEGH/ISO/HEVC\x83'))).toBe('V_MPEGH/ISO/HEVC');
    expect(matroskaVideoCodec(bytes('A_OPUS only'))).toBe('');
  });
});

describe('codec messages', () => {
  it('names codecs people know', () => {
    expect(describeCodec('hvc1.1.6.L93.B0')).toBe('HEVC (H.265)');
    expect(describeCodec('hev1.2.4.L120.B0')).toBe('HEVC (H.265)');
    expect(describeCodec('V_MPEGH/ISO/HEVC')).toBe('HEVC (H.265)');
    expect(describeCodec('av01.0.08M.08')).toBe('AV1');
    expect(describeCodec('vp09.00.10.08')).toBe('VP9');
    expect(describeCodec('avc1.640028')).toBe('H.264 (AVC)');
    expect(describeCodec('')).toBe('unknown codec');
  });
  it('tells iPhone users what to change', () => {
    expect(unsupportedCodecMessage('hvc1.1.6.L93.B0')).toMatch(/HEVC \(H\.265\).*Settings → Camera → Formats → Most Compatible/);
    expect(unsupportedCodecMessage('xyz1')).toMatch(/encoded as xyz1.*convert it to H\.264 MP4/);
  });
});
