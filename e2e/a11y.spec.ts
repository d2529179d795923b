/**
 * Accessibility (issue 13 item 7): axe-core on every screen — first screen, settings, progress,
 * review with each panel, sessions, live — on a laptop and a phone: no serious or critical violations.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { clipPath, CoachApp, hasSharedVideos, SKIP_MESSAGE } from './app';

test.skip(!hasSharedVideos, SKIP_MESSAGE);

const CLIP = clipPath('deadlift_side_jeffchen_nico_1pull.mp4');

async function expectAccessible(page: Page, screen: string): Promise<void> {
  const r = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
  const bad = r.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  const text = bad.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.slice(0, 3).map((n) => `${n.target.join(' ')} ${n.html.slice(0, 120)}`).join(' | ')}`);
  expect(text, `axe on ${screen}`).toEqual([]);
}

for (const [name, viewport, touch] of [['laptop', { width: 1280, height: 800 }, false], ['phone', { width: 390, height: 844 }, true]] as const) {
  test.describe(name, () => {
    test.use({ viewport, hasTouch: touch, isMobile: touch });
    test(`every screen has no serious or critical axe violations (${name})`, async ({ page }) => {
      test.setTimeout(180_000);
      const app = new CoachApp(page);
      await app.open();
      await expectAccessible(page, 'first screen');
      await page.getByTestId('settings').click();
      await expectAccessible(page, 'settings');
      await page.getByTestId('settings').click();

      await page.getByTestId('upload').setInputFiles(CLIP);
      await expect.poll(() => app.state().then((s) => s.progress?.framesDone ?? 0), { timeout: 60_000 }).toBeGreaterThan(10);
      await expectAccessible(page, 'progress');
      await page.waitForFunction(() => window.__coach!.state().status !== 'running', null, { timeout: 150_000, polling: 250 });
      expect((await app.state()).status).toBe('done');
      if (touch) await page.getByTestId('toggle-3d').click();
      for (const tab of ['coach', 'charts', 'compare', 'export'] as const) {
        await page.getByTestId(`tab-${tab}`).click();
        await expectAccessible(page, `review, ${tab} panel`);
      }
      await page.getByTestId('nav-sessions').click();
      await expectAccessible(page, 'sessions');
      await page.getByTestId('nav-live').click();
      await expect(page.getByTestId('live-rep-count').or(page.getByRole('status')).first()).toBeVisible();
      await expectAccessible(page, 'live');
    });
  });
}
