/**
 * CPU profile of the page's main thread (CDP Profiler) around a bench call, summarised as the top
 * functions by self time. Work done in workers (tfjs WASM threads, the lifter) shows up on the main
 * thread only as waiting ("(idle)"/"(program)").
 */
import fs from 'node:fs';
import type { CDPSession, Page } from 'playwright-core';

interface ProfileNode { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; children?: number[] }
interface Profile { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[]; startTime: number; endTime: number }

export interface HotSpot { fn: string; where: string; selfMs: number; share: number }

export async function startProfile(page: Page): Promise<CDPSession> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 500 });
  await cdp.send('Profiler.start');
  return cdp;
}

export async function stopProfile(cdp: CDPSession, file: string | null): Promise<HotSpot[]> {
  const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: Profile };
  await cdp.detach().catch(() => undefined);
  if (file) fs.writeFileSync(file, JSON.stringify(profile));
  return hotSpots(profile);
}

/** Self time per function (summed over nodes with the same name and location), largest first. */
export function hotSpots(p: Profile, top = 15): HotSpot[] {
  const byId = new Map(p.nodes.map((n) => [n.id, n]));
  const self = new Map<string, number>();
  let total = 0;
  p.samples.forEach((id, i) => {
    const dt = (p.timeDeltas[i + 1] ?? 0) / 1000;
    const n = byId.get(id);
    if (!n) return;
    const where = n.callFrame.url ? `${n.callFrame.url.replace(/^https?:\/\/[^/]+/, '').replace(/\?.*$/, '')}:${n.callFrame.lineNumber + 1}` : '';
    const key = `${n.callFrame.functionName || '(anonymous)'}\u0000${where}`;
    self.set(key, (self.get(key) ?? 0) + dt);
    total += dt;
  });
  return [...self.entries()].sort((a, b) => b[1] - a[1]).slice(0, top)
    .map(([k, ms]) => { const [fn, where] = k.split('\u0000'); return { fn, where, selfMs: Math.round(ms), share: Math.round((ms / total) * 1000) / 10 }; });
}
