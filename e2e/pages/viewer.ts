/** Test-only page: mounts the SkeletonViewer with a standing pose; exposes it, the session store and exports on `window`. */
import { SkeletonViewer, defaultAngleLabels, highlightsAt } from '../../src/viewer';
import { openSessionStore } from '../../src/sessions';
import { downloadBlob, motionToBvh, MIME } from '../../src/export';

/** A standing H36M-17 pose (metres, camera axes, pelvis at 0), knees slightly bent. */
export const STANDING = new Float32Array([
  0, 0, 0, -0.13, 0, 0, -0.15, -0.44, 0.05, -0.16, -0.86, 0, 0.13, 0, 0, 0.15, -0.44, 0.05, 0.16, -0.86, 0,
  0, 0.23, -0.02, 0, 0.48, -0.03, 0, 0.58, 0.02, 0, 0.7, 0, 0.18, 0.45, -0.03, 0.22, 0.18, 0, 0.24, -0.06, 0.05,
  -0.18, 0.45, -0.03, -0.22, 0.18, 0, -0.24, -0.06, 0.05,
]);

const viewer = new SkeletonViewer(document.getElementById('view')!);
viewer.setGround({ up: [0, 1, 0], heightM: -0.9 });
viewer.setPose(STANDING);
viewer.setLabels(defaultAngleLabels(STANDING));

/**
 * Pixel classes of a PNG of the view: bone-white, highlight-red, ghost-orange, the white bbox, and
 * people-mode grey (neutral, darker than white, brighter than the background and the floor lines)
 * with the grey pixels' mean x.
 */
export interface PixelStats { total: number; white: number; red: number; orange: number; grey: number; greyMeanX: number; bbox: [number, number, number, number] | null }

async function pixelStats(v: SkeletonViewer): Promise<PixelStats> {
  const bmp = await createImageBitmap(await v.toPNG());
  const c = new OffscreenCanvas(bmp.width, bmp.height);
  const ctx = c.getContext('2d')!;
  ctx.drawImage(bmp, 0, 0);
  const d = ctx.getImageData(0, 0, bmp.width, bmp.height).data;
  const s: PixelStats = { total: bmp.width * bmp.height, white: 0, red: 0, orange: 0, grey: 0, greyMeanX: NaN, bbox: null };
  let greyX = 0;
  let x0 = Infinity, y0 = Infinity, x1 = -1, y1 = -1;
  for (let i = 0; i < d.length; i += 4) {
    const r = d[i], g = d[i + 1], b = d[i + 2];
    if (r > 150 && g > 150 && b > 150) {
      s.white++;
      const x = (i / 4) % bmp.width, y = Math.floor(i / 4 / bmp.width);
      x0 = Math.min(x0, x); x1 = Math.max(x1, x); y0 = Math.min(y0, y); y1 = Math.max(y1, y);
    } else if (r > 150 && g < 90 && b < 90) s.red++;
    else if (r > 90 && g > 50 && b < 60 && r > g * 1.3) s.orange++;
    else if (r > 70 && Math.max(r, g, b) - Math.min(r, g, b) < 24) { s.grey++; greyX += (i / 4) % bmp.width; }
  }
  s.greyMeanX = s.grey ? greyX / s.grey : NaN;
  if (x1 >= 0) s.bbox = [x0, y0, x1, y1];
  return s;
}

declare global {
  interface Window {
    __viewerTest: {
      viewer: SkeletonViewer; standing: Float32Array; highlightsAt: typeof highlightsAt;
      SkeletonViewer: typeof SkeletonViewer; pixelStats: (v?: SkeletonViewer) => Promise<PixelStats>; ready: boolean;
      openSessionStore: typeof openSessionStore; downloadBlob: typeof downloadBlob; motionToBvh: typeof motionToBvh; MIME: typeof MIME;
    };
  }
}
window.__viewerTest = {
  viewer, standing: STANDING, highlightsAt, SkeletonViewer, pixelStats: (v = viewer) => pixelStats(v), ready: true,
  openSessionStore, downloadBlob, motionToBvh, MIME,
};
