/**
 * Person-box CSV export. 3DAT (athlete-tracking-3dat.txt) stores, per frame, the frame index, the
 * box and its confidence; we add the presentation time so variable-frame-rate clips stay aligned.
 */
import type { ResultFrame } from './result';

export const BOX_CSV_HEADER = 'frame,t_ms,person,x_px,y_px,w_px,h_px,score';

const num = (v: number, digits: number): string => (Number.isFinite(v) ? v.toFixed(digits) : '');

/** One row per (frame, person); frames without a person get one row with empty box fields. */
export function boxesToCsv(frames: readonly ResultFrame[]): string {
  const rows = [BOX_CSV_HEADER];
  for (const f of frames) {
    if (f.persons.length === 0) {
      rows.push(`${f.i},${num(f.tMs, 3)},,,,,,`);
      continue;
    }
    for (const p of f.persons) {
      const [x, y, w, h] = p.box;
      rows.push([f.i, num(f.tMs, 3), p.id, num(x, 1), num(y, 1), num(w, 1), num(h, 1), num(p.score, 4)].join(','));
    }
  }
  return rows.join('\n') + '\n';
}
