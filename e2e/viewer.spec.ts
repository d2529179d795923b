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

test('the first pose aims the camera, even far from the origin (lifter root in camera space)', async ({ page }) => {
  await open(page);
  const s = await page.evaluate(async () => {
    const t = window.__viewerTest;
    t.viewer.dispose();
    const div = document.getElementById('view')!;
    const v = new t.SkeletonViewer(div, { autoResize: false });
    v.setPose(t.standing, [0.4, 0.3, -4]);
    return t.pixelStats(v);
  });
  expect(s.white / s.total).toBeGreaterThan(0.004);
  const [x0, , x1] = s.bbox!;
  expect(Math.abs((x0 + x1) / 2 - 320)).toBeLessThan(60); // centred
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

test('people mode: other people in grey where they stand; the camera still frames the athlete', async ({ page }) => {
  await open(page);
  const r = await page.evaluate(async () => {
    const t = window.__viewerTest;
    t.viewer.setLabels([]);
    t.viewer.setCameraPreset('front');
    const athlete = t.viewer.projectedJoints();
    const before = await t.pixelStats();
    // One person 1.2 m to the athlete's right (image right) and 1 m further back, another 3 m back on the left.
    t.viewer.setOtherPoses([{ pose: t.standing, root: [1.2, 0, -1] }, { pose: t.standing, root: [-0.9, 0, -3] }]);
    const two = await t.pixelStats();
    const centres = t.viewer.projectedOthers();
    const athleteAfter = t.viewer.projectedJoints();
    t.viewer.setCameraPreset('side');
    t.viewer.setCameraPreset('front');
    const athleteAgain = t.viewer.projectedJoints();
    const centresAgain = t.viewer.projectedOthers();
    t.viewer.setOtherPoses([{ pose: t.standing, root: [1.2, 0, -1] }]);
    const one = await t.pixelStats();
    t.viewer.setOtherPoses([]);
    const none = await t.pixelStats();
    return { athlete, athleteAfter, athleteAgain, before, two, one, none, centres, centresAgain };
  });
  // Grey pixels the others add (the athlete's shaded bones are greyish too, so count the difference).
  expect(r.two.grey).toBeGreaterThan(r.before.grey + 1000);
  expect(r.one.grey).toBeGreaterThan(r.before.grey + 500);
  expect(r.one.grey).toBeLessThan(r.two.grey);
  const addedMeanX = (r.one.greyMeanX * r.one.grey - r.before.greyMeanX * r.before.grey) / (r.one.grey - r.before.grey);
  expect(addedMeanX).toBeGreaterThan(400); // right of the athlete (the view is 640 px wide, the athlete centred)
  expect(Math.abs(r.none.grey - r.before.grey)).toBeLessThan(50);
  // Both drawn, the nearer one to the right and bigger on screen; the one 3 m back nearer the centre line (perspective).
  expect(r.centres).toHaveLength(2);
  expect(r.centres[0][0]).toBeGreaterThan(0.2);
  expect(r.centres[1][0]).toBeLessThan(0);
  expect(Math.abs(r.centres[1][0])).toBeLessThan(Math.abs(r.centres[0][0]));
  // Other people never move the camera by themselves: the athlete is where they were.
  expect(r.athleteAfter).toEqual(r.athlete);
  // A preset still aims at the athlete (centred) and backs off until the others are in view too.
  const meanX = (js: ([number, number] | null)[]) => { const v = js.filter((j) => j !== null); return v.reduce((a, j) => a + j[0], 0) / v.length; };
  expect(Math.abs(meanX(r.athleteAgain) - meanX(r.athlete))).toBeLessThan(0.05);
  expect(r.centresAgain).toHaveLength(2);
  for (const [x, y] of r.centresAgain) expect(Math.max(Math.abs(x), Math.abs(y))).toBeLessThan(0.92);
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

test('sessions persist in real IndexedDB across a reload (video Blob, checkpoint → interrupted)', async ({ page }) => {
  await open(page);
  const ids = await page.evaluate(async () => {
    const t = window.__viewerTest;
    const store = await t.openSessionStore({ dbName: 'coach-sessions-e2e' });
    for (const m of await store.list()) await store.delete(m.id);
    const video = { file: 'squat.mp4', width: 640, height: 480, fps: 30, frameCount: 90, durationS: 3 };
    const frame = (i: number) => ({ i, tMs: i * 33.3, persons: [{ id: 0, box: [0, 0, 1, 1] as [number, number, number, number], score: 1, keypoints2d: Array.from({ length: 17 }, () => [i, i, 1] as [number, number, number]) }] });
    const saved = await store.save({
      name: 'Squat', video: new Blob([new Uint8Array(4096).fill(3)], { type: 'video/mp4' }),
      result: { format: 'coach-analysis/1', video, backend: 'wasm', model: 'movenet-lightning', frames: [frame(0)], timingsMs: { decode: 0, detect2d: 0, total: 0 } },
    });
    const running = await store.begin({ name: 'Half done', video });
    await store.saveCheckpoint(running.id, Array.from({ length: 40 }, (_, i) => frame(i)), { stage: 'detect2d' });
    store.close();
    return { saved: saved.id, running: running.id };
  });
  await page.reload();
  await page.waitForFunction(() => window.__viewerTest?.ready === true);
  const after = await page.evaluate(async (ids) => {
    const store = await window.__viewerTest.openSessionStore({ dbName: 'coach-sessions-e2e' });
    const video = await store.getVideo(ids.saved);
    const interrupted = await store.listInterrupted();
    const cp = await store.getCheckpoint(ids.running);
    return {
      names: (await store.list()).map((m) => m.name).sort(), videoSize: video?.size, videoByte: video ? new Uint8Array(await video.arrayBuffer())[10] : -1,
      interrupted: interrupted.map((m) => ({ id: m.id, kept: m.kept, stage: m.stage })), cpFrames: cp?.frames.length,
    };
  }, ids);
  expect(after.names).toEqual(['Half done', 'Squat']);
  expect(after.videoSize).toBe(4096);
  expect(after.videoByte).toBe(3);
  expect(after.interrupted).toEqual([{ id: ids.running, stage: 'detect2d', kept: { frames2d: 40, frames3d: 0, frameCount: 90, analysis: false } }]);
  expect(after.cpFrames).toBe(40);
});

test('downloadBlob saves a BVH file the browser hands over as a download', async ({ page }) => {
  await open(page);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.evaluate(() => {
      const t = window.__viewerTest;
      const frames = 3;
      const pose3d = new Float32Array(frames * 51);
      for (let f = 0; f < frames; f++) pose3d.set(t.standing, f * 51);
      t.downloadBlob(t.motionToBvh({ fps: 30, frames, pose3d }), 'squat.bvh', t.MIME.bvh);
    }),
  ]);
  expect(download.suggestedFilename()).toBe('squat.bvh');
  const text = await (await download.createReadStream()).toArray().then((c) => Buffer.concat(c).toString('utf8'));
  expect(text.startsWith('HIERARCHY\nROOT pelvis')).toBe(true);
  expect(text).toMatch(/Frames: 3\nFrame Time: 0\.033333/);
});
