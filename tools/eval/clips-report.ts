/**
 * Runs `npm run analyze` on every labelled clip in ../shared/data/videos and compares the rep count
 * and exercise with labels.csv. Prints a markdown table; `--write docs/real-clips.md` saves it.
 *   npx tsx tools/eval/clips-report.ts [--exercise auto|labelled] [--write <file.md>]
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseCsv } from '../../scripts/lib/csv';
import { repoRoot } from '../../scripts/lib/video-fixtures';

interface Analysis { exercise?: string; repCount?: number; viewWarnings?: string[]; ground?: { source?: string; tiltDeg?: number; sigmaDeg?: number } }

/** Where the analyzers' vertical came from: the lifter's gravity head (σ) or the standing posture. */
const groundNote = (a: Analysis | null) => {
  const g = a?.ground;
  if (!g) return '—';
  return `${g.source ?? 'posture'}, tilt ${Math.round(g.tiltDeg ?? NaN)}°${g.sigmaDeg !== undefined ? `, σ ${g.sigmaDeg.toFixed(1)}°` : ''}`;
};

function analyzeClip(file: string, exercise: string): { analysis: Analysis | null; error?: string; seconds: number } {
  const out = path.join(os.tmpdir(), `clips-report-${process.pid}.json`);
  const t0 = Date.now();
  const r = spawnSync('npx', ['tsx', 'scripts/analyze.ts', file, '--out', out, '--exercise', exercise], { cwd: repoRoot, encoding: 'utf8' });
  const seconds = (Date.now() - t0) / 1000;
  if (r.status !== 0) return { analysis: null, error: (r.stderr.trim().split('\n').pop() ?? 'failed'), seconds };
  const result = JSON.parse(fs.readFileSync(out, 'utf8')) as { analysis?: Analysis };
  fs.rmSync(out, { force: true });
  return { analysis: result.analysis ?? null, seconds };
}

function main(argv: string[]): void {
  const mode = argv.includes('--exercise') ? argv[argv.indexOf('--exercise') + 1] : 'auto';
  const writeTo = argv.includes('--write') ? argv[argv.indexOf('--write') + 1] : null;
  const videos = path.resolve(process.env.COACH_SHARED_DIR ?? path.join(repoRoot, '../shared'), 'data/videos');
  if (!fs.existsSync(path.join(videos, 'labels.csv'))) {
    console.error(`error: no labelled clips at ${videos} (set COACH_SHARED_DIR)`);
    process.exit(2);
  }
  const labels = parseCsv(fs.readFileSync(path.join(videos, 'labels.csv'), 'utf8'));
  const lines = [
    `| clip | view | labelled | exercise (${mode}) | reps found | reps labelled | match | vertical from | notes |`,
    '|---|---|---|---|---|---|---|---|---|',
  ];
  for (const l of labels) {
    const truth = /deadlift/i.test(l.exercise) ? 'deadlift' : /squat/i.test(l.exercise) ? 'squat' : 'unknown';
    const ex = mode === 'labelled' ? truth : 'auto';
    console.error(`${l.file} (--exercise ${ex}) ...`);
    const { analysis, error, seconds } = analyzeClip(path.join(videos, l.file), ex);
    const found = analysis?.repCount ?? null;
    const ok = found === Number(l.reps) && (analysis?.exercise === truth);
    const note = error ?? (analysis?.viewWarnings ?? []).join(' ').slice(0, 140);
    lines.push(`| ${l.file} | ${l.view} | ${truth} | ${analysis?.exercise ?? '—'} | ${found ?? '—'} | ${l.reps} | ${ok ? 'yes' : 'no'} | ${groundNote(analysis)} | ${note} (${seconds.toFixed(0)} s) |`);
  }
  const table = lines.join('\n');
  console.log(table);
  if (writeTo) fs.writeFileSync(path.resolve(repoRoot, writeTo), `# Real clips: rep counts vs labels\n\nMade by \`npx tsx tools/eval/clips-report.ts --exercise ${mode}\` on ${new Date().toISOString().slice(0, 10)} (WASM, MoveNet Lightning, shipped lifter).\n\n${table}\n`);
}

main(process.argv.slice(2));
