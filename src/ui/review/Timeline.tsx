/** One scrub bar for video and 3D: transport controls, markers, time/frame readout, shortcuts. */
import { useId, useMemo } from 'react';
import { formatTime, timeOf } from '../shared/format';
import { SHORTCUT_HINTS, type TimelineCommand } from './keyboard';
import { layoutMarkers } from './markers';
import type { TimelineMarker } from '../shared/types';
import { useTimelineKeys } from './useTimelineKeys';
import '../shared/coach.css';

const LEGEND = [['rep', 'rep start'], ['ecc', 'lowering'], ['con', 'rising']] as const;

export const SPEEDS = [0.25, 0.5, 0.75, 1, 1.25, 1.5, 2] as const;

export interface TimelineProps {
  /** Current decoded-frame index, 0-based. */
  frame: number;
  frameCount: number;
  /** Frames per second of the clip (frame i is at i/fps seconds). */
  fps: number;
  /** Per-frame presentation times in seconds (result JSON `tMs / 1000`); default frame/fps. */
  frameTimesS?: ArrayLike<number>;
  playing: boolean;
  /** Playback rate, 0.25..2. */
  speed: number;
  markers: readonly TimelineMarker[];
  onSeek: (frame: number) => void;
  onPlayingChange: (playing: boolean) => void;
  onSpeedChange: (speed: number) => void;
  /** Listen for keyboard shortcuts on the whole window (default true). */
  shortcuts?: boolean;
}

export function Timeline(p: TimelineProps) {
  const id = useId();
  const last = Math.max(0, p.frameCount - 1);
  const run = (cmd: TimelineCommand) => {
    if (cmd.seek !== undefined) p.onSeek(cmd.seek);
    if (cmd.playing !== undefined && cmd.playing !== p.playing) p.onPlayingChange(cmd.playing);
  };
  useTimelineKeys(p.shortcuts ?? true, { frame: p.frame, frameCount: p.frameCount, fps: p.fps, playing: p.playing }, run);
  const step = (d: number) => run({ seek: Math.min(last, Math.max(0, p.frame + d)), playing: false });
  const nowS = timeOf(p.frame, p.fps, p.frameTimesS);
  const disabled = p.frameCount <= 0;
  const placed = useMemo(() => layoutMarkers(p.markers, p.frameCount), [p.markers, p.frameCount]);
  /** One legend entry per fault kind on the timeline, in the colour of its card. */
  const faults = useMemo(() => [...new Map(p.markers.filter((m) => m.kind === 'mistake').map((m) => [m.label, m.color ?? 'var(--coach-mistake)'])).entries()], [p.markers]);

  return (
    <section className="coach coach-timeline" aria-label="Timeline">
      <div className="coach-scrub">
        <div className="coach-markers">
          {placed.map((m) => (
            <button
              key={m.id}
              type="button"
              className={`coach-marker ${m.kind}${m.widthPct === 0 ? ' point' : ''}`}
              data-lane={m.lane}
              data-frame={m.frame}
              style={{ left: `${m.leftPct.toFixed(3)}%`, ...(m.widthPct > 0 ? { width: `${m.widthPct.toFixed(3)}%` } : {}), ...(m.color ? { background: m.color } : {}) }}
              aria-label={`${m.label} at ${formatTime(timeOf(m.frame, p.fps, p.frameTimesS))}`}
              title={m.label}
              tabIndex={m.lane === 1 ? -1 : undefined}
              onClick={() => run({ seek: m.frame, playing: false })}
            />
          ))}
        </div>
        <label htmlFor={`${id}-scrub`} className="coach-visually-hidden">Position</label>
        <input
          id={`${id}-scrub`}
          type="range"
          min={0}
          max={last}
          step={1}
          value={Math.min(p.frame, last)}
          disabled={disabled}
          data-testid="scrub"
          aria-valuetext={`${formatTime(nowS)}, frame ${p.frame}`}
          onChange={(e) => p.onSeek(Number(e.currentTarget.value))}
        />
      </div>
      <div className="coach-row">
        <button type="button" onClick={() => step(-1)} disabled={disabled} aria-label="Previous frame" aria-keyshortcuts="ArrowLeft">◀︎|</button>
        <button type="button" className="coach-primary" onClick={() => p.onPlayingChange(!p.playing)} disabled={disabled}
          aria-label={p.playing ? 'Pause' : 'Play'} aria-pressed={p.playing} aria-keyshortcuts="Space K L">
          {p.playing ? '❚❚' : '▶︎'}
        </button>
        <button type="button" onClick={() => step(1)} disabled={disabled} aria-label="Next frame" aria-keyshortcuts="ArrowRight">|▶︎</button>
        <label htmlFor={`${id}-speed`}>Speed</label>
        <select id={`${id}-speed`} value={p.speed} onChange={(e) => p.onSpeedChange(Number(e.currentTarget.value))}>
          {SPEEDS.map((s) => <option key={s} value={s}>{`${s}×`}</option>)}
        </select>
        <output className="coach-time" aria-live="off" data-testid="timeline-readout">
          {`${formatTime(nowS)} / ${formatTime(timeOf(last, p.fps, p.frameTimesS))} · frame ${p.frame} / ${last}`}
        </output>
      </div>
      <ul className="coach-legend" aria-label="Marker colours">
        {LEGEND.map(([kind, text]) => <li key={kind}><i style={{ background: `var(--coach-${kind})` }} />{text}</li>)}
        {faults.map(([label, color]) => <li key={label}><i style={{ background: color }} />{label}</li>)}
      </ul>
      <p className="coach-kbd" aria-label="Keyboard shortcuts">
        {SHORTCUT_HINTS.map((h) => <span key={h.keys}><kbd>{h.keys}</kbd>{` ${h.does} · `}</span>)}
      </p>
    </section>
  );
}
