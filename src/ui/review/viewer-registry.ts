/** The mounted 3D view and the frame it shows last (PNG export and the test hook read these). */
import type { SkeletonViewer } from '../../viewer';

let current: SkeletonViewer | null = null;
let shownFrame = -1;

export const registerViewer = (v: SkeletonViewer | null): void => { current = v; if (!v) shownFrame = -1; };
export const activeViewer = (): SkeletonViewer | null => current;
export const setShownFrame = (f: number): void => { shownFrame = f; };
/** Frame index the 3D view shows now, −1 when none. */
export const viewerFrame = (): number => shownFrame;
