/** The one timeline: drives the video, the 2D overlay and the 3D view through the store. */
import { seekFrame, setPlaying, setSpeed } from '../../store/playback';
import { useAppStore } from '../../store';
import { Timeline } from './Timeline';
import { useClip, useFrame } from '../shared/hooks';
import { useMemo } from 'react';
import { markersFromAnalysis } from './markers';
import type { TimelineMarker } from '../shared/types';

export function ReviewTimeline() {
  const frame = useFrame();
  const playing = useAppStore((s) => s.playing);
  const speed = useAppStore((s) => s.speed);
  const { fps, frameCount, frameTimesS } = useClip();
  return (
    <Timeline frame={frame} frameCount={frameCount} fps={fps} frameTimesS={frameTimesS} playing={playing} speed={speed}
      markers={useMarkers()} onSeek={seekFrame} onPlayingChange={setPlaying} onSpeedChange={setSpeed} />
  );
}

/** The timeline's markers (reps, phases, hints) for the analysis on screen. */
export function useMarkers(): TimelineMarker[] {
  const analysis = useAppStore((s) => s.analysis);
  const { fps, frameCount, frameTimesS } = useClip();
  return useMemo(() => (analysis ? markersFromAnalysis(analysis, fps, frameCount, frameTimesS) : []), [analysis, fps, frameCount, frameTimesS]);
}
