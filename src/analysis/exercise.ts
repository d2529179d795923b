/**
 * Exercise detection (ours, from the MobiDev flow's "decomposition by certain criteria"): at each
 * rep's bottom a squat keeps the torso fairly upright with deeply bent knees and the hands high (bar
 * on the back or arms forward), while a deadlift/hinge folds the torso towards the floor with the
 * hands low, near the knees or below. The user's choice always wins.
 */
import type { Exercise } from './types';

export interface BottomFeatures {
  /** Spine angle above the floor, deg. */
  spineDeg: number;
  /** Smaller interior knee angle, deg. */
  kneeDeg: number;
  /** Mid-wrist height minus mid-knee height, in leg lengths. */
  wristAboveKneeLeg: number;
}

export interface ExerciseGuess { exercise: Exercise | 'unknown'; confidence: number; score: number }

/** Positive = squat-like, negative = hinge-like; about ±2 for clear cases. */
export function squatScore(b: BottomFeatures): number {
  return (b.spineDeg - 30) / 10 + (100 - b.kneeDeg) / 40 + 4 * (b.wristAboveKneeLeg - 0.2);
}

/**
 * Clip-level term from the ratio of the spine-angle range to the knee-angle range (both deg): a
 * hinge moves mostly the trunk (mocap 0.85–2.6), a squat mostly the knees (0.1–0.4). Ranges shrink
 * together when a lifter under-estimates the motion, so the ratio survives where absolute angles
 * do not (an early lifter checkpoint: squats 0.16–0.46, hinges 0.41–1.36).
 */
export const rangeRatioScore = (spineRangeDeg: number, kneeRangeDeg: number): number =>
  kneeRangeDeg > 1 ? 3 * (0.5 - Math.min(3, spineRangeDeg / kneeRangeDeg)) : 0;

/** Classifies from the features at every candidate bottom (median score + clip term); unknown without bottoms. */
export function classifyExercise(bottoms: BottomFeatures[], clipTerm = 0): ExerciseGuess {
  const scores = bottoms.map(squatScore).filter(Number.isFinite).sort((a, b) => a - b);
  if (!scores.length) return { exercise: 'unknown', confidence: 0, score: 0 };
  const score = scores[Math.floor(scores.length / 2)] + clipTerm;
  // Any rep-like motion gets a label (a wrong guess still counts reps; a low confidence asks the
  // user to choose); 'unknown' is kept for clips without rep-like motion.
  const confidence = Math.min(1, Math.abs(score) / 2);
  return { exercise: score > 0 ? 'squat' : 'deadlift', confidence, score };
}
