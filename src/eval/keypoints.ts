/**
 * Keypoint accuracy against ground truth, following the Intel 3DAT article's null handling
 * (../shared/references/athlete-tracking-3dat.txt): unlabelled ground-truth joints are skipped, and a
 * labelled joint with no prediction (person missed, frame without a result) counts as incorrect.
 *   PCKh@0.5 — correct when the error is < 0.5 × the head-box diagonal (the article's head-bone link).
 *   PCK@0.2  — correct when the error is < 0.2 × the torso diameter (left shoulder → right hip).
 *   3DPCK@150 mm, MPJPE — over the joints both sides have (missing predictions are counted apart,
 *   instead of the article's zero-vector insertion, whose error depends on where the origin is).
 * Units: whatever the inputs use (px for 2D images/videos, mm or m for 3D, said by the caller).
 */

/** A point in 2D or 3D; null = not labelled (ground truth) or not predicted. */
export type Pt = readonly number[] | null;

/** One annotated person: joints in a fixed order, and the sizes the thresholds scale by. */
export interface TruthPerson {
  joints: readonly Pt[];
  /** Head-box diagonal (same unit as the joints), or null when unknown (PCKh skips the person). */
  headSize: number | null;
}

export interface PckCounts {
  /** Labelled joints checked, per joint index. */
  labelled: number[];
  /** Of those, predicted within the threshold. */
  correct: number[];
}

const dist = (a: readonly number[], b: readonly number[]) => Math.hypot(...a.map((v, i) => v - b[i]));

export function emptyCounts(n: number): PckCounts {
  return { labelled: new Array(n).fill(0), correct: new Array(n).fill(0) };
}

/** Adds one (truth, prediction) pair to PCK counts with a per-person threshold; prediction null = person missed. */
export function addPck(c: PckCounts, truth: readonly Pt[], pred: readonly Pt[] | null, threshold: number): void {
  truth.forEach((g, j) => {
    if (!g) return;
    c.labelled[j]++;
    const p = pred?.[j];
    if (p && dist(g, p) < threshold) c.correct[j]++;
  });
}

/** Per-joint rate (NaN for joints never labelled) and the article's summary: mean over joints of c/b. */
export function pckRates(c: PckCounts): { perJoint: number[]; mean: number } {
  const perJoint = c.labelled.map((b, j) => (b > 0 ? c.correct[j] / b : NaN));
  const seen = perJoint.filter((v) => Number.isFinite(v));
  return { perJoint, mean: seen.length ? seen.reduce((s, v) => s + v, 0) / seen.length : NaN };
}

/** Torso diameter (left shoulder → right hip, else right shoulder → left hip) in COCO-17 order; null when unlabelled. */
export function torsoDiameter(joints: readonly Pt[]): number | null {
  const [ls, rs, lh, rh] = [joints[5], joints[6], joints[11], joints[12]];
  if (ls && rh) return dist(ls, rh);
  if (rs && lh) return dist(rs, lh);
  return null;
}

/**
 * Head size of a COCO person without a head box: the diagonal of a square as wide as the head, our
 * stand-in for the article's head box; null without face points. The width is the largest of the ear
 * span, twice the eye span and twice the nose → ear distance: in a profile view the ears and eyes
 * overlap and only the nose → ear distance (half the head's length) keeps the head's size.
 */
export function headSizeFromFace(joints: readonly Pt[]): number | null {
  const [nose, le, re, lear, rear] = [joints[0], joints[1], joints[2], joints[3], joints[4]];
  const width = Math.max(lear && rear ? dist(lear, rear) : 0, le && re ? 2 * dist(le, re) : 0,
    ...[lear, rear].map((e) => (nose && e ? 2 * dist(nose, e) : 0)));
  return width > 0 ? width * Math.SQRT2 : null;
}

export interface MpjpeCounts {
  sum: number[];
  n: number[];
  /** Labelled joints without a prediction. */
  missing: number;
  /** 3DPCK@threshold counts (correct / compared). */
  within: number;
}

export function addMpjpe(c: MpjpeCounts, truth: readonly Pt[], pred: readonly Pt[] | null, pckThreshold = 150): void {
  truth.forEach((g, j) => {
    if (!g) return;
    const p = pred?.[j];
    if (!p) { c.missing++; return; }
    const e = dist(g, p);
    c.sum[j] += e;
    c.n[j]++;
    if (e < pckThreshold) c.within++;
  });
}

export function emptyMpjpe(n: number): MpjpeCounts {
  return { sum: new Array(n).fill(0), n: new Array(n).fill(0), missing: 0, within: 0 };
}

/** MPJPE per joint and overall (mean over compared joints), and the share within the 3DPCK threshold. */
export function mpjpeOf(c: MpjpeCounts): { perJoint: number[]; mean: number; pck: number; compared: number; missing: number } {
  const compared = c.n.reduce((s, v) => s + v, 0);
  return {
    perJoint: c.sum.map((s, j) => (c.n[j] ? s / c.n[j] : NaN)),
    mean: compared ? c.sum.reduce((s, v) => s + v, 0) / compared : NaN,
    pck: compared + c.missing ? c.within / (compared + c.missing) : NaN,
    compared,
    missing: c.missing,
  };
}

/**
 * Greedy one-to-one matching of predictions to annotated people by mean distance over the joints
 * both have, scaled by the person's size (`scale[i]`); a pair farther than `maxScaled` is no match.
 * Returns, for each truth person, the index of its prediction or −1 (a missed person).
 */
export function matchPeople(truth: readonly (readonly Pt[])[], scale: readonly number[], preds: readonly (readonly Pt[])[], maxScaled = 0.5): number[] {
  const pairs: { t: number; p: number; d: number }[] = [];
  truth.forEach((g, t) => preds.forEach((pr, p) => {
    let s = 0, n = 0;
    g.forEach((q, j) => { if (q && pr[j]) { s += dist(q, pr[j]!); n++; } });
    if (n) pairs.push({ t, p, d: s / n / Math.max(1e-9, scale[t]) });
  }));
  pairs.sort((x, y) => x.d - y.d);
  const out = new Array(truth.length).fill(-1);
  const used = new Set<number>();
  for (const { t, p, d } of pairs) {
    if (d > maxScaled || out[t] >= 0 || used.has(p)) continue;
    out[t] = p;
    used.add(p);
  }
  return out;
}
