/**
 * SkeletonViewer in real Chromium (WebGL via SwiftShader): the view shows a skeleton by pixel statistics,
 * highlights and the ghost change colours, presets move the camera, rendering is on demand, dispose frees GPU memory.
 * Serves `e2e/pages/viewer.html` with its own Vite dev server (test-only page, not part of the build).
 */
import { expect, test, type Page } from '@playwright/test';
import { createServer, type ViteDevServer } from 'vite';

let server: ViteDevServer;
let baseUrl = '';

test.beforeAll(async () => {
  server = await createServer({
    root: process.cwd(), logLevel: 'error', server: { port: 5199, strictPort: false },
    optimizeDeps: { entries: ['e2e/pages/viewer.html'] }, // scan only this page, not the app
  });
  await server.listen();
  baseUrl = server.resolvedUrls!.local[0];
});
test.afterAll(async () => {
  await server?.close();
});

async function open(page: Page): Promise<void> {
  await page.goto(`${baseUrl}e2e/pages/viewer.html`);
  await page.waitForFunction(() => window.__viewerTest?.ready === true, null, { timeout: 60_000 });
}

const stats = (page: Page) => page.evaluate(() => window.__viewerTest.pixelStats());

test('a skeleton is drawn, and nothing white without a pose', async ({ page }) => {
  await open(page);
  const withPose = await stats(page);
  expect(withPose.white / withPose.total).toBeGreaterThan(0.004);
  const [, y0, , y1] = withPose.bbox!;
  expect(y1 - y0).toBeGreaterThan(0.4 * 480); // a standing body spans a good part of the view height
  const empty = await page.evaluate(async () => {
    const t = window.__viewerTest;
    t.viewer.setPose(null);
    t.viewer.setLabels([]);
    return t.pixelStats();
  });
  expect(empty.white).toBeLessThan(withPose.white * 0.05);
});

test('knee valgus colours the knees red; the ghost is orange', async ({ page }) => {
  await open(page);
  expect((await stats(page)).red).toBeLessThan(50);
  const red = await page.evaluate(async () => {
    const t = window.__viewerTest;
    t.viewer.setLabels([]);
    t.viewer.setHighlights(t.highlightsAt([{ kind: 'knee_valgus', startS: 1, endS: 2, severity: 0.8 }], 1.5));
    return t.pixelStats();
  });
  expect(red.red).toBeGreaterThan(500);
  const ghost = await page.evaluate(async () => {
    const t = window.__viewerTest;
    const shifted = t.standing.map((v, i) => (i % 3 === 0 ? v + 0.5 : v));
    t.viewer.setGhostPose(shifted);
    return t.pixelStats();
  });
  expect(ghost.orange).toBeGreaterThan(200);
});

test('side preset narrows the silhouette; top looks down', async ({ page }) => {
  await open(page);
  const width = (s: Awaited<ReturnType<typeof stats>>) => s.bbox![2] - s.bbox![0];
  const front = await stats(page);
  await page.evaluate(() => { window.__viewerTest.viewer.setLabels([]); window.__viewerTest.viewer.setCameraPreset('side'); });
  const side = await stats(page);
  expect(width(side)).toBeLessThan(width(front) * 0.75);
  await page.evaluate(() => window.__viewerTest.viewer.setCameraPreset('top'));
  const top = await stats(page);
  expect(top.bbox![3] - top.bbox![1]).toBeLessThan((front.bbox![3] - front.bbox![1]) * 0.6);
});

test('renders on demand only, exports a PNG, and frees GPU memory on dispose', async ({ page }) => {
  await open(page);
  const r = await page.evaluate(async () => {
    const { viewer } = window.__viewerTest;
    const frame = () => new Promise((res) => requestAnimationFrame(() => requestAnimationFrame(res)));
    await frame();
    const idle0 = viewer.stats().renders;
    await new Promise((res) => setTimeout(res, 400));
    const idle1 = viewer.stats().renders;
    viewer.setPose(window.__viewerTest.standing, [0.1, 0, 0]);
    viewer.setPose(window.__viewerTest.standing, [0.2, 0, 0]);
    await frame();
    const afterTwoSets = viewer.stats().renders;
    const png = await viewer.toPNG();
    const sig = Array.from(new Uint8Array(await png.slice(0, 4).arrayBuffer()));
    const before = viewer.stats();
    viewer.dispose();
    const after = viewer.stats();
    return { idle0, idle1, afterTwoSets, sig, type: png.type, before, after, canvases: document.querySelectorAll('#view canvas').length };
  });
  expect(r.idle1).toBe(r.idle0);
  expect(r.afterTwoSets).toBe(r.idle1 + 1); // two setters, one coalesced render
  expect(r.type).toBe('image/png');
  expect(r.sig).toEqual([0x89, 0x50, 0x4e, 0x47]);
  expect(r.before.geometries).toBeGreaterThan(0);
  expect(r.after.geometries).toBe(0);
  expect(r.after.textures).toBe(0);
  expect(r.canvases).toBe(0);
});
