/** Argument parsing for `npm run sync` (pure). */
import { ArgError } from './args';
import type { CameraSetup, SyncMethod } from '../../src/multiview/sync';

export const SYNC_USAGE = 'usage: npm run sync -- <a> <b> [--method score|pose|flow|both|all] [--setup box|line] [--json] [--backend wasm|webgl|webgpu]\n'
  + '  prints how much later an event appears in b than in a (offsetS); "both" = the article\'s two (score, flow); default all, the most confident wins';

export interface SyncArgs {
  a: string;
  b: string;
  methods: SyncMethod[];
  setup: CameraSetup;
  json: boolean;
  backend: 'wasm' | 'webgl' | 'webgpu' | null;
}

const METHODS: Record<string, SyncMethod[]> = { score: ['score'], pose: ['pose'], flow: ['flow'], both: ['score', 'flow'], all: ['score', 'pose', 'flow'] };

export function parseSyncArgs(argv: readonly string[]): SyncArgs | 'help' {
  const files: string[] = [];
  const a: Omit<SyncArgs, 'a' | 'b'> = { methods: METHODS.all, setup: 'box', json: false, backend: null };
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i].startsWith('--') && argv[i].includes('=') ? argv[i].split(/=(.*)/s) : [argv[i], undefined];
    const value = () => inline ?? argv[++i];
    switch (flag) {
      case '-h': case '--help': return 'help';
      case '--json': a.json = true; break;
      case '--method': {
        const v = value();
        if (!v || !(v in METHODS)) throw new ArgError(`--method must be one of ${Object.keys(METHODS).join('|')}, got '${v ?? ''}'`);
        a.methods = METHODS[v];
        break;
      }
      case '--setup': {
        const v = value();
        if (v !== 'box' && v !== 'line') throw new ArgError(`--setup must be box or line, got '${v ?? ''}'`);
        a.setup = v;
        break;
      }
      case '--backend': {
        const v = value();
        if (v !== 'wasm' && v !== 'webgl' && v !== 'webgpu') throw new ArgError(`--backend must be one of wasm|webgl|webgpu, got '${v ?? ''}'`);
        a.backend = v;
        break;
      }
      default:
        if (flag.startsWith('-')) throw new ArgError(`unknown option '${flag}'`);
        files.push(flag);
    }
  }
  if (files.length !== 2) throw new ArgError(`two videos are needed (got ${files.length})`);
  return { a: files[0], b: files[1], ...a };
}
