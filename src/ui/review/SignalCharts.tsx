/** The coach's three charts: spine angle, knee angle, hip height — whichever signals are present. */
import { useMemo } from 'react';
import { DEFAULT_THRESHOLDS, type SignalSpec, type Threshold } from './chartModel';
import { SignalChart } from './SignalChart';

/** Per-frame signals (index = frame). spineAngleDeg is the analysis' own (docs/analysis.md); the others are analyzer extras. */
export interface CoachSignals {
  spineAngleDeg?: readonly (number | null)[];
  kneeAngleDeg?: readonly (number | null)[];
  /** Hip (pelvis) height above the estimated floor, metres. */
  hipHeightM?: readonly (number | null)[];
}

export interface SignalChartsProps {
  signals: CoachSignals;
  /** Overrides for the threshold lines, in each signal's unit. */
  thresholds?: Partial<Record<keyof CoachSignals, Threshold[]>>;
  fps: number;
  /** Per-frame presentation times in seconds (result JSON `tMs / 1000`); default frame/fps. */
  frameTimesS?: ArrayLike<number>;
  frame: number;
  onSeek: (frame: number) => void;
}

const META: { key: keyof CoachSignals; title: string; unit: string }[] = [
  { key: 'spineAngleDeg', title: 'Spine angle to floor', unit: '°' },
  { key: 'kneeAngleDeg', title: 'Knee angle', unit: '°' },
  { key: 'hipHeightM', title: 'Hip height', unit: 'm' },
];

export function SignalCharts({ signals, thresholds, fps, frameTimesS, frame, onSeek }: SignalChartsProps) {
  const specs = useMemo(
    () =>
      META.flatMap(({ key, title, unit }): SignalSpec[] => {
        const values = signals[key];
        return values && values.length > 0 ? [{ key, title, unit, values, thresholds: thresholds?.[key] ?? DEFAULT_THRESHOLDS[key] }] : [];
      }),
    [signals, thresholds],
  );
  if (specs.length === 0) return <p className="coach-muted">No signals to chart yet.</p>;
  return (
    <section className="coach" aria-label="Charts">
      {specs.map((s) => <SignalChart key={s.key} spec={s} fps={fps} frameTimesS={frameTimesS} frame={frame} onSeek={onSeek} />)}
    </section>
  );
}
