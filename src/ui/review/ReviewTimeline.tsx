/** The one timeline: drives the video, the 2D overlay and the 3D view through the store. */
import { seekFrame, setPlaying, setSpeed } from '../../store/playback';
import { useAppStore } from '../../store';
import { Timeline } from '../coach';
import { useClip, useFrame, useMarkers } from './hooks';

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
