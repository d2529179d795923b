/**
 * Browser check of the lifter runtime (not a unit test): starts the Vite dev server, opens Debian
 * Chromium headless, imports src/lift3d in the page and lifts a synthetic sequence with the
 * worker (wasm EP), reporting whether the worker ran and the worker throughput (frames/s).
 * Usage: npx tsx tools/lifter/browser-check.ts [--frames 900]
 */
import { createServer } from 'vite';
import { freePort, launchChromium } from '../../scripts/lib/browser';
import { repoRoot } from '../../scripts/lib/video-fixtures';

const arg = (k: string, d: string) => { const i = process.argv.indexOf(k); return i > 0 ? process.argv[i + 1] : d; };
const frames = Number(arg('--frames', '900'));
const port = await freePort();
const server = await createServer({ root: repoRoot, logLevel: 'error', server: { port, strictPort: true, host: '127.0.0.1' } });
await server.listen();
const browser = await launchChromium();
try {
  const page = await browser.newPage();
  const logs: string[] = [];
  page.on('console', (m) => logs.push(`${m.type()}: ${m.text()}`));
  page.on('pageerror', (e) => logs.push(`pageerror: ${e.message}`));
  await page.goto(`http://127.0.0.1:${port}/`);
  const out = await page.evaluate(async (n) => {
    const mod = await import('/src/lift3d/index.ts' as string);
    const kp = new Float32Array(n * 51);
    for (let f = 0; f < n; f++) for (let j = 0; j < 17; j++) kp.set([400 + 50 * Math.sin(j + f * 0.1), 300 + 30 * j, 0.8], (f * 17 + j) * 3);
    const res: Record<string, unknown> = {};
    for (const mode of ['offline', 'live'] as const) {
      const lifter = await mod.createPoseLifter({ mode, inWorker: true });
      await lifter.liftSequence({ keypoints: kp.slice(0, 51 * 60), frames: 60, width: 1080, height: 1920 });
      const t0 = performance.now();
      const r = await lifter.liftSequence({ keypoints: kp, frames: n, width: 1080, height: 1920 });
      const dt = (performance.now() - t0) / 1000;
      const t1 = performance.now();
      let live = 0;
      for (let f = 0; f < 120; f++) if (await lifter.liftFrame(kp.slice(f * 51, f * 51 + 51), { width: 1080, height: 1920 })) live++;
      res[mode] = { receptiveField: lifter.receptiveField, causal: lifter.causal, framesPerS: Math.round(n / dt), liveFramesPerS: Math.round(120 / ((performance.now() - t1) / 1000)), liveOutputs: live, headY: r.pose3d[10 * 3 + 1], finite: r.pose3d.every(Number.isFinite) };
      await lifter.dispose();
    }
    return res;
  }, frames);
  console.log(JSON.stringify({ crossOriginIsolated: await page.evaluate(() => crossOriginIsolated), ...out }, null, 1));
  const warnings = logs.filter((l) => /worker|error/i.test(l));
  if (warnings.length) console.log('console:', warnings.join('\n'));
} finally {
  await browser.close();
  await server.close();
}
