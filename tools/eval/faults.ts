/**
 * Fault evaluation (issue 11): scores labelled fault/clean spans per kind and per view.
 *   npm run eval:faults -- --clips <dir> --labels <csv> [--json] [--cache <dir>] [--refresh] [--clean-unless-labelled <kind,...>]
 *   npm run eval:faults -- --synthetic [--mocap <dir>] [--json]   (mocap faults through virtual cameras)
 * Each clip's in-browser pipeline result (2D keypoints + 3D) is computed once with `npm run analyze`
 * and cached (default .cache/pipeline/, git-ignored; re-made when the video is newer or with
 * --refresh); the analysis itself is re-run here in Node (a pure function of that data), so tuning
 * costs seconds. Exit code 0; 2 on bad arguments.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { analyze, DEFAULT_THRESHOLDS } from '../../src/analysis';
import type { CoachResult } from '../../src/core/result';
import { sequenceOf } from '../../src/pipeline/analysis';
import { sessionFromResult } from '../../src/pipeline/session-json';
import { parseCsv } from '../../scripts/lib/csv';
import { labelsFromCsv, scoreLabel, tally, tallyTable, type FaultLabel, type SpanOutcome } from './lib/fault-score';
import { KINDS_FOR, MOCAP_SETS, injectFault, loadWorld, render, worldHeelRiseShin, worldHipsFirstRatio, worldLeanExcessDeg, worldMinThighSin, type SynthKind } from './lib/synth-faults';
import { repoRoot, sharedDir } from '../../scripts/lib/video-fixtures';

const log = (s: string) => process.stderr.write(`${s}\n`);
const USAGE = 'usage: npm run eval:faults -- --clips <dir> --labels <csv> [--json] [--cache <dir>] [--refresh] [--clean-unless-labelled <kind,...>]\n       npm run eval:faults -- --synthetic [--mocap <dir>] [--json]';

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
  if (argv.includes('--synthetic')) return report(argv, syntheticOutcomes(path.resolve(arg(argv, '--mocap') ?? path.join(sharedDir, 'data/mocap'))), null);
  const clips = arg(argv, '--clips'), labelsPath = arg(argv, '--labels');
  if (!clips || !labelsPath) { log(`error: --clips and --labels are required\n${USAGE}`); return 2; }
  if (!fs.existsSync(labelsPath)) { log(`error: no such labels file: ${labelsPath}`); return 2; }
  const cacheDir = path.resolve(arg(argv, '--cache') ?? path.join(repoRoot, '.cache/pipeline'));
  const labels = labelsFromCsv(parseCsv(fs.readFileSync(labelsPath, 'utf8')));
  const repsCsvPath = path.join(clips, 'labels.csv');
  const assumeClean = (arg(argv, '--clean-unless-labelled') ?? '').split(',').filter(Boolean);
  labels.push(...cleanUnlessLabelled(labels, fs.existsSync(repsCsvPath) ? parseCsv(fs.readFileSync(repsCsvPath, 'utf8')) : [], assumeClean));
  const outcomes: SpanOutcome[] = [];
  const byFile = new Map<string, typeof labels>();
  for (const l of labels) byFile.set(l.file, [...(byFile.get(l.file) ?? []), l]);
  for (const [file, ls] of byFile) {
    const video = path.join(clips, file);
    if (!fs.existsSync(video)) { log(`skipping ${file}: not in ${clips}`); continue; }
    const result = pipelineResult(video, cacheDir, argv.includes('--refresh'));
    const a = analyze(sequenceOf(sessionFromResult(result)), { exercise: ls[0].exercise });
    for (const l of ls) {
      const status = a.checks.find((c) => c.kind === l.kind)?.status ?? 'not_checked';
      outcomes.push(...scoreLabel(l, a.mistakes, a.view.label, status));
    }
    log(`${file}: ${a.exercise}, ${a.repCount} reps, ${a.view.label} (yaw ${a.view.yawDeg}°); mistakes: ${a.mistakes.map((m) => `${m.kind}@${m.startS}-${m.endS}`).join(' ') || 'none'}`);
  }
  return report(argv, outcomes, fs.existsSync(repsCsvPath) ? () => repCountTable(clips, repsCsvPath, cacheDir, argv.includes('--refresh')) : null);
}

/**
 * `--clean-unless-labelled heel_lift`: a clip with no row of that kind counts as a clean span of it
 * (the labellers listed every fault they saw, see faults-provenance.csv): its labelled range in the
 * fault labels, or its active span in labels.csv (the rep-count clips).
 */
function cleanUnlessLabelled(labels: FaultLabel[], reps: Record<string, string>[], kinds: readonly string[]): FaultLabel[] {
  const out: FaultLabel[] = [];
  const files = [...new Set(labels.map((l) => l.file))];
  for (const kind of kinds) {
    for (const file of files) {
      const ls = labels.filter((l) => l.file === file);
      if (ls.some((l) => l.kind === kind)) continue;
      const ends = ls.flatMap((l) => [...(l.fault ?? []), ...(l.clean ?? [])]);
      out.push({ file, exercise: ls[0].exercise, kind, clean: [Math.min(...ends), Math.max(...ends)] });
    }
    for (const r of reps) {
      if (files.includes(r.file)) continue;
      out.push({ file: r.file, exercise: /deadlift/i.test(r.exercise) ? 'deadlift' : 'squat', kind, clean: [Number(r.active_start_s), Number(r.active_end_s)] });
    }
  }
  return out;
}

/** Mocap sets × faults × camera yaws: one fault span (the faulty take) and one clean span (the clean take) each. */
function syntheticOutcomes(mocapDir: string): SpanOutcome[] {
  if (!fs.existsSync(mocapDir)) throw new Error(`no mocap at ${mocapDir} (set COACH_SHARED_DIR or --mocap)`);
  const out: SpanOutcome[] = [];
  let seed = 1;
  for (const set of MOCAP_SETS) {
    const world = loadWorld(mocapDir, set);
    const name = `${path.basename(set.amc, '.amc')}@${set.start}`;
    for (const yaw of SYNTH_YAWS) {
      const clean = analyze(render(world, yaw, seed++), { exercise: set.exercise });
      // A take that never reaches parallel (by the mocap itself) has no clean depth to shallow.
      const kinds = KINDS_FOR[set.exercise].filter((k) => k !== 'shallow_depth' || worldMinThighSin(world) < 0.2);
      // Rounded back twice: with the head following the upper back, and with the head held up.
      const variants = kinds.flatMap((kind): { kind: SynthKind; headUp: boolean }[] => (kind === 'rounded_back' ? [{ kind, headUp: false }, { kind, headUp: true }] : [{ kind, headUp: false }]));
      for (const { kind, headUp } of variants) {
        const faulty = injectFault(world, kind, { headUp });
        // Variants added later draw from their own seeds, so the other kinds keep theirs (their tables stay comparable).
        const bad = analyze(render(faulty, yaw, headUp ? 5000 + seed : kind === 'hips_rise_first' ? 9000 + seed : seed++), { exercise: set.exercise });
        const dur = world.frames / world.fps;
        const label = { file: `${name} yaw ${yaw}${headUp ? ' head up' : ''}`, exercise: set.exercise, kind };
        const status = (a: typeof bad) => a.checks.find((c) => c.kind === kind)?.status ?? 'not_checked';
        // Lean is a fault only past the shins (the rule itself): label by the mocap's own geometry, with a 5° margin.
        // Heel lift likewise: some mocap takes rise onto the toes by themselves (a "clean" take is clean only below half the line).
        // Hips first: by the rule's own ratio in 3D, 0.2 from the line either way.
        const isFault = kind === 'forward_lean' ? worldLeanExcessDeg(faulty) >= DEFAULT_THRESHOLDS.leanExcessDeg + 5
          : kind === 'heel_lift' ? worldHeelRiseShin(faulty) >= DEFAULT_THRESHOLDS.heelLiftShin
          : kind === 'hips_rise_first' ? worldHipsFirstRatio(faulty) <= DEFAULT_THRESHOLDS.hipsFirstRatio - 0.2 : true;
        const isClean = kind === 'forward_lean' ? worldLeanExcessDeg(world) <= DEFAULT_THRESHOLDS.leanExcessDeg - 5
          : kind === 'heel_lift' ? worldHeelRiseShin(world) <= DEFAULT_THRESHOLDS.heelLiftShin / 2
          : kind === 'hips_rise_first' ? worldHipsFirstRatio(world) >= DEFAULT_THRESHOLDS.hipsFirstRatio + 0.2 : true;
        if (isFault) out.push(...scoreLabel({ ...label, fault: [0, dur] }, bad.mistakes, bad.view.label, status(bad)));
        if (isClean && !headUp) out.push(...scoreLabel({ ...label, clean: [0, dur] }, clean.mistakes, clean.view.label, status(clean)));
      }
    }
    log(`${name}: done`);
  }
  return out;
}

const SYNTH_YAWS = [0, 45, 90, 135, 180, -90, -45];

function report(argv: string[], outcomes: SpanOutcome[], extra: (() => string) | null): number {
  const checked = outcomes.filter((o) => o.status === 'checked');
  const misses = outcomes.filter((o) => !o.ok);
  if (argv.includes('--json')) {
    const obj = (m: Map<string, unknown>) => Object.fromEntries(m);
    process.stdout.write(JSON.stringify({ byKind: obj(tally(checked, (o) => o.kind)), byKindView: obj(tally(outcomes, (o) => `${o.kind} | ${o.view} | ${o.status}`)), misses, outcomes }, null, 1) + '\n');
    return 0;
  }
  console.log(`${tallyTable('kind (where "checked")', tally(checked, (o) => o.kind))}\n`);
  console.log(`${tallyTable('kind · view · status', tally(outcomes, (o) => `${o.kind} · ${o.view} · ${o.status}`))}\n`);
  if (extra) console.log(`${extra()}\n`);
  console.log(misses.length ? `Misses:\n${misses.map((o) => `- ${o.file} ${o.kind} ${o.span} ${o.from}–${o.to} s (${o.view}, ${o.status})`).join('\n')}` : 'No misses.');
  return 0;
}

/** Rep counts (exercise detected and given) against `labels.csv`, from the same cached results. */
function repCountTable(clips: string, csv: string, cacheDir: string, refresh: boolean): string {
  const rows = ['| clip | reps labelled | reps (auto) | reps (given) | exercise (auto) |', '|---|---|---|---|---|'];
  for (const l of parseCsv(fs.readFileSync(csv, 'utf8'))) {
    const video = path.join(clips, l.file);
    if (!fs.existsSync(video)) continue;
    const seq = sequenceOf(sessionFromResult(pipelineResult(video, cacheDir, refresh)));
    const truth = /deadlift/i.test(l.exercise) ? 'deadlift' : 'squat';
    const auto = analyze(seq), given = analyze(seq, { exercise: truth });
    rows.push(`| ${l.file} | ${l.reps} | ${auto.repCount} | ${given.repCount} | ${auto.exercise} |`);
  }
  return rows.join('\n');
}

process.exitCode = main(process.argv.slice(2));
