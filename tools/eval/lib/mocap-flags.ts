/** Command-line flags shared by the mocap evaluations (eval:lifter, eval:multiview). Pure, Node paths only. */
import path from 'node:path';
import type { MocapEvalBase } from '../../lifter/eval/evaluate';

/** Reads `--flag value` pairs and bare `--switch`es from argv (without node and script). */
export interface Flags {
  get(flag: string): string | undefined;
  /** The flag's value as a number; undefined when absent; throws on a value that is not a number. */
  num(flag: string): number | undefined;
  has(flag: string): boolean;
}

export function readFlags(argv: readonly string[]): Flags {
  const get = (flag: string) => { const i = argv.indexOf(flag); return i >= 0 ? argv[i + 1] : undefined; };
  return {
    get,
    num(flag) {
      const v = get(flag);
      if (v === undefined) return undefined;
      const n = Number(v);
      if (!Number.isFinite(n)) throw new Error(`${flag} needs a number, got '${v}'`);
      return n;
    },
    has: (flag) => argv.includes(flag),
  };
}

/** The options every mocap evaluation shares, from `--data --models --model --seed --subjects --fps --noise|--clean --threads`; throws `usage` without `--data`. */
export function mocapEvalFlags(f: Flags, usage: string): MocapEvalBase & { json: boolean; out?: string } {
  const data = f.get('--data');
  if (!data) throw new Error(usage);
  return {
    data: path.resolve(data),
    modelDir: path.resolve(f.get('--models') ?? 'public/models/lifter'),
    model: f.get('--model'),
    seed: f.num('--seed') ?? 1,
    subjects: f.get('--subjects')?.split(','),
    fps: f.num('--fps') ?? 30,
    noiseFrac: f.has('--clean') ? 0 : (f.num('--noise') ?? 0.015),
    threads: f.num('--threads') ?? 1,
    json: f.has('--json'),
    out: f.get('--out'),
  };
}
