/**
 * Our own 2D detector adapter (src/pose2d), raced on the same frames as the peers. Resolved lazily with
 * import.meta.glob so the bench builds before the adapter lands; returns null with a reason until then.
 */
import type { Runner } from './runners';
import type { Backend } from './harness';

const modules = import.meta.glob('../../src/pose2d/index.ts');

export async function oursDetector(_backend: Backend, skipped: Record<string, string>): Promise<Runner | null> {
  const load = modules['../../src/pose2d/index.ts'];
  if (!load) { skipped.ours = 'src/pose2d/index.ts not present (foundation not landed)'; return null; }
  skipped.ours = 'src/pose2d present but bench adapter not wired yet';
  return null;
}
