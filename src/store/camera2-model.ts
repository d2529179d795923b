/**
 * Two cameras of one set on one timeline (pure): where the second video stands for a time of the
 * first, and the offset in words. Offsets follow src/multiview/sync.ts: tB = tA + offsetS, seconds.
 */

/** The second video's time for time `tA` (s) of the first: clamped into [0, durationB]; `inView` false outside it. */
export function secondTimeS(tA: number, offsetS: number, durationB: number): { tS: number; inView: boolean } {
  const t = tA + offsetS;
  return { tS: Math.min(Math.max(0, t), Math.max(0, durationB)), inView: t >= 0 && t <= durationB };
}

/** Below this the two recordings count as started together (s; about a frame at 30 fps). */
const SAME_START_S = 0.02;

/** "Camera 2 started 1.50 s after this video" (offsetS < 0: B's events come earlier in B's own time). */
export function offsetWords(offsetS: number): string {
  const d = Math.abs(offsetS).toFixed(2);
  if (Math.abs(offsetS) < SAME_START_S) return 'Camera 2 started at the same time as this video';
  return offsetS < 0 ? `Camera 2 started ${d} s after this video` : `Camera 2 started ${d} s before this video`;
}

/** What each alignment method measured, for people (the panel's method names). */
export const METHOD_WORDS = { score: 'person entering and leaving', pose: 'hip height', flow: 'motion in the picture' } as const;
