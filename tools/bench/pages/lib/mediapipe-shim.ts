/**
 * Stand-in for `@mediapipe/pose` inside bench bundles: @tensorflow-models/pose-detection imports it for
 * its BlazePose-mediapipe runtime, which the bench never uses; MediaPipe itself is loaded as a classic
 * script from /__bench/mediapipe/ (see peers.ts). Resolves to the global once that script has run.
 */
export const Pose = (globalThis as unknown as { Pose?: unknown }).Pose;
