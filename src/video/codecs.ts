/**
 * Codec names people recognise, from WebCodecs codec strings (RFC 6381 style: avc1.*, hvc1.*,
 * av01.*, vp09.*) or Matroska codec IDs (V_MPEGH/ISO/HEVC …), and the message for a codec this
 * browser cannot decode (what it is, and what to do about it).
 */

const NAMES: [RegExp, string][] = [
  [/^(avc[1-4]|h264|V_MPEG4\/ISO\/AVC)/i, 'H.264 (AVC)'],
  [/^(hvc1|hev1|hevc|h265|V_MPEGH\/ISO\/HEVC)/i, 'HEVC (H.265)'],
  [/^(av01|av1|V_AV1)/i, 'AV1'],
  [/^(vp09|vp9|V_VP9)/i, 'VP9'],
  [/^(vp08|vp8|V_VP8)/i, 'VP8'],
  [/^(ap4[hx]|apc[nhos]|prores)/i, 'Apple ProRes'],
  [/^(dvh1|dvhe|dva1|dvav)/i, 'Dolby Vision'],
  [/^(mp4v|V_MPEG4\/ISO\/(SP|ASP))/i, 'MPEG-4 Part 2'],
  [/^(theora|V_THEORA)/i, 'Theora'],
  [/^(mjpg|jpeg|V_MJPEG)/i, 'Motion JPEG'],
];

/** "HEVC (H.265)" for "hvc1.1.6.L93.B0"; the raw string when unknown; "unknown codec" for ''. */
export function describeCodec(codec: string): string {
  if (!codec || codec === 'unknown') return 'unknown codec';
  return NAMES.find(([re]) => re.test(codec))?.[1] ?? codec;
}

const CONVERT = 'or convert it to H.264 MP4 (for example with HandBrake, or `ffmpeg -i input -c:v libx264 -crf 18 output.mp4`) and open that';

/** The message shown when this browser cannot decode `codec` (one sentence on what, one on how to fix). */
export function unsupportedCodecMessage(codec: string): string {
  const name = describeCodec(codec);
  const what = `This video is encoded as ${name}, which this browser cannot decode.`;
  if (name === 'HEVC (H.265)' || name === 'Dolby Vision') {
    return `${what} iPhones record HEVC by default: choose Settings → Camera → Formats → Most Compatible and film again, ${CONVERT}. Safari on a Mac and Chrome/Edge on Windows with HEVC support can also open it.`;
  }
  if (name === 'Apple ProRes') return `${what} Export the clip as H.264 from Photos/Final Cut, ${CONVERT}.`;
  return `${what} Try a current Chrome, Edge or Firefox, ${CONVERT}.`;
}
