export { SkeletonViewer } from './SkeletonViewer';
export { groundFromPoses } from './ground';
export { defaultAngleLabels, angleAtDeg } from './angles';
export { highlightsAt, highlightColors, type MistakeSpan, WARN_COLOR, BAD_COLOR } from './highlights';
export type {
  AngleLabel, CameraPreset, GroundPlane, MistakeHighlight, OtherPose, PoseArray, SkeletonViewerOptions,
} from './types';
