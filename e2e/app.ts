/**
 * Page object and network/console watchers for the Coach3D app (Playwright). Specs talk to the app
 * through the real upload input and the typed `window.__coach` hook.
 */
import { expect, type Page } from '@playwright/test';
import type { CoachResult } from '../src/core/result';
import type { HookState, RunBytesOptions } from '../src/ui/test-hook-types';
import fs from 'node:fs';
import path from 'node:path';
import { repoRoot } from '../scripts/lib/video-fixtures';

export { CLIPS, clipPath, hasSharedVideos, makeVideoFixtures, SKIP_MESSAGE, ffprobeFrameCount, ffprobeFrameTimesMs, repoRoot } from '../scripts/lib/video-fixtures';

/** Records console errors, page errors and every request that leaves the page's origin. */
export function watchPage(page: Page) {
  const consoleErrors: string[] = [];
  const crossOrigin: string[] = [];
  page.on('console', (m) => { if (m.type() === 'error') consoleErrors.push(m.text()); });
  page.on('pageerror', (e) => consoleErrors.push(`pageerror: ${e.message}`));
  page.on('request', (r) => {
    const pageOrigin = new URL(page.url() === 'about:blank' ? r.url() : page.url()).origin;
    const url = r.url();
    if (url.startsWith('data:')) return;
    if (new URL(url).origin !== pageOrigin) crossOrigin.push(url);
  });
  return { consoleErrors, crossOrigin };
}

export class CoachApp {
  constructor(readonly page: Page) {}

  async open(query = ''): Promise<void> {
    await this.page.goto(`/${query ? `?${query}` : ''}`);
    await this.page.waitForFunction(() => window.__coach !== undefined);
  }

  state(): Promise<HookState> {
    return this.page.evaluate(() => window.__coach!.state());
  }

  /** Uploads through the real file input and waits until the job ends. */
  async upload(file: string, timeout = 150_000): Promise<HookState> {
    await this.page.getByTestId('upload').setInputFiles(file);
    await this.page.waitForFunction(() => window.__coach!.state().status !== 'running' && window.__coach!.state().status !== 'idle', null, { timeout, polling: 250 });
    return this.state();
  }

  result(): Promise<CoachResult> {
    return this.page.evaluate(() => window.__coach!.result()!);
  }

  /** Runs the pipeline on a local file's bytes inside the page (same pipeline code as the UI). */
  async runBytes(file: string, opts: RunBytesOptions): Promise<{ result: CoachResult; tensorCounts: number[] }> {
    const b64 = fs.readFileSync(file).toString('base64');
    return this.page.evaluate(async ({ b64, name, opts }) => {
      const bin = atob(b64);
      const bytes = new Uint8Array(bin.length);
      for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
      return window.__coach!.runBytes(bytes.buffer, name, opts);
    }, { b64, name: file.split('/').pop()!, opts });
  }

  /** Number of overlay pixels that are clearly drawn (alpha > 0). */
  overlayInkPixels(): Promise<number> {
    return this.page.getByTestId('overlay').evaluate((c: HTMLCanvasElement) => {
      const d = c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data;
      let n = 0;
      for (let i = 3; i < d.length; i += 4) if (d[i] > 0) n++;
      return n;
    });
  }
}

/** True when this browser has no hardware GPU (SwiftShader/llvmpipe WebGL, no real WebGPU adapter): auto must pick WASM. */
export function softwareOnly(page: Page): Promise<boolean> {
  return page.evaluate(async () => {
    const sw = /swiftshader|llvmpipe|softpipe|lavapipe|software/i;
    const gl = document.createElement('canvas').getContext('webgl2');
    const ext = gl?.getExtension('WEBGL_debug_renderer_info');
    const renderer = gl && ext ? String(gl.getParameter(ext.UNMASKED_RENDERER_WEBGL)) : '';
    const gpu = (navigator as unknown as { gpu?: { requestAdapter(): Promise<{ info?: { architecture?: string; vendor?: string; isFallbackAdapter?: boolean } } | null> } }).gpu;
    const a = await gpu?.requestAdapter();
    const realGpu = a != null && !a.info?.isFallbackAdapter && !sw.test(`${a.info?.vendor} ${a.info?.architecture}`);
    return !realGpu && (renderer === '' || sw.test(renderer));
  });
}

/** Share of frames with a person and their mean pose score. */
export function coverage(r: CoachResult): { withPerson: number; meanScore: number } {
  const w = r.frames.filter((f) => f.persons.length > 0);
  return { withPerson: w.length / r.frames.length, meanScore: w.reduce((s, f) => s + f.persons[0].score, 0) / Math.max(1, w.length) };
}

/**
 * Max / mean keypoint distance (px) between two results over frames where both found the person,
 * counting joints both detectors are confident about (score >= minScore).
 */
export function keypointDiff(a: CoachResult, b: CoachResult, frames = Math.min(a.frames.length, b.frames.length), minScore = 0) {
  let max = 0;
  let sum = 0;
  let n = 0;
  for (let i = 0; i < frames; i++) {
    const pa = a.frames[i].persons[0];
    const pb = b.frames[i].persons[0];
    if (!pa || !pb) continue;
    pa.keypoints2d.forEach((k, j) => {
      if (k[2] < minScore || pb.keypoints2d[j][2] < minScore) return;
      const d = Math.hypot(k[0] - pb.keypoints2d[j][0], k[1] - pb.keypoints2d[j][1]);
      max = Math.max(max, d);
      sum += d;
      n++;
    });
  }
  return { max, mean: n ? sum / n : Infinity, n };
}

/** Screenshot options for docs/screen-<name>.png, only when asked (`COACH_SCREENSHOTS=1`), so test runs leave the tree clean. */
export const docShot = (name: string) => (process.env.COACH_SCREENSHOTS ? { path: path.join(repoRoot, 'docs', `screen-${name}.png`) } : {});

export const expectNoLeaks = (w: ReturnType<typeof watchPage>) => {
  expect(w.consoleErrors, 'console errors').toEqual([]);
  expect(w.crossOrigin, 'requests to other origins').toEqual([]);
};

/** Pixel statistics of a PNG (decoded in the page): bright "bone" pixels, orange ghost pixels, their bounding box. */
export async function pngStats(page: Page, png: Buffer): Promise<{ total: number; white: number; orange: number; height: number; bboxH: number }> {
  return page.evaluate(async (b64) => {
    const bin = atob(b64);
    const bytes = Uint8Array.from(bin, (c) => c.charCodeAt(0));
    const bmp = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
    const c = new OffscreenCanvas(bmp.width, bmp.height);
    const ctx = c.getContext('2d')!;
    ctx.drawImage(bmp, 0, 0);
    const d = ctx.getImageData(0, 0, bmp.width, bmp.height).data;
    let white = 0, orange = 0, y0 = Infinity, y1 = -1;
    for (let i = 0; i < d.length; i += 4) {
      const r = d[i], g = d[i + 1], bl = d[i + 2];
      if (r > 150 && g > 150 && bl > 150) {
        white++;
        const y = Math.floor(i / 4 / bmp.width);
        y0 = Math.min(y0, y); y1 = Math.max(y1, y);
      } else if (r > 90 && g > 50 && bl < 60 && r > g * 1.3) orange++;
    }
    return { total: bmp.width * bmp.height, white, orange, height: bmp.height, bboxH: y1 >= 0 ? y1 - y0 : 0 };
  }, png.toString('base64'));
}

/** The review screen (coach): timeline, tabs, exports, sessions. */
export class CoachReview {
  constructor(readonly page: Page) {}

  tab(id: 'coach' | 'charts' | 'compare' | 'export') { return this.page.getByTestId(`tab-${id}`).click(); }

  /** Frame shown by the video element, the 3D view and the store. */
  frames(): Promise<{ video: number; viewer: number; store: number }> {
    return this.page.evaluate(() => ({ video: window.__coach!.videoFrame(), viewer: window.__coach!.viewerFrame(), store: window.__coach!.state().currentFrame }));
  }

  /** `withVideo: false` for a session reopened without its video (no `<video>`: frame −1). */
  async expectFrame(frame: number, withVideo = true): Promise<void> {
    await expect.poll(() => this.frames(), { timeout: 15_000 }).toEqual({ video: withVideo ? frame : -1, viewer: frame, store: frame });
  }

  /** Clicks an export button (opening the menu first) and returns the downloaded bytes and name. */
  async download(kind: string): Promise<{ name: string; body: Buffer }> {
    await this.tab('export');
    const menu = this.page.locator('details:has([data-testid^=export-])');
    if (!(await menu.evaluate((d: HTMLDetailsElement) => d.open))) await menu.locator('summary').click();
    const [dl] = await Promise.all([this.page.waitForEvent('download'), this.page.getByTestId(`export-${kind}`).click()]);
    const body = Buffer.concat(await (await dl.createReadStream()).toArray());
    return { name: dl.suggestedFilename(), body };
  }

  /** Screenshot of the 3D view as PNG bytes (what the user sees). */
  viewerShot(): Promise<Buffer> { return this.page.getByTestId('viewer3d').screenshot(); }
}
