/**
 * Every tunable number of the analyzers, with its source. Lengths relative to body size are given
 * in "leg lengths" (standing hip→ankle distance) or "hip widths" so that the analyzers are
 * invariant to body scale and to the lifter's metric scale error.
 */
export interface Thresholds {
  // --- Spine angle (MobiDev "3D Human Pose Estimation Experiments and Analysis") ---
  /** Forward lean is flagged below this spine-to-floor angle (deg). Article: ≥ ~47° with good
   *  form, 27–28° with bad form; 40° sits between them with margin on both sides. */
  forwardLeanDeg: number;
  /** Lean this far below the threshold (deg) counts as severity 1. */
  forwardLeanSevereDropDeg: number;
  // --- Squat start/end: barbell arms rule (same article) ---
  /** Elbow interior angle below which an arm counts as "holding the bar" (deg). Article: 78°. */
  barElbowDeg: number;
  /** Hysteresis: once active, an arm stays "holding" up to this angle (deg). Article notes arms are
   *  "typically bent at an angle < 90°". */
  barElbowReleaseDeg: number;
  /** Wrist-to-shoulder height difference as a fraction of body height. Article: 10% of max height. */
  barWristFrac: number;
  /** Hysteresis release level for the wrist rule (fraction of body height). Ours. */
  barWristReleaseFrac: number;
  /** The condition must hold this long to start a set, and fail this long to end it (s). Ours:
   *  fixes the article's own failure (one arm briefly over the threshold ended the set). */
  barOnS: number;
  barOffS: number;
  /** Shortest set accepted (s). Ours. */
  barMinSetS: number;
  // --- Knee valgus (same article: knee medial of the foot in the frontal projection) ---
  /** Medial knee-to-ankle offset relative to hip width that is flagged. Ours: in the 42 clean CMU 13 /
   *  HDM05 squats (knees < 100°) it peaks at 0.14 (99th percentile 0.04). */
  valgusRatio: number;
  /** Ratio that counts as severity 1. */
  valgusSevereRatio: number;
  /** Valgus is judged only below this interior knee angle (deg; ≈ 80° of flexion: the bottom and the
   *  start of the ascent, where the article says caving happens). Ours: at 120–140° a wide stance
   *  already puts clean CMU 13 knees up to 0.4 hip widths inside the ankles. */
  valgusKneeFlexedDeg: number;
  /** Shortest flagged episode (s). */
  minMistakeS: number;
  // --- Knee valgus in 2D (front/rear; Munro et al. 2012 FPPA; MobiDev knee-inside-foot) ---
  /** Mean medial frontal-plane projection angle of the two knees (deg) that is flagged. Ours,
   *  after the clinical range: healthy double-leg squats stay within a few degrees, single-leg
   *  squats of screened-in athletes exceed ~10°. */
  valgusFppaDeg: number;
  /** Mean knee-inside-ankle distance over hip width that must also be exceeded. Ours. */
  valgusInsideRatio: number;
  /** Exceedance (value / threshold) that counts as severity 1. */
  valgusSevereFactor: number;
  // --- Forward lean against the shin (Myer et al. 2014: trunk about parallel to the tibia) ---
  /** Trunk inclination beyond the shin inclination (deg) that is flagged. */
  leanExcessDeg: number;
  /** …and only when the trunk leans at least this far from vertical (deg). */
  leanMinTrunkDeg: number;
  /** Degrees past `leanExcessDeg` that count as severity 1. */
  leanSevereExtraDeg: number;
  // --- Rounded back (ear–shoulder–hip line in 2D; spine chain in 3D), vs the standing posture ---
  roundedBack2dDeg: number;
  roundedBack3dDeg: number;
  roundedBackSevereExtraDeg: number;
  // --- Heel lift: ankle rise over its standing image height, in shin lengths ---
  heelLiftShin: number;
  heelLiftSevereExtraShin: number;
  // --- Shallow depth: sine of the thigh angle above parallel at the rep's bottom ---
  /** 0.5 = thighs 30° above parallel: "hips well above the knees". */
  shallowThighSin: number;
  shallowSevereThighSin: number;
  // --- Deadlift: hips rising first, bar drift ---
  /** Shoulders' rise over the hips' rise (same units) during the first half of the hips' rise, below which the hips rose first (1 = constant back angle). */
  hipsFirstRatio: number;
  /** … at or below which it is severe (shoulders not rising at all). */
  hipsFirstSevereRatio: number;
  /** Hands in front of mid-foot (shin lengths) that is flagged. */
  barDriftShin: number;
  barDriftSevereExtraShin: number;
  // --- Reps (same article: deadlift rep counter) ---
  /** Majority-filter window in frames at 30 fps (article: 4–5 frames); scaled with fps. */
  majorityFrames30: number;
  /** Edge-kernel half width in frames at 30 fps (shortest phase kept). */
  edgeHalfFrames30: number;
  /** Smoothing window for the rep signal (s). Ours. */
  smoothS: number;
  /** Squat: minimum hip drop and rise, in leg lengths. Ours: about a quarter squat; set low because
   *  lifters tend to under-estimate depth (regression to the mean pose); gait is rejected by minRepS. */
  squatMinRomLeg: number;
  /** Live counter's squat minimum (leg lengths): it smooths causally (no look-ahead), so gait dips
   *  reach ~0.16 leg lengths there; ours. */
  liveSquatMinRomLeg: number;
  /** Deadlift: minimum spine-angle range (deg). Ours: a conventional pull moves the trunk ~50–65°;
   *  knee raises lean it ~28° (CMU 13_30), which must not count. */
  deadliftMinRomDeg: number;
  /** A rep's top must come back within this fraction of its range to the standing level. Ours. */
  topReturnFrac: number;
  /** Both feet must be on the floor at a rep's bottom: ankle heights within this many leg lengths.
   *  Ours: squats and hinges stay ≤ 0.24 even through a noisy lifter; a knee raise lifts one foot
   *  0.34–0.48 leg lengths (a lifter bending the stance leg made those look like squats). */
  feetLevelMaxLeg: number;
  /** Shortest rep, descent start → ascent end (s). Ours: gait makes hip-height dips of 0.13–0.16 m
   *  (≈ 0.15–0.2 leg lengths) lasting 0.2–0.4 s; the fastest squats in our clips take ~1.5 s. */
  minRepS: number;
  // --- View validity (ours; MobiDev "Frontal Perspective Error" motivates it) ---
  /** Frames whose analyzer confidence is below this are gated (values become null / unjudged). */
  minConfidence: number;
  /** A form mistake is only reported from frames at or above this confidence. Ours: with lifter
   *  output, "up" and the lean are depth-ambiguous from the front (up off by 7–13° there in our
   *  lifter-in-the-loop check), so forward lean is not judged from near-frontal views. */
  minMistakeConfidence: number;
  /** Joint scores below this count as unreliable (the lifter metadata's minScore is 0.2, docs/lifter.md). */
  minJointScore: number;
  /** Ground-frame estimate is "unsure" when its spread exceeds this (deg). */
  groundSpreadDeg: number;
  /** Forward lean of the standing ankle→thorax/head axis, removed from the up estimate (deg). Ours:
   *  median over 11 CMU/HDM05 clips (range −2…+5); the standing line of gravity passes in front of the ankles. */
  standingLeanDeg: number;
  /** Ground-frame estimate is "unsure" when up deviates more than this from input +y (deg). */
  groundMaxTiltDeg: number;
}

export const DEFAULT_THRESHOLDS: Readonly<Thresholds> = Object.freeze({
  forwardLeanDeg: 40,
  forwardLeanSevereDropDeg: 15,
  barElbowDeg: 78,
  barElbowReleaseDeg: 95,
  barWristFrac: 0.1,
  barWristReleaseFrac: 0.15,
  barOnS: 0.3,
  barOffS: 1.0,
  barMinSetS: 1.5,
  valgusRatio: 0.25,
  valgusSevereRatio: 0.6,
  valgusKneeFlexedDeg: 100,
  minMistakeS: 0.15,
  valgusFppaDeg: 8,
  valgusInsideRatio: 0.05,
  valgusSevereFactor: 3,
  leanExcessDeg: 20,
  leanMinTrunkDeg: 40,
  leanSevereExtraDeg: 20,
  roundedBack2dDeg: 15,
  roundedBack3dDeg: 15,
  roundedBackSevereExtraDeg: 20,
  heelLiftShin: 0.1,
  heelLiftSevereExtraShin: 0.15,
  shallowThighSin: 0.5,
  shallowSevereThighSin: 0.85,
  hipsFirstRatio: 0.5,
  hipsFirstSevereRatio: 0,
  barDriftShin: 0.2,
  barDriftSevereExtraShin: 0.3,
  majorityFrames30: 5,
  edgeHalfFrames30: 3,
  smoothS: 0.2,
  squatMinRomLeg: 0.15,
  liveSquatMinRomLeg: 0.2,
  deadliftMinRomDeg: 35,
  topReturnFrac: 0.35,
  minRepS: 0.6,
  feetLevelMaxLeg: 0.3,
  minConfidence: 0.3,
  minMistakeConfidence: 0.5,
  minJointScore: 0.3,
  groundSpreadDeg: 12,
  groundMaxTiltDeg: 45,
  standingLeanDeg: 2.5,
});

export function resolveThresholds(over?: Partial<Thresholds>): Thresholds {
  const t = { ...DEFAULT_THRESHOLDS, ...(over ?? {}) };
  for (const [k, v] of Object.entries(t)) {
    if (typeof v !== 'number' || !Number.isFinite(v)) throw new Error(`threshold ${k} must be a finite number (got ${String(v)})`);
  }
  return t;
}
