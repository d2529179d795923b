/** Seeded PRNG (mulberry32, Tommy Ettinger's public-domain generator) and sampling helpers, shared by
 * test fixtures, synthetic training data and the lifter evaluation (same seed → same numbers). */
export interface Rng {
  (): number;
  /** Uniform in [a, b). */
  uniform(a: number, b: number): number;
  int(a: number, bInclusive: number): number;
  pick<T>(xs: readonly T[]): T;
  normal(): number;
}

export function makeRng(seed: number): Rng {
  let s = seed >>> 0;
  const next = () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const rng = next as Rng;
  rng.uniform = (a, b) => a + (b - a) * next();
  rng.int = (a, b) => a + Math.floor(next() * (b - a + 1));
  rng.pick = (xs) => xs[Math.floor(next() * xs.length)];
  rng.normal = () => Math.sqrt(-2 * Math.log(next() + 1e-12)) * Math.cos(2 * Math.PI * next());
  return rng;
}
