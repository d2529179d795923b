/**
 * Who is who across frames when several people are in view, and which of them is the athlete.
 * Tracking follows tfjs-models pose-detection `calculators/keypoint_tracker.ts`: greedy assignment of
 * detections to tracks by object keypoint similarity (OKS, COCO falloffs), box IoU when too few
 * keypoints are shared, new tracks for the unmatched, and tracks kept for `maxAgeMs` unseen so a person
 * who is briefly hidden (a crossing, an occlusion) keeps their id. Pure; pixels and milliseconds.
 */
import type { BoxPx, Frame2D, Person2D } from '../core/types';
import { COCO } from '../core/skeleton';

/** COCO keypoint falloffs σ (cocodataset.org keypoint evaluation), as tfjs-models' tracker uses. */
const COCO_SIGMAS = [0.026, 0.025, 0.025, 0.035, 0.035, 0.079, 0.079, 0.072, 0.072, 0.062, 0.062, 0.107, 0.107, 0.087, 0.087, 0.089, 0.089];

export interface TrackerOptions {
  /** A track not matched for longer than this is closed (tfjs-models default 1000 ms). */
  maxAgeMs: number;
  /** Below this similarity a detection starts a new track (tfjs-models default 0.15). */
  minSimilarity: number;
  /** Keypoints below this score are not compared (tfjs-models default 0.3). */
  keypointThreshold: number;
  /** OKS needs at least this many shared confident keypoints; fewer → box IoU (tfjs-models default 4). */
  minKeypoints: number;
}

export const DEFAULT_TRACKER: TrackerOptions = { maxAgeMs: 1000, minSimilarity: 0.15, keypointThreshold: 0.3, minKeypoints: 4 };

/** Object keypoint similarity of two poses, scaled by the area of `ref`'s box; null with too few shared keypoints. */
export function oks(a: Person2D, ref: Person2D, o: TrackerOptions = DEFAULT_TRACKER): number | null {
  const area = Math.max(1, ref.box[2] * ref.box[3]);
  let s = 0, n = 0;
  for (let k = 0; k < 17; k++) {
    const p = a.keypoints2d[k], q = ref.keypoints2d[k];
    if (p[2] < o.keypointThreshold || q[2] < o.keypointThreshold) continue;
    const d2 = (p[0] - q[0]) ** 2 + (p[1] - q[1]) ** 2;
    s += Math.exp(-d2 / (2 * area * (2 * COCO_SIGMAS[k]) ** 2));
    n++;
  }
  return n >= o.minKeypoints ? s / n : null;
}

export function iou(a: BoxPx, b: BoxPx): number {
  const x0 = Math.max(a[0], b[0]), y0 = Math.max(a[1], b[1]);
  const x1 = Math.min(a[0] + a[2], b[0] + b[2]), y1 = Math.min(a[1] + a[3], b[1] + b[3]);
  const inter = Math.max(0, x1 - x0) * Math.max(0, y1 - y0);
  const union = a[2] * a[3] + b[2] * b[3] - inter;
  return union > 0 ? inter / union : 0;
}

/** One person followed through the video: the frames they were seen in and their pose there. */
export interface PersonTrack {
  id: number;
  /** Frame indices (Frame2D.i), ascending. */
  frames: number[];
  persons: Person2D[];
}

/** Assigns a stable id to every detection; returns the tracks (ids from 1 in order of appearance). */
export function trackPeople(frames: readonly Frame2D[], o: TrackerOptions = DEFAULT_TRACKER): PersonTrack[] {
  const all: PersonTrack[] = [];
  const open: { track: PersonTrack; last: Person2D; lastMs: number }[] = [];
  for (const f of frames) {
    for (let i = open.length - 1; i >= 0; i--) if (f.tMs - open[i].lastMs > o.maxAgeMs) open.splice(i, 1);
    const pairs: { d: number; t: number; s: number }[] = [];
    f.persons.forEach((p, d) => open.forEach((t, ti) => {
      const s = oks(p, t.last, o) ?? iou(p.box, t.last.box);
      if (s >= o.minSimilarity) pairs.push({ d, t: ti, s });
    }));
    pairs.sort((x, y) => y.s - x.s);
    const usedD = new Set<number>(), usedT = new Set<number>();
    for (const { d, t } of pairs) {
      if (usedD.has(d) || usedT.has(t)) continue;
      usedD.add(d); usedT.add(t);
      const person = { ...f.persons[d], id: open[t].track.id };
      open[t].track.frames.push(f.i);
      open[t].track.persons.push(person);
      open[t].last = person;
      open[t].lastMs = f.tMs;
    }
    f.persons.forEach((p, d) => {
      if (usedD.has(d)) return;
      const id = all.length + 1;
      const person = { ...p, id };
      const track: PersonTrack = { id, frames: [f.i], persons: [person] };
      all.push(track);
      open.push({ track, last: person, lastMs: f.tMs });
    });
  }
  return all;
}

/** Median box of a track (each coordinate's median), pixels. */
export function medianBox(t: PersonTrack): BoxPx {
  const med = (k: number) => {
    const v = t.persons.map((p) => p.box[k]).sort((a, b) => a - b);
    return v[Math.floor(v.length / 2)];
  };
  return [med(0), med(1), med(2), med(3)];
}

/**
 * The athlete: the person who performs the exercise — most vertical hip travel (5th–95th percentile of
 * the mid-hip height, in their own median box heights), weighted by the share of frames they are seen
 * in, so a passer-by walking through briefly does not win. Returns the track id, or null without tracks.
 */
export function chooseAthlete(tracks: readonly PersonTrack[], frameCount: number): number | null {
  let best: { id: number; score: number } | null = null;
  for (const t of tracks) {
    const boxH = medianBox(t)[3];
    const ys = t.persons.flatMap((p) => {
      const l = p.keypoints2d[COCO.left_hip], r = p.keypoints2d[COCO.right_hip];
      return l[2] >= 0.3 && r[2] >= 0.3 ? [(l[1] + r[1]) / 2 / Math.max(1, boxH)] : [];
    }).sort((a, b) => a - b);
    const travel = ys.length >= 5 ? ys[Math.floor(0.95 * (ys.length - 1))] - ys[Math.floor(0.05 * (ys.length - 1))] : 0;
    const score = travel * (t.frames.length / Math.max(1, frameCount));
    if (!best || score > best.score) best = { id: t.id, score };
  }
  return best?.id ?? null;
}
