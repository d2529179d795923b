/**
 * Acclaim AMC motion parser (CMU / HDM05). Skips '#' comment lines (HDM05's first line has a
 * Latin-1 byte) and ':' keywords. Values are stored per bone as frames × dof arrays.
 */
export interface AmcMotion {
  frameCount: number;
  /** Bone name → Float64Array(frameCount × dofCount), in AMC column order (degrees / ASF units). */
  channels: Map<string, Float64Array>;
  /** Bone name → number of values per frame. */
  dofCount: Map<string, number>;
}

/** Parses AMC text. Throws with the line number on malformed frames. */
export function parseAmc(text: string): AmcMotion {
  const acc = new Map<string, number[]>();
  const dofCount = new Map<string, number>();
  let frameCount = 0;
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i].trim();
    if (!line || line[0] === '#' || line[0] === ':') continue;
    const parts = line.split(/\s+/);
    if (parts.length === 1 && /^\d+$/.test(parts[0])) { frameCount++; continue; }
    if (frameCount === 0) throw new Error(`AMC line ${i + 1}: bone values before the first frame number`);
    const name = parts[0];
    const n = parts.length - 1;
    if (!dofCount.has(name)) { dofCount.set(name, n); acc.set(name, []); }
    if (dofCount.get(name) !== n) throw new Error(`AMC line ${i + 1}: '${name}' has ${n} values, expected ${dofCount.get(name)}`);
    const arr = acc.get(name)!;
    for (let k = 1; k <= n; k++) {
      const v = Number(parts[k]);
      if (!Number.isFinite(v)) throw new Error(`AMC line ${i + 1}: '${parts[k]}' is not a number`);
      arr.push(v);
    }
  }
  if (frameCount === 0) throw new Error('AMC: no frames found (is this an .amc file?)');
  const channels = new Map<string, Float64Array>();
  for (const [name, arr] of acc) {
    if (arr.length !== frameCount * dofCount.get(name)!) throw new Error(`AMC: bone '${name}' is missing in some frames`);
    channels.set(name, Float64Array.from(arr));
  }
  return { frameCount, channels, dofCount };
}
