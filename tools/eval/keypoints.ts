/**
 * 2D keypoint accuracy of the app's detector on COCO-format images:
 *   npm run eval:keypoints -- --coco <annotations.json> --images <dir> [--json] [--backend wasm|webgl|webgpu] [--model lightning|thunder]
 *   npm run eval:keypoints -- --truth <file> (--video <clip> | --result <r.json>) [--json]   (videos: tools/eval/lib/video-keypoints.ts)
 * Runs MoveNet in headless Chromium through the app page (same detector code as the app), matches
 * detections to annotated people and prints {images, persons, matched, pckh05, pck02, perJoint}
 * (src/eval/coco.ts; the Intel 3DAT article's null handling). Exit 2 on bad input.
 */
import fs from 'node:fs';
import path from 'node:path';
import { ArgError } from '../../scripts/lib/args';
import { InputError, runCli } from '../../scripts/lib/cli';
import { launchChromium, startPreview } from '../../scripts/lib/browser';
import { ensureBuilt } from '../../scripts/lib/build';
import { repoRoot } from '../../scripts/lib/video-fixtures';
import { evaluateCoco, parseCoco, type CocoFile } from '../../src/eval/coco';
import type { Pt } from '../../src/eval/keypoints';
import { errorMessage } from '../../src/core/errors';
import { COCO_JOINTS } from '../../src/core/skeleton';
import { parseVideoArgs, runVideoEval, VIDEO_USAGE } from './lib/video-keypoints';

const USAGE = 'usage: npm run eval:keypoints -- --coco <annotations.json> --images <dir> [--json] [--backend wasm|webgl|webgpu] [--model lightning|thunder] [--min-score 0.2]\n' + VIDEO_USAGE;
const log = (s: string) => process.stderr.write(`${s}\n`);

interface Args { coco: string; images: string; json: boolean; backend: 'wasm' | 'webgl' | 'webgpu' | undefined; model: 'movenet-lightning' | 'movenet-thunder'; minScore: number }

function parse(argv: string[]): Args | 'help' {
  const a: Partial<Args> = { json: false, model: 'movenet-lightning', minScore: 0.2 };
  for (let i = 0; i < argv.length; i++) {
    const v = () => { const x = argv[++i]; if (x === undefined) throw new ArgError(`${argv[i - 1]} needs a value`); return x; };
    switch (argv[i]) {
      case '-h': case '--help': return 'help';
      case '--coco': a.coco = v(); break;
      case '--images': a.images = v(); break;
      case '--json': a.json = true; break;
      case '--backend': { const b = v(); if (b !== 'wasm' && b !== 'webgl' && b !== 'webgpu') throw new ArgError(`--backend must be wasm|webgl|webgpu`); a.backend = b; break; }
      case '--model': { const m = v(); if (m !== 'lightning' && m !== 'thunder') throw new ArgError('--model must be lightning|thunder'); a.model = `movenet-${m}`; break; }
      case '--min-score': a.minScore = Number(v()); if (!(a.minScore >= 0 && a.minScore <= 1)) throw new ArgError('--min-score must be 0..1'); break;
      default: throw new ArgError(`unknown argument '${argv[i]}'`);
    }
  }
  if (!a.coco || !a.images) throw new ArgError('--coco and --images are required');
  return a as Args;
}

async function run(argv: string[]): Promise<number> {
  if (argv.includes('-h') || argv.includes('--help')) { log(USAGE); return 0; }
  if (['--truth', '--video', '--result'].some((f) => argv.includes(f))) return runVideoEval(parseVideoArgs(argv), log);
  const args = parse(argv);
  if (args === 'help') { log(USAGE); return 0; }
  if (!fs.existsSync(args.coco)) throw new ArgError(`no such file: ${args.coco}`);
  let coco: CocoFile;
  try {
    coco = parseCoco(JSON.parse(fs.readFileSync(args.coco, 'utf8')));
  } catch (e) {
    throw new InputError(errorMessage(e)); // not JSON, or not a COCO keypoints file
  }
  ensureBuilt(repoRoot, log);
  const { server, url } = await startPreview(repoRoot);
  const browser = await launchChromium();
  const detections = new Map<number, Pt[][]>();
  try {
    const page = await browser.newPage({ serviceWorkers: 'block' }); // the PWA's offline cache is for people, not for one-off CLI runs
    await page.goto(url);
    await page.waitForFunction(() => window.__coach !== undefined);
    for (const im of coco.images) {
      const file = path.join(args.images, im.file_name);
      if (!fs.existsSync(file)) { log(`missing image ${im.file_name}: its people count as missed`); continue; }
      const b64 = fs.readFileSync(file).toString('base64');
      const persons = await page.evaluate(async ({ b64, opts }) => {
        const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
        return window.__coach!.detectImage(bytes.buffer, opts);
      }, { b64, opts: { backend: args.backend, model: args.model } });
      // Joints below the confidence cut count as "not found", as the app treats them.
      detections.set(im.id, persons.map((p) => p.keypoints2d.map(([x, y, s]) => (s >= args.minScore ? [x, y] : null))));
    }
  } finally {
    await browser.close();
    await server.close();
  }
  const r = evaluateCoco(coco, detections);
  const round = (x: number) => (Number.isFinite(x) ? Math.round(x * 1e4) / 1e4 : null);
  const out = { ...r, pckh05: round(r.pckh05), pck02: round(r.pck02), perJoint: Object.fromEntries(COCO_JOINTS.map((n, j) => [n, round(r.perJoint[j])])) };
  if (args.json) process.stdout.write(JSON.stringify(out) + '\n');
  else {
    log(`${r.images} images, ${r.persons} people, ${r.matched} matched`);
    log(`PCKh@0.5 ${(100 * r.pckh05).toFixed(1)} %   PCK@0.2 ${(100 * r.pck02).toFixed(1)} %`);
    for (const [n, v] of Object.entries(out.perJoint)) log(`  ${n.padEnd(15)} ${v === null ? '—' : `${(100 * v).toFixed(1)} %`}`);
  }
  return 0;
}

runCli(run, USAGE);
