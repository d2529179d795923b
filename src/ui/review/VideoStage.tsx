/** The uploaded video with the 2D skeleton drawn over it; the video is the timeline's clock. */
import { useEffect, useRef } from 'react';
import { attachVideo, setPlaybackTime } from '../../store/playback';
import { useAppStore } from '../../store';
import { drawSkeleton } from '../draw-skeleton';

type RvfcVideo = HTMLVideoElement & { requestVideoFrameCallback?(cb: (now: number, meta: { mediaTime: number }) => void): number; cancelVideoFrameCallback?(id: number): void };

/** Redraws the overlay for the store's current frame (called from a store subscription, not React). */
function drawOverlay(canvas: HTMLCanvasElement): void {
  const { result, currentFrame } = useAppStore.getState();
  if (!result) return;
  const { width, height } = result.video;
  if (canvas.width !== width || canvas.height !== height) { canvas.width = width; canvas.height = height; }
  const ctx = canvas.getContext('2d');
  if (ctx) drawSkeleton(ctx, currentFrame >= 0 ? result.frames[currentFrame]?.persons ?? [] : []);
}

export function VideoStage() {
  const videoUrl = useAppStore((s) => s.videoUrl);
  const videoRef = useRef<RvfcVideo>(null);
  const canvasRef = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    const canvas = canvasRef.current;
    if (!canvas) return;
    drawOverlay(canvas);
    return useAppStore.subscribe((s, prev) => { if (s.currentFrame !== prev.currentFrame || s.result !== prev.result) drawOverlay(canvas); });
  }, [videoUrl]);
  useEffect(() => {
    const video = videoRef.current;
    if (!video) return;
    attachVideo(video);
    let id = 0;
    const onFrame = (_now: number, meta: { mediaTime: number }) => {
      setPlaybackTime(meta.mediaTime * 1000);
      id = video.requestVideoFrameCallback?.(onFrame) ?? 0;
    };
    const onSeeked = () => { if (useAppStore.getState().status === 'done') setPlaybackTime(video.currentTime * 1000); };
    const onPlay = () => useAppStore.setState({ playing: true });
    const onPause = () => useAppStore.setState({ playing: false });
    id = video.requestVideoFrameCallback?.(onFrame) ?? 0;
    video.addEventListener('seeked', onSeeked);
    video.addEventListener('play', onPlay);
    video.addEventListener('pause', onPause);
    return () => {
      video.cancelVideoFrameCallback?.(id);
      video.removeEventListener('seeked', onSeeked);
      video.removeEventListener('play', onPlay);
      video.removeEventListener('pause', onPause);
      attachVideo(null);
    };
  }, [videoUrl]);
  if (!videoUrl) return null;
  return (
    <div className="stage">
      <video ref={videoRef} src={videoUrl} muted playsInline preload="auto" data-testid="video" aria-label="Your video" />
      <canvas ref={canvasRef} className="overlay" data-testid="overlay" aria-hidden="true" />
    </div>
  );
}
