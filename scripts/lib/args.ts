/** Argument parsing for `npm run analyze` (pure). */

export type CliBackend = 'wasm' | 'webgl' | 'webgpu';
export type CliModel = 'lightning' | 'thunder';
export type CliExercise = 'squat' | 'deadlift' | 'auto';

export interface AnalyzeArgs {
  /** The first video (single-clip mode). */
  video: string;
  /** Every video given, in order (positional arguments, then the `--list` file's lines). */
  videos: string[];
  /** Batch mode: one `<name>.json` per clip plus `summary.csv` here; null = single-clip mode. */
  outDir: string | null;
  /** Clips analysed at once in batch mode (pages in the one browser). */
  jobs: number;
  /** Files listing more videos, one path per line (relative to the list file; `#` comments). */
  lists: string[];
  /** Output path; null = stdout. */
  out: string | null;
  backend: CliBackend | null;
  model: CliModel;
  /** Use the `<video>` fallback frame source instead of WebCodecs. */
  elementSource: boolean;
  /** Also run 3D lifting + analysis (true/false), or null = the app's default. */
  lift3d: boolean | null;
  /** Exercise for the analyzers; 'auto' detects it from the motion. */
  exercise: CliExercise;
  /** Seconds without progress before a stage counts as stalled (null = the app's per-stage defaults). */
  stallTimeoutS: number | null;
  /** 'all': every person in view is tracked and analysed (`people: [...]` in the result); default the athlete only. */
  people: 'athlete' | 'all';
}

export const USAGE = 'usage: npm run analyze -- <video> [--out result.json] [--backend wasm|webgl|webgpu] [--model lightning|thunder] [--exercise squat|deadlift|auto] [--3d|--no-3d] [--element-source] [--stall-timeout seconds] [--people all]\n'
  + '       npm run analyze -- <video>... [--list clips.txt] --out-dir <dir> [--jobs N] [same options]   (batch: one browser, one model load; skips clips already done)';

export class ArgError extends Error {}

function oneOf<T extends string>(flag: string, v: string | undefined, allowed: readonly T[]): T {
  if (v === undefined) throw new ArgError(`${flag} needs a value (${allowed.join('|')})`);
  if (!(allowed as readonly string[]).includes(v)) throw new ArgError(`${flag} must be one of ${allowed.join('|')}, got '${v}'`);
  return v as T;
}

/** Parses argv (without node and script). Returns 'help' for -h/--help. Throws ArgError. */
export function parseAnalyzeArgs(argv: readonly string[]): AnalyzeArgs | 'help' {
  const a: Partial<AnalyzeArgs> = { out: null, backend: null, model: 'lightning', elementSource: false, lift3d: null, exercise: 'auto', stallTimeoutS: null, outDir: null, jobs: 1, people: 'athlete' };
  const videos: string[] = [];
  const lists: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i].startsWith('--') && argv[i].includes('=') ? argv[i].split(/=(.*)/s) : [argv[i], undefined];
    const value = () => inline ?? argv[++i];
    switch (flag) {
      case '-h': case '--help': return 'help';
      case '-o': case '--out': { const v = value(); if (!v) throw new ArgError('--out needs a file path'); a.out = v; break; }
      case '--backend': a.backend = oneOf('--backend', value(), ['wasm', 'webgl', 'webgpu'] as const); break;
      case '--model': a.model = oneOf('--model', value(), ['lightning', 'thunder'] as const); break;
      case '--exercise': a.exercise = oneOf('--exercise', value(), ['squat', 'deadlift', 'auto'] as const); break;
      case '--element-source': a.elementSource = true; break;
      case '--people': a.people = oneOf('--people', value(), ['all', 'athlete'] as const); break;
      case '--stall-timeout': {
        const v = Number(value());
        if (!(v > 0 && v <= 600)) throw new ArgError('--stall-timeout needs a number of seconds (1–600)');
        a.stallTimeoutS = v;
        break;
      }
      case '--out-dir': { const v = value(); if (!v) throw new ArgError('--out-dir needs a folder'); a.outDir = v; break; }
      case '--list': { const v = value(); if (!v) throw new ArgError('--list needs a file with one video path per line'); lists.push(v); break; }
      case '--jobs': {
        const v = Number(value());
        if (!(Number.isInteger(v) && v >= 1 && v <= 8)) throw new ArgError('--jobs needs a whole number 1–8');
        a.jobs = v;
        break;
      }
      case '--3d': a.lift3d = true; break;
      case '--no-3d': a.lift3d = false; break;
      default:
        if (flag.startsWith('-')) throw new ArgError(`unknown option '${flag}'`);
        videos.push(flag);
    }
  }
  return finish(a, videos, lists);
}

/** Checks the combination of videos and outputs; `lists` are read by the caller (`readList`) and appended. */
function finish(a: Partial<AnalyzeArgs>, videos: string[], lists: string[]): AnalyzeArgs {
  if (videos.length === 0 && lists.length === 0) throw new ArgError('no video file given');
  if ((videos.length > 1 || lists.length > 0) && !a.outDir) throw new ArgError('several videos need --out-dir <folder> (one JSON per clip and summary.csv)');
  if (a.outDir && a.out) throw new ArgError('--out is for one video; with --out-dir each clip gets <folder>/<name>.json');
  return { ...(a as AnalyzeArgs), video: videos[0] ?? '', videos, lists };
}

/** The video paths a `--list` file names: one per line, relative to the file, blank lines and `#` comments skipped. */
export function parseList(text: string, listDir: string, join: (a: string, b: string) => string): string[] {
  return text.split(/\r?\n/).map((l) => l.trim()).filter((l) => l && !l.startsWith('#')).map((l) => (l.startsWith('/') ? l : join(listDir, l)));
}
