/** The uploaded video with the 2D skeleton drawn over it; the video is the timeline's clock. */
import { personsAt } from '../../pipeline/session';
import { useEffect, useRef } from 'react';
import { attachVideo, setPlaybackTime } from '../../store/playback';
import { useAppStore } from '../../store';
import { COCO, COCO_TO_H36M, H36M_JOINTS } from '../../core/skeleton';
import { highlightsAt } from '../../viewer';
import { drawSkeleton } from '../shared/draw-skeleton';
import { PeopleOverlay } from './PeopleOverlay';

/** COCO keypoints behind the H36M joints a form issue highlights (e.g. the knees), to ring them on the video. */
export function cocoHighlights(h36mJoints: readonly number[]): number[] {
  const out = new Set<number>();
  for (const j of h36mJoints) for (const [name] of COCO_TO_H36M[H36M_JOINTS[j]] ?? []) out.add(COCO[name]);
  return [...out];
}

type RvfcVideo = HTMLVideoElement & { requestVideoFrameCallback?(cb: (now: number, meta: { mediaTime: number }) => void): number; cancelVideoFrameCallback?(id: number): void };

/** Redraws the overlay for the store's current frame (called from a store subscription, not React). */
function drawOverlay(canvas: HTMLCanvasElement): void {
  const { session, currentFrame, analysis, frameTimes } = useAppStore.getState();
  if (!session) return;
  const { width, height } = session.video;
  if (canvas.width !== width || canvas.height !== height) { canvas.width = width; canvas.height = height; }
  const ctx = canvas.getContext('2d');
  const joints = analysis && currentFrame >= 0 ? highlightsAt(analysis.mistakes, frameTimes[currentFrame] ?? 0).flatMap((h) => h.joints ?? []) : [];
  if (ctx) drawSkeleton(ctx, personsAt(session.track, currentFrame), cocoHighlights(joints));
}

export function VideoStage() {
  const videoUrl = useAppStore((s) => s.videoUrl);
  const videoRef = useRef<RvfcVideo>(null);
  const canvasRef = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    const canvas = canvasRef.current;
    if (!canvas) return;
    drawOverlay(canvas);
    return useAppStore.subscribe((s, prev) => { if (s.currentFrame !== prev.currentFrame || s.session !== prev.session || s.analysis !== prev.analysis) drawOverlay(canvas); });
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
    const onSeeked = () => { if (useAppStore.getState().status !== 'running') setPlaybackTime(video.currentTime * 1000); };
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
      <PeopleOverlay />
    </div>
  );
}
