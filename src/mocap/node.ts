/** Node-only file access for the mocap loader: finds clips on disk and loads them. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { parseAmc } from './amc';
import { parseAsf, type AsfSkeleton } from './asf';
import { buildClip, type ClipOptions, type MocapClip } from './clip';

export type { MocapClip } from './clip';

export interface MocapClipRef { amcPath: string; asfPath: string; subject: string }

/** Subject id from a clip folder: '<parent folder>_<folder>', e.g. cmu/13 → 'cmu_13', hdm05/bd → 'hdm05_bd'. */
export function subjectOf(folder: string): string {
  const abs = path.resolve(folder);
  return `${path.basename(path.dirname(abs))}_${path.basename(abs)}`;
}

function asfIn(dir: string): string {
  const asfs = readdirSync(dir).filter((f) => f.toLowerCase().endsWith('.asf'));
  if (asfs.length !== 1) throw new Error(`mocap folder ${dir} must hold exactly one .asf skeleton (found ${asfs.length})`);
  return path.join(dir, asfs[0]);
}

/** Recursively finds every .amc with the one .asf of its folder; sorted by path. */
export function findMocapClips(root: string): MocapClipRef[] {
  if (!statSync(root, { throwIfNoEntry: false })?.isDirectory()) throw new Error(`mocap folder not found: ${root}`);
  const out: MocapClipRef[] = [];
  const walk = (dir: string) => {
    const entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name));
    const amcs = entries.filter((e) => e.isFile() && e.name.toLowerCase().endsWith('.amc'));
    if (amcs.length) {
      const asfPath = asfIn(dir);
      for (const a of amcs) out.push({ amcPath: path.join(dir, a.name), asfPath, subject: subjectOf(dir) });
    }
    for (const e of entries) if (e.isDirectory()) walk(path.join(dir, e.name));
  };
  walk(root);
  return out;
}

const asfCache = new Map<string, AsfSkeleton>();

/** Parses (and caches) an ASF file. Files are read as latin1 (HDM05 comments hold Latin-1 bytes). */
export function loadAsf(asfPath: string): AsfSkeleton {
  let skel = asfCache.get(asfPath);
  if (!skel) { skel = parseAsf(readFileSync(asfPath, 'latin1')); asfCache.set(asfPath, skel); }
  return skel;
}

/** Loads one AMC clip with the .asf of its folder; startFrame/endFrame are 1-based 120 fps frames. */
export function loadMocapClip(amcPath: string, opts?: ClipOptions): MocapClip {
  const dir = path.dirname(amcPath);
  const motion = parseAmc(readFileSync(amcPath, 'latin1'));
  const name = path.basename(amcPath).replace(/\.amc$/i, '');
  return buildClip(name, subjectOf(dir), loadAsf(asfIn(dir)), motion, opts);
}

/** The shared data folder: env COACH_SHARED_DIR, else `<repo>/../shared`. */
export function sharedDir(): string {
  const repoRoot = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../..');
  return process.env.COACH_SHARED_DIR ?? path.resolve(repoRoot, '../shared');
}
