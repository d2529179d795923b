/**
 * Every coach component on sample data, wired to local state: a visual reference for the
 * integrator and the source of the docs/ui-coach-*.png screenshots. Not part of the app flow.
 */
import { useEffect, useState } from 'react';
import { CoachPanel } from './CoachPanel';
import { ComparisonPanel } from './ComparisonPanel';
import type { ComparisonView } from './comparisonModel';
import { ExportMenu } from './ExportMenu';
import { SAMPLE_ANALYSIS } from './fixtures';
import { LivePanel } from './LivePanel';
import { markersFromAnalysis } from './markers';
import { SessionsList } from './SessionsList';
import { SignalCharts } from './SignalCharts';
import { Timeline } from './Timeline';
import type { CameraErrorKind, ExerciseChoice, SessionSummary, TrimView } from './types';

const FPS = 30;
const N = SAMPLE_ANALYSIS.spineAngleDeg.length;
const markers = markersFromAnalysis(SAMPLE_ANALYSIS, FPS, N);
const wave = (a: number, b: number) => Array.from({ length: N }, (_, i) => a - b * Math.sin(i / 10) ** 2);
const signals = { spineAngleDeg: SAMPLE_ANALYSIS.spineAngleDeg, kneeAngleDeg: wave(175, 80), hipHeightM: wave(0.95, 0.4) };
const report: ComparisonView = {
  score: 72,
  groups: ['feet', 'knees', 'hips', 'hands', 'spine'].map((g, k) => ({
    group: g, meanCm: 2 + k * 1.5,
    diffCm: Array.from({ length: N }, (_, i) => (i % 70 === 5 ? null : 2 + k * 1.5 + 3 * Math.sin(i / (8 + k)))),
  })),
  worst: [
    { tS: 4.7, group: 'knees', diffCm: 9, text: 'knees 9 cm more inward at the bottom' },
    { tS: 2.1, group: 'spine', diffCm: 6, text: 'chest 12° further forward' },
  ],
};
const sessions: SessionSummary[] = [
  { id: 'a', name: 'Monday squat', createdMs: Date.UTC(2026, 10, 16, 9, 5), exercise: 'squat', repCount: 5, durationS: 42, hasVideo: false, status: 'complete' },
  { id: 'b', name: 'Deadlift PR', createdMs: Date.UTC(2026, 10, 20, 18, 0), hasVideo: true, status: 'interrupted', kept: { frames2d: 300, frames3d: 0, frameCount: 600, analysis: false } },
];
const noop = () => {};

export interface CoachGalleryProps {
  view: 'review' | 'compare' | 'live' | 'sessions';
  /** Live view: show this camera error. */
  cameraError?: CameraErrorKind;
  /** Every callback is reported here (e.g. "seek 105"), for tests and demos. */
  onEvent?: (event: string) => void;
}

export function CoachGallery({ view, cameraError, onEvent = noop }: CoachGalleryProps) {
  const [frame, setFrame] = useState(0);
  const [playing, setPlaying] = useState(false);
  const [speed, setSpeed] = useState(1);
  const [trim, setTrim] = useState<TrimView>({});
  const [choice, setChoice] = useState<ExerciseChoice>('auto');
  const [speak, setSpeak] = useState(false);
  useEffect(() => {
    if (!playing) return;
    const t = setInterval(() => setFrame((f) => (f + 1) % N), 1000 / FPS / speed);
    return () => clearInterval(t);
  }, [playing, speed]);
  const seek = (f: number) => { onEvent(`seek ${f}`); setFrame(f); };
  const play = (p: boolean) => { onEvent(`playing ${p}`); setPlaying(p); };
  return (
    <div className="coach" style={{ padding: 12 }} data-frame={frame} data-playing={playing}>
      {view === 'review' && <>
        <Timeline frame={frame} frameCount={N} fps={FPS} playing={playing} speed={speed} markers={markers}
          onSeek={seek} onPlayingChange={play} onSpeedChange={setSpeed} />
        <div className="coach-two-col">
          <CoachPanel analysis={SAMPLE_ANALYSIS} fps={FPS} frameCount={N} frame={frame} exerciseChoice={choice}
            onExerciseChoiceChange={setChoice} trim={trim} onTrimChange={setTrim} onSeek={seek} />
          <SignalCharts signals={signals} fps={FPS} frame={frame} onSeek={seek} />
        </div>
        <ExportMenu onExport={(k) => onEvent(`export ${k}`)} unavailable={{ bvh: 'Needs the 3D lift first' }} />
      </>}
      {view === 'compare' && <ComparisonPanel reference={{ name: 'coach-squat.mp4', source: 'video' }} sessions={sessions}
        status="ready" report={report} fps={FPS} frameCount={N} frame={frame} onLoadVideo={noop} onPickSession={noop} onClear={noop} onSeek={seek} />}
      {view === 'live' && <LivePanel devices={[{ deviceId: 'a', label: 'USB camera' }]} deviceId="a" onDeviceChange={noop}
        status={cameraError ? 'error' : 'live'} error={cameraError ?? null} onStart={noop} onStop={noop} repCount={4}
        cue={{ kind: 'knee_valgus' }} speakCues={speak} onSpeakCuesChange={setSpeak} recording={false} recordedS={18.4}
        onRecordToggle={noop} canAnalyse onAnalyse={() => onEvent('analyse')}>
        <div style={{ aspectRatio: '16/9', background: '#333', borderRadius: 8 }} role="img" aria-label="Camera preview placeholder" />
      </LivePanel>}
      {view === 'sessions' && <SessionsList sessions={sessions} currentId="a" onOpen={(id) => onEvent(`open ${id}`)}
        onRename={(id, n) => onEvent(`rename ${id} ${n}`)} onDelete={(id) => onEvent(`delete ${id}`)} onResume={(id) => onEvent(`resume ${id}`)} />}
    </div>
  );
}
