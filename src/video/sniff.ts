/** Container sniffing from the first bytes (ISO-BMFF box types; EBML magic for WebM/Matroska). */
export type Container = 'iso-bmff' | 'webm' | 'unknown';

const BMFF_TOP_BOXES = new Set(['ftyp', 'moov', 'mdat', 'wide', 'free', 'skip', 'pnot']);

export function sniffContainer(head: Uint8Array): Container {
  if (head.length >= 4 && head[0] === 0x1a && head[1] === 0x45 && head[2] === 0xdf && head[3] === 0xa3) return 'webm';
  if (head.length >= 8) {
    const type = String.fromCharCode(head[4], head[5], head[6], head[7]);
    if (BMFF_TOP_BOXES.has(type)) return 'iso-bmff';
  }
  return 'unknown';
}
