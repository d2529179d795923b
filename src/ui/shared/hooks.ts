/** Small store hooks for the review panels. */
import { useAppStore } from '../../store';

/** The current frame, ≥ 0 (re-renders the calling panel per frame: use only in light components). */
export const useFrame = (): number => useAppStore((s) => Math.max(0, s.currentFrame));

/** Clip facts every panel needs: fps, frame count, per-frame times (stable arrays). */
export function useClip() {
  const session = useAppStore((s) => s.session);
  const frameTimesS = useAppStore((s) => s.frameTimes);
  return { fps: session?.video.fps || 30, frameCount: session?.track.frames ?? 0, frameTimesS };
}
