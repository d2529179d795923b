/**
 * One clip through the app as a user runs it (upload → review on screen), in two builds side by side:
 * wall time from the upload to the finished review, and the page's peak JS heap in MiB (CDP
 * `Performance.getMetrics` JSHeapUsedSize, sampled every 50 ms by driver/browser.ts's `withHeapSampling`). Runs alternate between the builds so
 * a shared machine's drift hits both alike. For before/after notes of app-path changes.
 *
 *   npx tsx tools/bench/measure-app.ts --clip <video> --runs 3 <dist-a> [<dist-b> …]
 */
import path from 'node:path';
import { withHeapSampling } from './driver/browser';
import { launchChromium, startPreview } from '../../scripts/lib/browser';

/** `--clip v --runs N dir…` (tiny; this tool has no other options). */
function parseArgs(argv: string[]): { flags: Record<string, string>; positional: string[] } {
  const flags: Record<string, string> = {};
  const positional: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    if (argv[i].startsWith('--')) flags[argv[i].slice(2)] = argv[++i] ?? '';
    else positional.push(argv[i]);
  }
  return { flags, positional };
}

async function main() {
  const { flags, positional } = parseArgs(process.argv.slice(2));
  const clip = String(flags.clip ?? '');
  const runs = Number(flags.runs ?? 3);
  if (!clip || positional.length === 0) throw new Error('usage: measure-app --clip <video> [--runs N] <dist-dir> [<dist-dir> …]');
  const servers = await Promise.all(positional.map((d) => startPreview(path.resolve(d, '..'))));
  const browser = await launchChromium(['--enable-precise-memory-info']);
  const out: Record<string, { ms: number[]; peakHeapMb: number[] }> = {};
  try {
    for (let r = 0; r < runs; r++) {
      for (const [k, { url }] of servers.entries()) {
        const ctx = await browser.newContext({ serviceWorkers: 'block' });
        const page = await ctx.newPage();
        await page.goto(`${url}/?lift=1`);
        await page.waitForFunction(() => window.__coach !== undefined);
        const t0 = Date.now();
        const run = (async () => {
          await page.locator('[data-testid=upload]').setInputFiles(clip);
          await page.waitForFunction(() => ['done', 'error'].includes(window.__coach!.state().status), undefined, { timeout: 300_000, polling: 50 });
          await page.locator('[data-testid=summary]').waitFor();
          return Date.now() - t0;
        })();
        const [ms, peakMb] = await withHeapSampling(page, run, 50);
        const key = positional[k];
        (out[key] ??= { ms: [], peakHeapMb: [] }).ms.push(ms);
        out[key].peakHeapMb.push(Math.round((peakMb ?? NaN) * 10) / 10);
        await ctx.close();
      }
    }
  } finally {
    await browser.close();
    await Promise.all(servers.map((s) => s.server.close()));
  }
  console.log(JSON.stringify(out, null, 1));
}

main().catch((e: unknown) => { console.error(e); process.exit(1); });
