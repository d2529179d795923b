/** Charts tab: spine angle, knee angle and hip height over time with the analyzer's thresholds. */
import { useMemo } from 'react';
import { useAppStore } from '../../store';
import { seekFrame } from '../../store/playback';
import { DEFAULT_THRESHOLDS as CHART_DEFAULT_THRESHOLDS, chartThresholds } from './chartModel';
import { SignalCharts } from './SignalCharts';
import { useClip, useFrame } from '../shared/hooks';

export function ChartsTab() {
  const signals = useAppStore((s) => s.signals);
  const analysis = useAppStore((s) => s.analysis);
  const frame = useFrame();
  const { fps } = useClip();
  const thresholds = useMemo(() => ({ ...CHART_DEFAULT_THRESHOLDS, ...(analysis ? chartThresholds(analysis.thresholds) : {}) }), [analysis]);
  if (!signals) return <p className="coach-muted">Charts need the 3D analysis.</p>;
  return <SignalCharts signals={signals} thresholds={thresholds} fps={fps} frame={frame} onSeek={seekFrame} />;
}
