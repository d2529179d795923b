/** The lifter's own standing baseline: frames where the hips are near their highest (reps' tops). */
import { percentile } from '../signal';
import type { FaultContext } from './context';

/** Frames in the window with hip height within 10% of the standing-to-bottom range of the top. */
export function standingFrames(c: FaultContext): number[] {
  const h: number[] = [];
  for (let f = c.from; f <= c.to; f++) if (c.usable[f] && Number.isFinite(c.sig.hipHeight[f])) h.push(c.sig.hipHeight[f]);
  if (!h.length) return [];
  const hi = percentile(h, 95), lo = percentile(h, 5);
  const out: number[] = [];
  for (let f = c.from; f <= c.to; f++) if (c.usable[f] && c.sig.hipHeight[f] >= hi - 0.1 * (hi - lo)) out.push(f);
  return out;
}
