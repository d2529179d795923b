/** Argument parsing for `npm run analyze` (pure). */

export type CliBackend = 'wasm' | 'webgl' | 'webgpu';
export type CliModel = 'lightning' | 'thunder';
export type CliExercise = 'squat' | 'deadlift' | 'auto';

export interface AnalyzeArgs {
  video: string;
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
}

export const USAGE = 'usage: npm run analyze -- <video> [--out result.json] [--backend wasm|webgl|webgpu] [--model lightning|thunder] [--exercise squat|deadlift|auto] [--3d|--no-3d] [--element-source] [--stall-timeout seconds]';

export class ArgError extends Error {}

function oneOf<T extends string>(flag: string, v: string | undefined, allowed: readonly T[]): T {
  if (v === undefined) throw new ArgError(`${flag} needs a value (${allowed.join('|')})`);
  if (!(allowed as readonly string[]).includes(v)) throw new ArgError(`${flag} must be one of ${allowed.join('|')}, got '${v}'`);
  return v as T;
}

/** Parses argv (without node and script). Returns 'help' for -h/--help. Throws ArgError. */
export function parseAnalyzeArgs(argv: readonly string[]): AnalyzeArgs | 'help' {
  const a: Partial<AnalyzeArgs> = { out: null, backend: null, model: 'lightning', elementSource: false, lift3d: null, exercise: 'auto', stallTimeoutS: null };
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
      case '--stall-timeout': {
        const v = Number(value());
        if (!(v > 0 && v <= 600)) throw new ArgError('--stall-timeout needs a number of seconds (1–600)');
        a.stallTimeoutS = v;
        break;
      }
      case '--3d': a.lift3d = true; break;
      case '--no-3d': a.lift3d = false; break;
      default:
        if (flag.startsWith('-')) throw new ArgError(`unknown option '${flag}'`);
        if (a.video) throw new ArgError(`only one video at a time (got '${a.video}' and '${flag}')`);
        a.video = flag;
    }
  }
  if (!a.video) throw new ArgError('no video file given');
  return a as AnalyzeArgs;
}
