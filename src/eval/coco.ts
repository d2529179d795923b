/**
 * COCO-format keypoint evaluation (the `npm run eval:keypoints` report): annotated people matched to
 * detections per image, then PCKh@0.5 and PCK@0.2 with the null handling of src/eval/keypoints.ts.
 * Coordinates in image pixels. An annotation may carry an MPII-style `head_box` [x1, y1, x2, y2];
 * without it the head size comes from the face keypoints (headSizeFromFace).
 */
import { addPck, emptyCounts, headSizeFromFace, matchPeople, pckRates, torsoDiameter, type Pt } from './keypoints';

export interface CocoImage { id: number; file_name: string }
export interface CocoAnnotation { image_id: number; keypoints: number[]; bbox?: number[]; head_box?: number[] }
export interface CocoFile { images: CocoImage[]; annotations: CocoAnnotation[] }

/** Validates a parsed COCO keypoints file (17 × [x, y, v] per annotation); throws with a readable message. */
export function parseCoco(json: unknown): CocoFile {
  const o = json as Partial<CocoFile> | null;
  if (!o || !Array.isArray(o.images) || !Array.isArray(o.annotations)) throw new Error('not a COCO keypoints file: needs "images" and "annotations" arrays');
  o.images.forEach((im, i) => {
    if (typeof im?.id !== 'number' || typeof im.file_name !== 'string') throw new Error(`images[${i}] needs a numeric id and a file_name`);
  });
  o.annotations.forEach((a, i) => {
    if (typeof a?.image_id !== 'number') throw new Error(`annotations[${i}] needs an image_id`);
    if (!Array.isArray(a.keypoints) || a.keypoints.length !== 51 || !a.keypoints.every(Number.isFinite)) throw new Error(`annotations[${i}].keypoints must be 17 × [x, y, v] numbers`);
  });
  return o as CocoFile;
}

/** COCO keypoints → 17 points, null where v = 0 (not labelled). */
export function cocoJoints(kp: readonly number[]): Pt[] {
  return Array.from({ length: 17 }, (_, j) => (kp[3 * j + 2] > 0 ? [kp[3 * j], kp[3 * j + 1]] : null));
}

export interface KeypointReport {
  images: number;
  persons: number;
  matched: number;
  /** Mean over joints of the per-joint rate (the article's summary); NaN when nothing was labelled. */
  pckh05: number;
  pck02: number;
  /** Per COCO joint, PCKh@0.5 (NaN for joints never labelled). */
  perJoint: number[];
  /** People PCKh could not score (no head box and no face points) / PCK@0.2 (no torso points). */
  noHeadSize: number;
  noTorso: number;
}

/** Detections per image id: each a 17-point prediction in image pixels (null = joint not found). */
export type Detections = ReadonlyMap<number, readonly (readonly Pt[])[]>;

export function evaluateCoco(coco: CocoFile, detections: Detections): KeypointReport {
  const head = emptyCounts(17);
  const torso = emptyCounts(17);
  let persons = 0, matched = 0, noHeadSize = 0, noTorso = 0;
  for (const im of coco.images) {
    const anns = coco.annotations.filter((a) => a.image_id === im.id && a.keypoints.some((_, i) => i % 3 === 2 && a.keypoints[i] > 0));
    const truth = anns.map((a) => cocoJoints(a.keypoints));
    const preds = detections.get(im.id) ?? [];
    const scale = anns.map((a, i) => (a.bbox ? Math.hypot(a.bbox[2], a.bbox[3]) : torsoDiameter(truth[i]) ?? 1));
    const match = matchPeople(truth, scale, preds);
    truth.forEach((g, i) => {
      persons++;
      const pred = match[i] >= 0 ? preds[match[i]] : null;
      if (pred) matched++;
      const hb = anns[i].head_box;
      const h = hb && hb.length === 4 ? Math.hypot(hb[2] - hb[0], hb[3] - hb[1]) : headSizeFromFace(g);
      if (h) addPck(head, g, pred, 0.5 * h); else noHeadSize++;
      const t = torsoDiameter(g);
      if (t) addPck(torso, g, pred, 0.2 * t); else noTorso++;
    });
  }
  const h = pckRates(head);
  return { images: coco.images.length, persons, matched, pckh05: h.mean, pck02: pckRates(torso).mean, perJoint: h.perJoint, noHeadSize, noTorso };
}
