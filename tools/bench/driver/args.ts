/** Command-line options of `npm run bench` (pure parsing; errors are one-line human messages). */

export type Backend = 'wasm' | 'webgl' | 'webgpu';
export const ALL_BACKENDS: readonly Backend[] = ['wasm', 'webgl', 'webgpu'];
export const ALL_SUITES = ['race', 'pipeline', 'lifter', 'live', 'cold', 'longclip'] as const;
export type Suite = (typeof ALL_SUITES)[number];

export interface BenchArgs {
  clip: string | null;
  json: boolean;
  backends: Backend[];
  runs: number;
  warmup: number;
  /** Frames of the clip per detector run (from the start); 0 = whole clip. */
  frames: number;
  suites: Suite[];
  /** Minutes of the generated long clip for the heap run. */
  longMinutes: number;
  /** Per detector and round, stop after this many seconds (≥ 5 frames): bounds slow peers/backends. */
  budgetS: number;
  /** Seconds the live loop runs per measurement. */
  liveSeconds: number;
  mode: 'dev' | 'preview';
  /** Folder with a lifter manifest.json + models to bench instead of public/models/lifter. */
  lifterModels: string | null;
  /** CPU-profile the e2e run: a .cpuprofile path, '' for the summary only, null for no profile. */
  profile: string | null;
  /** Write docs/benchmarks.md (default true; --no-docs to skip). */
  docs: boolean;
  /** Render the table/docs from a saved `--json` result instead of running. */
  fromJson: string | null;
  help: boolean;
}

export const USAGE = `usage: npm run bench -- [--clip <video>] [--json] [--backends wasm,webgl,webgpu] [--runs N]
  [--warmup N] [--frames N] [--suites race,pipeline,lifter,live,cold,longclip] [--long-minutes M]
  [--live-seconds S] [--budget-s S] [--lifter-models <dir>] [--profile [file.cpuprofile]] [--dev] [--no-docs] [--from-json result.json]`;

function positiveInt(flag: string, v: string | undefined, allowZero = false): number {
  const n = Number(v);
  if (v === undefined || !Number.isInteger(n) || n < (allowZero ? 0 : 1)) throw new Error(`${flag} needs a ${allowZero ? 'non-negative' : 'positive'} integer, got ${v ?? 'nothing'}`);
  return n;
}

function list<T extends string>(flag: string, v: string | undefined, allowed: readonly T[]): T[] {
  if (!v) throw new Error(`${flag} needs a comma-separated list of: ${allowed.join(', ')}`);
  const items = v.split(',').map((s) => s.trim()).filter(Boolean);
  for (const it of items) if (!allowed.includes(it as T)) throw new Error(`${flag}: unknown "${it}" (expected ${allowed.join(', ')})`);
  return [...new Set(items)] as T[];
}

export function parseBenchArgs(argv: readonly string[]): BenchArgs {
  const a: BenchArgs = { clip: null, json: false, backends: ['wasm'], runs: 5, warmup: 10, frames: 90,
    suites: [...ALL_SUITES], longMinutes: 10, budgetS: 20, liveSeconds: 10, mode: 'preview', lifterModels: null, profile: null, docs: true, fromJson: null, help: false };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i];
    const val = () => argv[++i];
    switch (flag) {
      case '--clip': a.clip = val() ?? null; if (!a.clip) throw new Error('--clip needs a path'); break;
      case '--json': a.json = true; break;
      case '--backends': case '--backend': a.backends = list(flag, val(), ALL_BACKENDS); break;
      case '--runs': a.runs = positiveInt(flag, val()); break;
      case '--warmup': a.warmup = positiveInt(flag, val(), true); break;
      case '--frames': a.frames = positiveInt(flag, val(), true); break;
      case '--suites': a.suites = list(flag, val(), ALL_SUITES); break;
      case '--long-minutes': a.longMinutes = positiveInt(flag, val()); break;
      case '--live-seconds': a.liveSeconds = positiveInt(flag, val()); break;
      case '--budget-s': a.budgetS = positiveInt(flag, val()); break;
      case '--dev': a.mode = 'dev'; break;
      case '--profile': a.profile = argv[i + 1] && !argv[i + 1].startsWith('--') ? val() : ''; break;
      case '--lifter-models': a.lifterModels = val() ?? null; if (!a.lifterModels) throw new Error('--lifter-models needs a folder'); break;
      case '--no-docs': a.docs = false; break;
      case '--from-json': a.fromJson = val() ?? null; if (!a.fromJson) throw new Error('--from-json needs a file'); break;
      case '-h': case '--help': a.help = true; break;
      default: throw new Error(`unknown option ${flag}\n${USAGE}`);
    }
  }
  return a;
}
