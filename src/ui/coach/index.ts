/** The coach's presentational components (pure props) and the helpers an integrator needs. */
export { Timeline, SPEEDS, type TimelineProps } from './Timeline';
export { CoachPanel, type CoachPanelProps } from './CoachPanel';
export { SignalChart, type SignalChartProps } from './SignalChart';
export { SignalCharts, type CoachSignals, type SignalChartsProps } from './SignalCharts';
export { ComparisonPanel, type ComparisonPanelProps } from './ComparisonPanel';
export { LivePanel, type LivePanelProps } from './LivePanel';
export { SessionsList, type SessionsListProps } from './SessionsList';
export { ExportMenu, EXPORTS, type ExportMenuProps } from './ExportMenu';
export { markersFromAnalysis, layoutMarkers } from './markers';
export { cameraErrorKind, cameraErrorMessage } from './cameraMessages';
export { DEFAULT_THRESHOLDS as CHART_DEFAULT_THRESHOLDS, chartThresholds, type Threshold, type SignalSpec } from './chartModel';
export type { ComparisonView, ComparisonGroupView, WorstMomentView, JointGroup } from './comparisonModel';
export type * from './types';
