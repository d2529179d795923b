/**
 * Issue 13 — the review screen as an athlete uses it on a phone (390×844, touch) and a laptop
 * (1280×800), on real clips: video first with its controls on screen, a 3D view that opens from the
 * filming camera's side, touch that scrolls, "Show me" that brings the moment on screen, nothing
 * lost on a bad upload, several files named, no-reps suggestion. Screenshots: docs/screen-*.png
 * with COACH_SCREENSHOTS=1.
 */
import { expect, test, type Page } from '@playwright/test';
import { H36M } from '../src/core/skeleton';
import { clipPath, CoachApp, CoachReview, docShot, expectNoLeaks, hasSharedVideos, makeVideoFixtures, SKIP_MESSAGE, watchPage } from './app';

test.skip(!hasSharedVideos, SKIP_MESSAGE);

const REAR45 = clipPath('squat_rear45_dillonloh_deep.mp4'); // 12 s, portrait, rear-45 view (yaw ≈ −134°), forward lean
const SIDE = clipPath('deadlift_side_jeffchen_nico_1pull.mp4'); // 3.7 s, side view (yaw ≈ 82°), one pull
/** A clip with a fault the coach finds (faults.csv: knees caving from the front), for "Show me". */
const FAULTY = clipPath('squat_front_rcht_knee_valgus.mp4');
const FRONT = clipPath('squat_front_liftcheck.mp4');

/** COCO keypoint index for the H36M limb joints (both are named the same). */
const LIMBS = ['left_hip', 'right_hip', 'left_knee', 'right_knee', 'left_ankle', 'right_ankle', 'left_shoulder', 'right_shoulder', 'left_elbow', 'right_elbow', 'left_wrist', 'right_wrist'] as const;
const COCO_NAMES = ['nose', 'left_eye', 'right_eye', 'left_ear', 'right_ear', 'left_shoulder', 'right_shoulder', 'left_elbow', 'right_elbow', 'left_wrist', 'right_wrist', 'left_hip', 'right_hip', 'left_knee', 'right_knee', 'left_ankle', 'right_ankle'];

const corr = (a: number[], b: number[]) => {
  const ma = a.reduce((s, v) => s + v, 0) / a.length, mb = b.reduce((s, v) => s + v, 0) / b.length;
  let sab = 0, saa = 0, sbb = 0;
  a.forEach((v, i) => { sab += (v - ma) * (b[i] - mb); saa += (v - ma) ** 2; sbb += (b[i] - mb) ** 2; });
  return sab / Math.sqrt(saa * sbb);
};

/**
 * How well the 3D view, as its camera sees it now, matches the video's 2D skeleton at the same frame:
 * correlation of the limb joints' horizontal positions (1 = same left/right layout; a mirrored or
 * face-on view of a side clip scores low or negative).
 */
async function viewMatchesVideo(page: Page): Promise<number> {
  const { joints, frame, kp } = await page.evaluate(() => {
    const c = window.__coach!;
    const frame = c.state().currentFrame;
    return { joints: c.viewerJoints(), frame, kp: c.result()!.frames[frame]?.persons[0]?.keypoints2d ?? [] };
  });
  expect(kp.length, `2D keypoints at frame ${frame}`).toBe(17);
  const xs3: number[] = [], xs2: number[] = [];
  for (const name of LIMBS) {
    const p = joints[H36M[name]];
    const k = kp[COCO_NAMES.indexOf(name)];
    if (!p || k[2] < 0.3) continue;
    xs3.push(p[0]); xs2.push(k[0]);
  }
  expect(xs3.length).toBeGreaterThanOrEqual(6);
  return corr(xs3, xs2);
}

async function expect3dFromCamera(page: Page): Promise<{ yaw: number; viewYaw: number; match: number }> {
  await expect.poll(() => page.evaluate(() => window.__coach!.viewerYawDeg())).not.toBeNull();
  const { yaw, viewYaw } = await page.evaluate(() => ({ yaw: window.__coach!.analysis()!.view.yawDeg, viewYaw: window.__coach!.viewerYawDeg()! }));
  const d = Math.abs(((viewYaw - yaw + 540) % 360) - 180);
  expect(d, `3D view yaw ${viewYaw.toFixed(0)}° vs camera yaw ${yaw}°`).toBeLessThanOrEqual(15);
  const match = await viewMatchesVideo(page);
  expect(match, 'the 3D view shows the body as the video does').toBeGreaterThan(0.6);
  return { yaw, viewYaw, match };
}

const box = async (page: Page, testId: string) => (await page.getByTestId(testId).boundingBox())!;

test.describe('phone (390×844, touch)', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  test('video first, 3D toggle from the camera side, swipe scrolls, show me, a bad upload keeps the review', async ({ page }) => {
    test.setTimeout(240_000);
    const watch = watchPage(page);
    const app = new CoachApp(page);
    const review = new CoachReview(page);
    await app.open();
    expect(await page.evaluate(() => matchMedia('(pointer: coarse)').matches)).toBe(true);
    // First screen: what the app does, how to film, file and camera; settings behind a button.
    await expect(page.getByRole('heading', { name: /coach, on this device/ })).toBeVisible();
    await expect(page.getByText('From the side')).toBeVisible();
    await expect(page.getByTestId('use-camera')).toBeVisible();
    await expect(page.getByTestId('model-select')).toBeHidden();
    await page.screenshot(docShot('upload-phone'));

    await page.getByTestId('upload').setInputFiles(REAR45);
    await expect.poll(() => app.state().then((s) => s.progress?.framesDone ?? 0), { timeout: 90_000 }).toBeGreaterThan(60);
    await expect(page.getByTestId('running-badge')).toBeVisible();
    await expect(page.getByTestId('progress')).toContainText('ETA');
    await page.waitForTimeout(700);
    await page.screenshot(docShot('progress-phone'));
    await page.getByTestId('nav-sessions').click();
    await expect(page.getByTestId('running-badge')).toContainText('Analysing');
    await page.getByTestId('running-badge').click();
    await page.waitForFunction(() => window.__coach!.state().status !== 'running', null, { timeout: 150_000, polling: 250 });
    const s = await app.state();
    expect(s.error).toBeNull();
    const a = (await page.evaluate(() => window.__coach!.analysis()))!;
    expect(a.repCount).toBeGreaterThanOrEqual(1);

    await test.step('the video is the main element, with its controls on screen; no keyboard legend', async () => {
      const v = await box(page, 'video');
      expect(v.width).toBeGreaterThanOrEqual(0.9 * 390);
      const play = (await page.getByRole('button', { name: 'Play' }).boundingBox())!;
      expect(play.y + play.height).toBeLessThanOrEqual(844);
      await expect(page.locator('.coach-kbd')).toBeHidden();
      await expect(page.getByTestId('viewer3d')).toHaveCount(0); // behind the toggle on a phone
      await page.screenshot(docShot('review-phone'));
    });

    await test.step('3D toggle: opens from the filming camera side, matching the video', async () => {
      await page.getByTestId('toggle-3d').click();
      await review.expectFrame(0);
      const m = await expect3dFromCamera(page);
      console.log(`phone rear-45: camera yaw ${m.yaw}°, 3D view yaw ${m.viewYaw.toFixed(1)}°, x-correlation with the video ${m.match.toFixed(2)}`);
    });

    await test.step('a vertical one-finger swipe over the 3D view scrolls the page', async () => {
      const canvas = page.getByTestId('viewer3d');
      await canvas.scrollIntoViewIfNeeded();
      const before = await page.evaluate(() => window.scrollY);
      const yawBefore = await page.evaluate(() => window.__coach!.viewerYawDeg());
      const b = (await canvas.boundingBox())!;
      // One finger, 200 px upwards, through the browser's touch input (touch-action decides who gets it).
      const cdp = await page.context().newCDPSession(page);
      const x = b.x + b.width / 2, y0 = b.y + b.height * 0.7;
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x, y: y0 }] });
      for (let i = 1; i <= 10; i++) {
        await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [{ x, y: y0 - i * 20 }] });
        await page.waitForTimeout(16);
      }
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
      await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(before + 100);
      expect(await page.evaluate(() => window.__coach!.viewerYawDeg())).toBeCloseTo(yawBefore!, 3); // the model did not spin
    });

    await test.step('show me: seeks, pauses, brings the video on screen with the moment', async () => {
      await review.tab('coach');
      const showMe = page.getByRole('button', { name: /^Show me: / });
      if ((await showMe.count()) === 0) {
        // Forward lean is not judged from a rear-45° view: take a clip with a fault the coach does find.
        expect((await app.upload(FAULTY)).status).toBe('done');
        await review.tab('coach');
      }
      expect(await showMe.count()).toBeGreaterThan(0);
      await showMe.first().scrollIntoViewIfNeeded();
      await page.getByRole('button', { name: 'Play' }).evaluate((b: HTMLButtonElement) => b.click());
      await showMe.first().click();
      // The seek lands a moment after the click: wait until the video shows the store's frame.
      await expect.poll(async () => { const g = await review.frames(); return g.store === g.video && g.store > 0; }, { timeout: 15_000 }).toBe(true);
      const f = await review.frames();
      const v = await box(page, 'video');
      expect(v.y).toBeGreaterThanOrEqual(0);
      expect(v.y + v.height).toBeLessThanOrEqual(844);
      expect(await page.evaluate(() => window.__coach!.state().currentFrame)).toBe(f.store);
      await expect(page.getByRole('button', { name: 'Play' })).toBeVisible(); // paused
      const t = await page.evaluate((i) => window.__coach!.result()!.frames[i].tMs / 1000, f.store);
      const shown = (await page.evaluate(() => window.__coach!.analysis()))!; // the clip on screen now
      expect(shown.mistakes.some((m) => t >= m.startS - 0.05 && t <= m.endS + 0.05), `frame at ${t}s is inside a form issue`).toBe(true);
      await page.screenshot(docShot('hint-phone'));
    });

    await test.step('a bad upload after a review leaves the review on screen', async () => {
      const open = (await page.evaluate(() => window.__coach!.analysis()))!; // the review on screen before the bad file
      const bad = await app.upload(makeVideoFixtures().text);
      expect(bad.status).toBe('error');
      await expect(page.getByTestId('error-banner')).toContainText('previous review is still here');
      await review.tab('coach');
      await expect(page.getByRole('heading', { name: `${open.repCount} ${open.repCount === 1 ? 'rep' : 'reps'}` })).toBeVisible();
      expect((await page.evaluate(() => window.__coach!.analysis()))!.repCount).toBe(open.repCount);
      await page.getByRole('button', { name: 'Dismiss' }).click();
    });

    await test.step('compare: the two videos stacked, the reference at the matched frame', async () => {
      await review.tab('compare');
      await page.getByLabel('Reference video').setInputFiles(FRONT);
      await expect.poll(() => page.evaluate(() => window.__coach!.comparisonScore()), { timeout: 120_000 }).not.toBeNull();
      const rep = Number(await page.getByRole('button', { name: /^Rep 1 lowering at/ }).getAttribute('data-frame'));
      await page.evaluate((f) => window.__coach!.seekFrame(f), rep + 10);
      await expect.poll(() => page.evaluate(() => window.__coach!.referenceFrame().shown)).toBe(await page.evaluate(() => window.__coach!.referenceFrame().matched));
      const mine = await box(page, 'video');
      const theirs = await box(page, 'reference-video');
      expect(theirs.y).toBeGreaterThanOrEqual(mine.y + mine.height - 1);
      expect(theirs.width).toBeGreaterThanOrEqual(0.9 * 390);
      await page.evaluate(() => document.querySelector('[data-review-stage]')!.scrollIntoView());
      await page.waitForTimeout(1000); // let both seeked videos paint before the picture
      await page.screenshot(docShot('comparison-phone'));
    });
    expectNoLeaks(watch);
  });
});

test('laptop (1280×800): video the largest element with its controls, 3D from the camera side, two files named, no-reps suggestion', async ({ page }) => {
  test.setTimeout(200_000);
  await page.setViewportSize({ width: 1280, height: 800 });
  const watch = watchPage(page);
  const app = new CoachApp(page);
  const review = new CoachReview(page);
  await app.open();
  await page.getByTestId('upload').setInputFiles([SIDE, FRONT]);
  await expect(page.getByTestId('notice')).toContainText('analysing “deadlift_side_jeffchen_nico_1pull.mp4”');
  await expect(page.getByTestId('notice')).toContainText('Not analysed: “squat_front_liftcheck.mp4”');
  await page.waitForFunction(() => window.__coach!.state().status !== 'running', null, { timeout: 150_000, polling: 250 });
  expect((await app.state()).status).toBe('done');
  await page.getByRole('button', { name: 'Close the notice' }).click();
  const a = (await page.evaluate(() => window.__coach!.analysis()))!;
  expect(a.exercise).toBe('deadlift');

  await test.step('layout: video largest, controls and 3D on screen, upload box below, reps table whole', async () => {
    await review.expectFrame(0);
    const v = await box(page, 'video');
    const three = await box(page, 'viewer3d');
    expect(v.width * v.height).toBeGreaterThan(three.width * three.height);
    for (const el of [page.getByRole('button', { name: 'Play' }), page.getByTestId('scrub'), page.getByTestId('viewer3d')]) {
      const b = (await el.boundingBox())!;
      expect(b.y + b.height, 'on screen without scrolling').toBeLessThanOrEqual(800);
    }
    expect((await box(page, 'upload')).y).toBeGreaterThan(v.y + v.height);
    await expect(page.locator('.coach-kbd')).toBeVisible();
    await page.screenshot(docShot('review-side-laptop'));
    const table = page.locator('.coach-scroll').first();
    const { scroll, client } = await table.evaluate((e) => ({ scroll: e.scrollWidth, client: e.clientWidth }));
    expect(scroll, 'reps table not cut off').toBeLessThanOrEqual(client + 1);
  });

  await test.step('the 3D view opens from the filming camera side', async () => {
    const m = await expect3dFromCamera(page);
    console.log(`laptop side: camera yaw ${m.yaw}°, 3D view yaw ${m.viewYaw.toFixed(1)}°, x-correlation with the video ${m.match.toFixed(2)}`);
    await page.getByTestId('preset-front').click();
    console.log(`  the old "front" opening view: x-correlation ${(await viewMatchesVideo(page)).toFixed(2)}`);
    await page.getByTestId('preset-camera').click();
  });

  await test.step('an exercise with no reps suggests the detected one instead of "nice work"', async () => {
    await review.tab('coach');
    await page.getByLabel('Analyse as').selectOption('squat');
    await expect.poll(() => page.evaluate(() => window.__coach!.analysis()?.exerciseSource)).toBe('user');
    const reps = (await page.evaluate(() => window.__coach!.analysis()))!.repCount;
    // On this clip a squat reading still finds the pull (1 rep); the no-reps path is unit-tested on
    // synthetic hinges (store/review-actions.test.ts) and checked here whenever it happens.
    if (reps === 0) {
      await expect(page.getByTestId('no-reps')).toContainText('looks like a deadlift');
      await expect(page.getByText('nice work')).toHaveCount(0);
      await page.getByTestId('use-suggestion').click();
      await expect.poll(() => page.evaluate(() => window.__coach!.analysis()?.exercise)).toBe('deadlift');
    }
  });

  await test.step('another clip with a form issue: show me brings the moment and the 3D view on screen', async () => {
    await page.getByLabel('Analyse as').selectOption('auto');
    const s = await app.upload(FAULTY);
    expect(s.status).toBe('done');
    await review.tab('coach');
    const showMe = page.getByRole('button', { name: /^Show me: / });
    expect(await showMe.count()).toBeGreaterThan(0);
    await showMe.first().scrollIntoViewIfNeeded();
    await showMe.first().click();
    for (const id of ['video', 'viewer3d']) {
      const b = await box(page, id);
      expect(b.y, `${id} on screen`).toBeGreaterThanOrEqual(0);
      expect(b.y + b.height, `${id} on screen`).toBeLessThanOrEqual(800);
    }
    await page.screenshot(docShot('hint'));
  });
  expectNoLeaks(watch);
});
