/**
 * Importing a saved analysis (issue 17, "nothing lost"; issue 16, one validated parser): an exported
 * `coach-analysis/1` JSON opens as the same review and is saved as a session; a malformed, hostile or
 * non-JSON file gets one human error, the review that was open stays, and nothing in the file runs.
 */
import { expect, test } from '@playwright/test';
import { CLIPS, clipPath, CoachApp, CoachReview, hasSharedVideos, SKIP_MESSAGE, watchPage } from './app';

test.skip(!hasSharedVideos, SKIP_MESSAGE);

const file = (name: string, text: string) => ({ name, mimeType: 'application/json', buffer: Buffer.from(text) });

test('an exported analysis imports as the same review; bad and hostile files are refused safely', async ({ page }) => {
  test.setTimeout(240_000);
  const w = watchPage(page);
  const app = new CoachApp(page);
  const review = new CoachReview(page);
  await app.open('backend=wasm');
  expect((await app.upload(clipPath(CLIPS.deadlift))).status).toBe('done');
  const exported = (await review.download('json')).body.toString();
  const before = await page.evaluate(() => window.__coach!.analysis()!);
  expect(before.repCount).toBeGreaterThan(0);

  await test.step('the export imports as the same review and a saved session', async () => {
    await page.getByTestId('nav-sessions').click();
    await page.getByTestId('import-json').setInputFiles(file('my-pull.json', exported));
    await expect(page.getByTestId('session-note')).toContainText('Imported from “my-pull.json”');
    const after = await page.evaluate(() => window.__coach!.analysis()!);
    expect(after.repCount).toBe(before.repCount);
    expect(after.reps).toEqual(before.reps);
    expect(after.mistakes).toEqual(before.mistakes);
    expect((await app.result()).frames).toEqual(JSON.parse(exported).frames);
    await expect.poll(() => page.evaluate(() => window.__coach!.sessions().list.map((s) => s.name))).toContain('my-pull');
  });

  await test.step('malformed, not JSON, and oversized-by-schema files get one human error; the review stays', async () => {
    const cases: [string, string, RegExp][] = [
      ['broken.json', '{"format": "coach-analysis/1", "video": {', /not a JSON file/],
      ['other.json', '{"format": "something-else"}', /not a complete coach-analysis\/1 result: the format field/],
      ['huge.json', JSON.stringify({ ...JSON.parse(exported), video: { ...JSON.parse(exported).video, width: 1e12 } }), /not a real video size/],
    ];
    for (const [name, text, message] of cases) {
      await page.getByTestId('nav-sessions').click();
      await page.getByTestId('import-json').setInputFiles(file(name, text));
      await expect(page.getByRole('alert').filter({ hasText: 'Could not import the analysis' })).toContainText(message);
      expect((await page.evaluate(() => window.__coach!.analysis()!)).repCount).toBe(before.repCount);
    }
  });

  await test.step('markup in a file is shown as text, never run', async () => {
    const hostile = JSON.parse(exported);
    hostile.video.file = '<img src=x onerror="window.__pwned=1">.mp4';
    hostile.warnings = ['<script>window.__pwned=2</script><b>bold?</b>'];
    await page.getByTestId('nav-sessions').click();
    await page.getByTestId('import-json').setInputFiles(file('hostile.json', JSON.stringify(hostile)));
    await expect(page.getByTestId('warning').first()).toHaveText('<script>window.__pwned=2</script><b>bold?</b>');
    await expect(page.getByTestId('summary')).toContainText('<img src=x onerror="window.__pwned=1">.mp4');
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await page.locator('[data-testid=warning] b, [data-testid=summary] img').count()).toBe(0);
  });
  expect(w.crossOrigin).toEqual([]);
});
