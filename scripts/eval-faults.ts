/**
 * Fault evaluation (issue 11): scores labelled fault/clean spans per kind and per view.
 *   npm run eval:faults -- --clips <dir> --labels <csv> [--json] [--cache <dir>] [--refresh]
 * Each clip's in-browser pipeline result (2D keypoints + 3D) is computed once with `npm run analyze`
 * and cached (default .cache/pipeline/, git-ignored; re-made when the video is newer or with
 * --refresh); the analysis itself is re-run here in Node (a pure function of that data), so tuning
 * costs seconds. Exit code 0; 2 on bad arguments.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { analyze } from '../src/analysis';
import type { CoachResult } from '../src/core/result';
import { sequenceOf } from '../src/pipeline/analysis-of';
import { parseCsv } from './lib/csv';
import { labelsFromCsv, scoreLabel, tally, tallyTable, type SpanOutcome } from './lib/fault-score';
import { repoRoot } from './lib/video-fixtures';

const log = (s: string) => process.stderr.write(`${s}\n`);
const USAGE = 'usage: npm run eval:faults -- --clips <dir> --labels <csv> [--json] [--cache <dir>] [--refresh]';

function arg(argv: string[], flag: string): string | undefined {
  const i = argv.indexOf(flag);
  return i >= 0 ? argv[i + 1] : undefined;
}

/** The cached pipeline result of `video`, running the browser pipeline when missing or stale. */
export function pipelineResult(video: string, cacheDir: string, refresh: boolean): CoachResult {
  const out = path.join(cacheDir, `${path.basename(video)}.json`);
  const stale = !fs.existsSync(out) || fs.statSync(out).mtimeMs < fs.statSync(video).mtimeMs;
  if (refresh || stale) {
    fs.mkdirSync(cacheDir, { recursive: true });
    log(`running the pipeline on ${path.basename(video)} (cached to ${path.relative(repoRoot, out)}) ...`);
    const r = spawnSync('npx', ['tsx', 'scripts/analyze.ts', video, '--3d', '--out', out], { cwd: repoRoot, encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`pipeline failed on ${video}: ${r.stderr.trim().split('\n').pop()}`);
  }
  return JSON.parse(fs.readFileSync(out, 'utf8')) as CoachResult;
}

function main(argv: string[]): number {
  if (argv.includes('-h') || argv.includes('--help')) { log(USAGE); return 0; }
  const clips = arg(argv, '--clips'), labelsPath = arg(argv, '--labels');
  if (!clips || !labelsPath) { log(`error: --clips and --labels are required\n${USAGE}`); return 2; }
  if (!fs.existsSync(labelsPath)) { log(`error: no such labels file: ${labelsPath}`); return 2; }
  const cacheDir = path.resolve(arg(argv, '--cache') ?? path.join(repoRoot, '.cache/pipeline'));
  const labels = labelsFromCsv(parseCsv(fs.readFileSync(labelsPath, 'utf8')));
  const outcomes: SpanOutcome[] = [];
  const byFile = new Map<string, typeof labels>();
  for (const l of labels) byFile.set(l.file, [...(byFile.get(l.file) ?? []), l]);
  for (const [file, ls] of byFile) {
    const video = path.join(clips, file);
    if (!fs.existsSync(video)) { log(`skipping ${file}: not in ${clips}`); continue; }
    const result = pipelineResult(video, cacheDir, argv.includes('--refresh'));
    const a = analyze(sequenceOf(result), { exercise: ls[0].exercise });
    for (const l of ls) {
      const status = a.checks.find((c) => c.kind === l.kind)?.status ?? 'not_checked';
      outcomes.push(...scoreLabel(l, a.mistakes, a.view.label, status));
    }
    log(`${file}: ${a.exercise}, ${a.repCount} reps, ${a.view.label} (yaw ${a.view.yawDeg}°); mistakes: ${a.mistakes.map((m) => `${m.kind}@${m.startS}-${m.endS}`).join(' ') || 'none'}`);
  }
  const checked = outcomes.filter((o) => o.status === 'checked');
  const misses = outcomes.filter((o) => !o.ok);
  if (argv.includes('--json')) {
    const obj = (m: Map<string, unknown>) => Object.fromEntries(m);
    process.stdout.write(JSON.stringify({ byKind: obj(tally(checked, (o) => o.kind)), byKindView: obj(tally(outcomes, (o) => `${o.kind} | ${o.view} | ${o.status}`)), misses, outcomes }, null, 1) + '\n');
    return 0;
  }
  console.log(`${tallyTable('kind (where "checked")', tally(checked, (o) => o.kind))}\n`);
  console.log(`${tallyTable('kind · view · status', tally(outcomes, (o) => `${o.kind} · ${o.view} · ${o.status}`))}\n`);
  const repsCsv = path.join(clips, 'labels.csv');
  if (fs.existsSync(repsCsv)) console.log(`${repCountTable(clips, repsCsv, cacheDir, argv.includes('--refresh'))}\n`);
  console.log(misses.length ? `Misses:\n${misses.map((o) => `- ${o.file} ${o.kind} ${o.span} ${o.from}–${o.to} s (${o.view}, ${o.status})`).join('\n')}` : 'No misses.');
  return 0;
}

/** Rep counts (exercise detected and given) against `labels.csv`, from the same cached results. */
function repCountTable(clips: string, csv: string, cacheDir: string, refresh: boolean): string {
  const rows = ['| clip | reps labelled | reps (auto) | reps (given) | exercise (auto) |', '|---|---|---|---|---|'];
  for (const l of parseCsv(fs.readFileSync(csv, 'utf8'))) {
    const video = path.join(clips, l.file);
    if (!fs.existsSync(video)) continue;
    const seq = sequenceOf(pipelineResult(video, cacheDir, refresh));
    const truth = /deadlift/i.test(l.exercise) ? 'deadlift' : 'squat';
    const auto = analyze(seq), given = analyze(seq, { exercise: truth });
    rows.push(`| ${l.file} | ${l.reps} | ${auto.repCount} | ${given.repCount} | ${auto.exercise} |`);
  }
  return rows.join('\n');
}

process.exitCode = main(process.argv.slice(2));
