/**
 * Works in a gym with no signal (issue 13 item 8): after one visit the service worker has cached the
 * app shell, the default models and the WASM binaries; with the browser offline the page reloads and
 * analyses a clip end to end (2D, 3D, reps). Any request that still reaches the network is recorded
 * and aborted, so the run proves it needed none.
 */
import { expect, test } from '@playwright/test';
import { clipPath, CoachApp, hasSharedVideos, SKIP_MESSAGE } from './app';

test.skip(!hasSharedVideos, SKIP_MESSAGE);

test('after one visit, an offline reload analyses a clip', async ({ page, context }) => {
  test.setTimeout(180_000);
  const app = new CoachApp(page);
  await app.open();
  // First visit: the service worker installs and precaches; it controls the page after activation.
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null), { timeout: 60_000 }).toBe(true);

  const reachedNetwork: string[] = [];
  await context.route('**/*', (route) => { reachedNetwork.push(route.request().url()); return route.abort('internetdisconnected'); });
  await context.setOffline(true);
  await page.reload();
  await page.waitForFunction(() => window.__coach !== undefined);
  expect(await page.evaluate(() => navigator.onLine)).toBe(false);
  // Control: something never cached (the Thunder model) really cannot be fetched now.
  expect(await page.evaluate(() => fetch('/models/movenet/movenet-thunder.json').then(() => 'fetched', () => 'failed'))).toBe('failed');

  const s = await app.upload(clipPath('deadlift_side_jeffchen_nico_1pull.mp4'));
  expect(s.error).toBeNull();
  expect(s.status).toBe('done');
  const a = await page.evaluate(() => window.__coach!.analysis());
  expect(a?.repCount).toBeGreaterThanOrEqual(1);
  await expect(page.getByTestId('video')).toBeVisible();
  expect(reachedNetwork.filter((u) => !u.endsWith('/models/movenet/movenet-thunder.json')), 'requests that needed the network').toEqual([]);
  await context.setOffline(false);
});
