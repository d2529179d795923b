/** Camera `<video>` + 2D overlay canvas + optional small 3D view; per-frame drawing through an imperative handle. */
import { errorMessage } from '../../core/errors';
import { forwardRef, useEffect, useImperativeHandle, useRef, useState } from 'react';
import type { LiveFrame } from '../../live/loop';
import { SkeletonViewer } from '../../viewer';
import { drawLiveFrame } from './overlay';

export interface PreviewHandle {
  video(): HTMLVideoElement | null;
  draw(f: LiveFrame): void;
}

export interface LivePreviewProps {
  show3d: boolean;
  /** Outline the preview while a cue is showing. */
  cue: boolean;
  hidden: boolean;
}

export const LivePreview = forwardRef<PreviewHandle, LivePreviewProps>(function LivePreview({ show3d, cue, hidden }, ref) {
  const videoRef = useRef<HTMLVideoElement>(null);
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const viewDiv = useRef<HTMLDivElement>(null);
  const viewer = useRef<SkeletonViewer | null>(null);
  const [viewError, setViewError] = useState<string | null>(null);

  useImperativeHandle(ref, () => ({
    video: () => videoRef.current,
    draw: (f) => drawLiveFrame(canvasRef.current, viewer.current, f),
  }), []);

  useEffect(() => {
    if (!show3d || !viewDiv.current) return;
    try {
      viewer.current = new SkeletonViewer(viewDiv.current);
      setViewError(null);
    } catch (e) {
      setViewError(errorMessage(e));
    }
    return () => {
      viewer.current?.dispose();
      viewer.current = null;
    };
  }, [show3d]);

  return (
    <>
      <div className="live-preview" data-cue={cue} hidden={hidden}>
        <video ref={videoRef} muted playsInline aria-label="Camera preview" data-testid="live-video" />
        <canvas ref={canvasRef} className="live-overlay" aria-hidden="true" data-testid="live-overlay" />
      </div>
      {show3d && <div ref={viewDiv} className="live-3d" data-testid="live-3d" />}
      {viewError && <p className="coach-muted" role="status">{viewError}</p>}
    </>
  );
});
