/** The uploaded video with the 2D skeleton drawn over it, and a frame-accurate scrubber. */
import { useEffect, useRef } from 'react';
import { setPlaybackTime } from '../store/actions';
import { useAppStore } from '../store';
import { drawSkeleton } from './draw-skeleton';

type RvfcVideo = HTMLVideoElement & { requestVideoFrameCallback?(cb: (now: number, meta: { mediaTime: number }) => void): number; cancelVideoFrameCallback?(id: number): void };

/** Redraws the overlay for a media time (ms); per-frame work reads the store directly, no re-render. */
function redraw(canvas: HTMLCanvasElement, video: HTMLVideoElement, tMs: number): void {
  setPlaybackTime(tMs);
  const { result, currentFrame } = useAppStore.getState();
  if (canvas.width !== video.videoWidth || canvas.height !== video.videoHeight) {
    canvas.width = video.videoWidth;
    canvas.height = video.videoHeight;
  }
  const ctx = canvas.getContext('2d');
  if (ctx) drawSkeleton(ctx, result && currentFrame >= 0 ? result.frames[currentFrame].persons : []);
}

function useOverlayLoop(videoRef: React.RefObject<RvfcVideo | null>, canvasRef: React.RefObject<HTMLCanvasElement | null>): void {
  const result = useAppStore((s) => s.result);
  useEffect(() => {
    const video = videoRef.current;
    const canvas = canvasRef.current;
    if (!video || !canvas) return;
    let id = 0;
    const onFrame = (_now: number, meta: { mediaTime: number }) => {
      redraw(canvas, video, meta.mediaTime * 1000);
      id = video.requestVideoFrameCallback?.(onFrame) ?? 0;
    };
    const onSeeked = () => redraw(canvas, video, video.currentTime * 1000);
    id = video.requestVideoFrameCallback?.(onFrame) ?? 0;
    video.addEventListener('seeked', onSeeked);
    video.addEventListener('loadeddata', onSeeked);
    if (video.readyState >= 2) onSeeked();
    return () => {
      video.cancelVideoFrameCallback?.(id);
      video.removeEventListener('seeked', onSeeked);
      video.removeEventListener('loadeddata', onSeeked);
    };
  }, [videoRef, canvasRef, result]);
}

export function Player() {
  const videoUrl = useAppStore((s) => s.videoUrl);
  const result = useAppStore((s) => s.result);
  const currentFrame = useAppStore((s) => s.currentFrame);
  const videoRef = useRef<RvfcVideo>(null);
  const canvasRef = useRef<HTMLCanvasElement>(null);
  useOverlayLoop(videoRef, canvasRef);
  if (!videoUrl) return null;
  const frames = result?.frames ?? [];
  const seek = (i: number) => {
    const v = videoRef.current;
    if (v && frames[i]) v.currentTime = frames[i].tMs / 1000;
  };
  return (
    <section className="player">
      <div className="stage">
        <video ref={videoRef} src={videoUrl} controls muted playsInline preload="auto" data-testid="video" />
        <canvas ref={canvasRef} className="overlay" data-testid="overlay" />
      </div>
      {frames.length > 0 && (
        <label className="scrub">
          Frame {Math.max(0, currentFrame)} / {frames.length - 1}
          <input type="range" min={0} max={frames.length - 1} step={1} value={Math.max(0, currentFrame)}
            onChange={(e) => seek(Number(e.target.value))} data-testid="scrub" aria-label="Frame" />
        </label>
      )}
    </section>
  );
}
