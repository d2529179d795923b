/**
 * Container sniffing from the first bytes (ISO-BMFF box types and ftyp brand; EBML magic for
 * WebM/Matroska; GIF/PNG/WebP image signatures; the magic numbers of formats browsers cannot play).
 */
export type Container =
  | 'iso-bmff' | 'webm' | 'gif' | 'png' | 'webp' | 'still-image'
  | 'avi' | 'mpeg-ts' | 'mpeg-ps' | 'ogg' | 'flv' | 'asf' | 'unknown';

const BMFF_TOP_BOXES = new Set(['ftyp', 'moov', 'mdat', 'wide', 'free', 'skip', 'pnot']);
/** ftyp major brands of still images (HEIF/AVIF photos), not videos. */
const IMAGE_BRANDS = new Set(['heic', 'heix', 'mif1', 'msf1', 'avif', 'avis']);

const ascii = (h: Uint8Array, from: number, n: number): string => String.fromCharCode(...h.subarray(from, from + n));
const starts = (h: Uint8Array, bytes: number[]): boolean => bytes.every((b, i) => h[i] === b);

/** Needs at least 16 bytes of the file head (more is fine). */
export function sniffContainer(head: Uint8Array): Container {
  if (starts(head, [0x1a, 0x45, 0xdf, 0xa3])) return 'webm';
  if (head.length >= 8) {
    const type = ascii(head, 4, 4);
    if (BMFF_TOP_BOXES.has(type)) {
      const brand = type === 'ftyp' && head.length >= 12 ? ascii(head, 8, 4) : '';
      return brand === 'avis' ? 'iso-bmff' : IMAGE_BRANDS.has(brand) ? 'still-image' : 'iso-bmff';
    }
  }
  if (ascii(head, 0, 4) === 'GIF8') return 'gif';
  if (starts(head, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'png';
  if (ascii(head, 0, 4) === 'RIFF' && ascii(head, 8, 4) === 'WEBP') return 'webp';
  if (ascii(head, 0, 4) === 'RIFF' && ascii(head, 8, 4) === 'AVI ') return 'avi';
  if (starts(head, [0xff, 0xd8, 0xff])) return 'still-image';
  if (ascii(head, 0, 4) === 'OggS') return 'ogg';
  if (ascii(head, 0, 3) === 'FLV') return 'flv';
  if (starts(head, [0x00, 0x00, 0x01, 0xba])) return 'mpeg-ps';
  if (starts(head, [0x30, 0x26, 0xb2, 0x75])) return 'asf';
  // MPEG-TS: a 0x47 sync byte every 188 bytes.
  if (head[0] === 0x47 && (head.length < 189 || head[188] === 0x47)) return 'mpeg-ts';
  return 'unknown';
}

/** Human names of containers that browsers cannot play (for "convert to MP4" messages). */
export const UNPLAYABLE: Partial<Record<Container, string>> = {
  avi: 'an AVI file', 'mpeg-ts': 'an MPEG transport stream (.ts/.mts, e.g. from a camcorder)', 'mpeg-ps': 'an MPEG program stream (.mpg/.vob)',
  flv: 'a Flash video (.flv)', asf: 'a Windows Media file (.wmv/.asf)', ogg: 'an Ogg file (.ogv)',
};

/** The first Matroska/WebM video codec ID (e.g. "V_MPEGH/ISO/HEVC") in the file's head, or ''. */
export function matroskaVideoCodec(head: Uint8Array): string {
  // CodecID elements are plain ASCII; the first "V_…" one is the first video track's.
  const text = new TextDecoder('latin1').decode(head);
  return /V_[A-Z0-9/_.]+/.exec(text)?.[0] ?? '';
}
