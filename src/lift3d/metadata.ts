/** coach-lifter/1 model metadata and manifest (docs/lifter.md, "Runtime"), with validation. */
export interface LifterManifest { offline: string; live: string; models: string[] }

export interface LifterMetadata {
  id: string;
  format: 'coach-lifter/1';
  joints2d: 'coco17';
  joints3d: 'h36m17';
  filterWidths: number[];
  receptiveField: number;
  causal: boolean;
  causalShift: number;
  pad: number;
  channels: number;
  inputChannels: number;
  input: { name: string; shape: (string | number)[]; normalisation: string };
  minScore: number;
  outputs: { pose3d: { name: string }; root?: { name: string }; up?: { name: string }; upSigmaDeg?: { name: string } };
  training?: Record<string, unknown>;
  metrics?: { mpjpeMm: number | null; pmpjpeMm: number | null; byView: Record<string, number> };
}

/** Receptive field from filter widths (VideoPose3D `TemporalModel.receptive_field`). */
export function receptiveFieldOf(filterWidths: readonly number[]): number {
  let rf = 1;
  let dilation = 1;
  for (const w of filterWidths) { rf += (w - 1) * dilation; dilation *= w; }
  return rf;
}

/** Checks a parsed metadata object; throws a readable message naming the bad field. */
export function validateMetadata(m: unknown): LifterMetadata {
  const meta = m as LifterMetadata;
  const fail = (why: string) => { throw new Error(`lifter metadata ${meta?.id ?? '?'}: ${why}`); };
  if (!meta || meta.format !== 'coach-lifter/1') fail(`format must be 'coach-lifter/1' (got ${String(meta?.format)})`);
  if (meta.joints2d !== 'coco17' || meta.joints3d !== 'h36m17') fail('expects coco17 → h36m17 joints');
  if (!Array.isArray(meta.filterWidths)) fail('filterWidths missing');
  const rf = receptiveFieldOf(meta.filterWidths);
  if (rf !== meta.receptiveField) fail(`receptiveField ${meta.receptiveField} does not match filterWidths (→ ${rf})`);
  if (meta.pad !== (rf - 1) / 2) fail(`pad ${meta.pad} should be ${(rf - 1) / 2}`);
  if (meta.causalShift !== (meta.causal ? meta.pad : 0)) fail(`causalShift ${meta.causalShift} inconsistent with causal=${meta.causal}`);
  if (meta.inputChannels !== 3) fail('inputChannels must be 3 (x, y, score)');
  return meta;
}
