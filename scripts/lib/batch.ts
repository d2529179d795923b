/**
 * Batch mode of `npm run analyze`: many clips, one browser, one model load per page. Clips are taken
 * from a shared queue by `jobs` pages; each result goes to `<outDir>/<name>.json` (written whole, then
 * renamed), a clip whose JSON already exists is skipped (resume after a crash), and `summary.csv`
 * lists every clip. Node only.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import type { AnalyzeArgs } from './args';
import { launchChromium, startPreview, webgpuArgs } from './browser';
import { analyzeInPage } from './drive';
import { errorMessage } from '../../src/core/errors';
import type { CoachResult } from '../../src/core/result';

/** One clip's line in summary.csv. */
export interface BatchRow {
  file: string;
  output: string;
  status: 'ok' | 'skipped' | 'failed';
  frames: number | null;
  exercise: string | null;
  reps: number | null;
  seconds: number | null;
  error: string;
}

/** The app URL's query for these options (the same settings the single-clip CLI passes). */
export function appQuery(a: AnalyzeArgs): URLSearchParams {
  return new URLSearchParams({
    model: a.model, ...(a.backend ? { backend: a.backend } : {}), ...(a.elementSource ? { source: 'element' } : {}),
    ...(a.lift3d === null ? {} : { lift: a.lift3d ? '1' : '0' }), ...(a.exercise === 'auto' ? {} : { exercise: a.exercise }),
    ...(a.stallTimeoutS ? { stall: String(a.stallTimeoutS) } : {}), ...(a.people === 'all' ? { people: 'all' } : {}),
  });
}

/** Writes `data` to `file` so that the file only ever exists complete. */
export function writeAtomically(file: string, data: string): void {
  const tmp = `${file}.partial-${process.pid}`;
  try {
    fs.writeFileSync(tmp, data);
    fs.renameSync(tmp, file);
  } finally {
    fs.rmSync(tmp, { force: true });
  }
}

/** Output names: the clip's file name + .json, numbered when two clips share a name. */
export function outputNames(videos: readonly string[]): string[] {
  const seen = new Map<string, number>();
  return videos.map((v) => {
    const base = path.basename(v);
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    return n === 1 ? `${base}.json` : `${base}.${n}.json`;
  });
}

const csvField = (v: string | number | null) => {
  const s = v === null ? '' : String(v);
  return /[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

export function summaryCsv(rows: readonly BatchRow[]): string {
  const head: (keyof BatchRow)[] = ['file', 'output', 'status', 'frames', 'exercise', 'reps', 'seconds', 'error'];
  return [head.join(','), ...rows.map((r) => head.map((k) => csvField(r[k])).join(','))].join('\n') + '\n';
}

function rowOf(file: string, output: string, status: BatchRow['status'], r: CoachResult | null, seconds: number | null, error = ''): BatchRow {
  const a = r?.analysis as { exercise?: string; repCount?: number } | undefined;
  return { file, output, status, frames: r?.video.frameCount ?? null, exercise: a?.exercise ?? null, reps: a?.repCount ?? null, seconds, error };
}

/** Runs the batch; returns the exit code (0 all clips done or skipped, 2 when any failed). */
export async function runBatch(args: AnalyzeArgs, videos: readonly string[], log: (s: string) => void, repoRoot: string): Promise<number> {
  const outDir = path.resolve(args.outDir!);
  fs.mkdirSync(outDir, { recursive: true });
  const names = outputNames(videos);
  const rows: BatchRow[] = new Array(videos.length);
  const todo: number[] = [];
  videos.forEach((v, i) => {
    const out = path.join(outDir, names[i]);
    if (fs.existsSync(out)) {
      let prior: CoachResult | null = null;
      try { prior = JSON.parse(fs.readFileSync(out, 'utf8')) as CoachResult; } catch { /* unreadable: summarised without details */ }
      rows[i] = rowOf(v, names[i], 'skipped', prior, null);
    } else if (!fs.existsSync(v) || !fs.statSync(v).isFile()) rows[i] = rowOf(v, names[i], 'failed', null, null, `no such file: ${v}`);
    else todo.push(i);
  });
  log(`batch: ${videos.length} clips, ${videos.length - todo.length} already done or missing, ${todo.length} to analyse with ${Math.min(args.jobs, Math.max(1, todo.length))} page(s) → ${outDir}`);
  if (todo.length > 0) {
    const { server, url } = await startPreview(repoRoot);
    const browser = await launchChromium(args.backend === 'webgpu' ? webgpuArgs : []);
    const t0 = Date.now();
    try {
      const openPage = async (): Promise<Page> => {
        const page = await browser.newPage({ serviceWorkers: 'block' }); // the PWA's offline cache is for people, not for one-off CLI runs
        page.on('pageerror', (e) => log(`page error: ${e.message}`));
        await page.goto(`${url}/?${appQuery(args)}`);
        return page;
      };
      const worker = async () => {
        let page = await openPage();
        for (let i = todo.shift(); i !== undefined; i = todo.shift()) {
          const file = videos[i];
          const started = Date.now();
          try {
            const out = await analyzeInPage(page, path.resolve(file), () => undefined, { stallMs: ((args.stallTimeoutS ?? 30) + 15) * 1000 });
            const seconds = Math.round((Date.now() - started) / 100) / 10;
            if (out.ok) {
              writeAtomically(path.join(outDir, names[i]), JSON.stringify(out.result));
              rows[i] = rowOf(file, names[i], 'ok', out.result, seconds);
            } else rows[i] = rowOf(file, names[i], 'failed', null, seconds, out.error);
          } catch (e) {
            // A crashed or hung page: record the clip and carry on with a fresh page.
            rows[i] = rowOf(file, names[i], 'failed', null, Math.round((Date.now() - started) / 100) / 10, errorMessage(e).split('\n')[0]);
            await page.close().catch(() => undefined);
            page = await openPage();
          }
          const r = rows[i];
          log(`${r.status === 'ok' ? 'done' : 'FAILED'} ${path.basename(file)}: ${r.status === 'ok' ? `${r.frames} frames, ${r.exercise ?? '—'}, ${r.reps ?? 0} reps` : r.error} (${r.seconds} s)`);
        }
      };
      await Promise.all(Array.from({ length: Math.min(args.jobs, todo.length) }, worker));
      log(`batch: ${((Date.now() - t0) / 1000).toFixed(1)} s for ${rows.filter((r) => r.status === 'ok').length} clips`);
    } finally {
      await browser.close();
      await server.close();
    }
  }
  writeAtomically(path.join(outDir, 'summary.csv'), summaryCsv(rows));
  const failed = rows.filter((r) => r.status === 'failed');
  for (const r of failed) log(`error: ${r.file}: ${r.error}`);
  return failed.length ? 2 : 0;
}
