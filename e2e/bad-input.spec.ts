import { expect, test } from '@playwright/test';
import { CLIPS, clipPath, CoachApp, expectNoLeaks, hasSharedVideos, makeVideoFixtures, SKIP_MESSAGE, watchPage } from './app';

test.skip(!hasSharedVideos, SKIP_MESSAGE);

test('bad inputs show a clear banner and the app stays usable', async ({ page }) => {
  const watch = watchPage(page);
  const app = new CoachApp(page);
  await app.open();
  const f = makeVideoFixtures();
  const cases: [string, RegExp, string][] = [
    [f.text, /not a (readable MP4\/MOV )?video/i, 'not-video'],
    [f.truncated, /truncated/i, 'truncated'],
    [f.zero, /empty/i, 'empty'],
    [f.audioOnly, /only contains audio/i, 'no-video-track'],
    [f.noPerson, /no person/i, 'no-person'],
  ];
  for (const [file, message, kind] of cases) {
    const s = await app.upload(file);
    expect(s.status, file).toBe('error');
    expect(s.errorKind, file).toBe(kind);
    await expect(page.getByTestId('error-banner')).toContainText(message);
  }
  // Still usable: dismiss, then a good clip works.
  await page.getByRole('button', { name: 'Dismiss' }).click();
  await expect(page.getByTestId('error-banner')).toHaveCount(0);
  const s = await app.upload(clipPath(CLIPS.deadlift));
  expect(s.status).toBe('done');
  await expect(page.getByTestId('summary')).toContainText('109 frames');
  expectNoLeaks(watch);
});

test('cancel stops the analysis and the app stays usable', async ({ page }) => {
  const app = new CoachApp(page);
  await app.open();
  await page.getByTestId('upload').setInputFiles(clipPath(CLIPS.squat));
  await expect.poll(() => app.state().then((s) => s.progress?.framesDone ?? 0)).toBeGreaterThan(3);
  await expect(page.getByTestId('progress')).toContainText('ETA');
  await page.getByTestId('cancel').click();
  await expect.poll(() => app.state().then((s) => s.status)).toBe('cancelled');
  await expect(page.getByTestId('cancelled')).toBeVisible();
  const s = await app.upload(clipPath(CLIPS.deadlift));
  expect(s.status).toBe('done');
});

test('cancelling a new analysis leaves the open review as it was', async ({ page }) => {
  const app = new CoachApp(page);
  await app.open();
  expect((await app.upload(clipPath(CLIPS.deadlift))).status).toBe('done');
  const reps = (await page.evaluate(() => window.__coach!.analysis()))!.repCount;
  await page.getByTestId('upload').setInputFiles(clipPath(CLIPS.squat));
  await expect.poll(() => app.state().then((s) => s.progress?.framesDone ?? 0)).toBeGreaterThan(3);
  await page.getByTestId('cancel').click();
  await expect.poll(() => app.state().then((s) => s.status)).toBe('cancelled');
  await expect(page.getByTestId('cancelled')).toContainText('previous review is still here');
  await expect(page.getByRole('heading', { name: `${reps} ${reps === 1 ? 'rep' : 'reps'}` })).toBeVisible();
  await expect(page.getByTestId('summary')).toContainText('109 frames');
  expect((await page.evaluate(() => window.__coach!.analysis()))!.repCount).toBe(reps);
});
