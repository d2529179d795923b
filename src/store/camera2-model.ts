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

/** The fusion in words: how far apart the cameras are and how well their 3D agrees, or why it adds little. */
export function fusionWords(f: { viewAngleDeg: number; residualM: number; overlapFrames: number }, minUsefulDeg: number): string {
  const angle = Math.round(f.viewAngleDeg);
  if (f.viewAngleDeg < minUsefulDeg) {
    return `The second camera films from nearly the same direction (${angle}° apart), so it adds little to the 3D: film from the side or at 45° to the first phone for a better 3D.`;
  }
  return `3D from both cameras: they are ${angle}° apart, and once lined up their 3D poses agree within ${Math.round(f.residualM * 100)} cm over ${f.overlapFrames} shared frames. Joints one phone cannot see are taken from the other.`;
}
