import { describe, expect, it } from 'vitest';
import { isStallError, scaledLimits, Watchdog, type WatchdogClock } from './watchdog';

/** A manual clock: `advance(ms)` fires the timers that are due. */
function manualClock() {
  let now = 0;
  let timers: { at: number; fn: () => void; id: number }[] = [];
  let next = 1;
  const clock: WatchdogClock = {
    setTimeout: (fn, ms) => { const id = next++; timers.push({ at: now + ms, fn, id }); return id; },
    clearTimeout: (id) => { timers = timers.filter((t) => t.id !== id); },
  };
  const advance = (ms: number) => {
    now += ms;
    const due = timers.filter((t) => t.at <= now);
    timers = timers.filter((t) => t.at > now);
    due.forEach((t) => t.fn());
  };
  return { clock, advance };
}

const never = <T>() => new Promise<T>(() => undefined);

describe('Watchdog', () => {
  it('fails a stage that makes no progress, naming the stage and the file', async () => {
    const { clock, advance } = manualClock();
    const wd = new Watchdog(scaledLimits(10), clock);
    wd.enter('decode');
    wd.context = 'AV1 video, 1080×1920';
    const p = wd.guard(never());
    advance(9_999);
    advance(1);
    const e = await p.catch((x: unknown) => x);
    expect(isStallError(e)).toBe(true);
    expect(e).toMatchObject({ stage: 'decode', kind: 'stalled' });
    expect((e as Error).message).toMatch(/while decoding the video \(nothing happened for 10 s; AV1 video, 1080×1920\)\..*Most Compatible/);
    expect(wd.signal.aborted).toBe(true);
  });

  it('kicks restart the timer; progress never stalls', async () => {
    const { clock, advance } = manualClock();
    const wd = new Watchdog(scaledLimits(10), clock);
    wd.enter('detect');
    for (let i = 0; i < 20; i++) { advance(9_000); wd.kick(); }
    expect(wd.error).toBeNull();
    wd.stop();
    advance(60_000);
    expect(wd.error).toBeNull();
  });

  it('iterates a generator and fails when it stops yielding', async () => {
    const { clock, advance } = manualClock();
    const wd = new Watchdog(scaledLimits(5), clock);
    wd.enter('decode');
    async function* gen() { yield 1; yield 2; await never(); }
    const got: number[] = [];
    const run = (async () => { for await (const v of wd.iterate(gen())) got.push(v); })();
    await new Promise((r) => setTimeout(r, 0));
    advance(5_000);
    await expect(run).rejects.toMatchObject({ name: 'StallError', stage: 'decode' });
    expect(got).toEqual([1, 2]);
  });

  it('uses per-stage defaults, all ≤ 30 s', () => {
    expect(Math.max(...Object.values(scaledLimits(null)))).toBeLessThanOrEqual(30);
    expect(scaledLimits(3).decode).toBe(3);
  });
});
