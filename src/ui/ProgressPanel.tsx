/** Progress: what is being analysed (a thumbnail of the current frame with its skeleton), one bar and one ETA over all stages, Cancel. */
import { useEffect, useRef } from 'react';
import { formatEta, type Phase } from '../pipeline/progress';
import { cancelAnalysis } from '../store/actions';
import { useAppStore } from '../store';
import { drawSkeleton } from './shared/draw-skeleton';

const PHASE_TEXT: Record<Phase, string> = {
  starting: 'Reading the video…', 'loading-model': 'Loading the pose model…', detecting: 'Finding the body in every frame…',
  lifting: 'Building the 3D skeleton…', analysing: 'Counting reps and checking form…', done: 'Done',
};

/** The frame being analysed: the video seeked to it, its detected skeleton drawn over it. */
function Thumbnail() {
  const url = useAppStore((s) => s.videoUrl);
  const video = useRef<HTMLVideoElement>(null);
  const canvas = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    const v = video.current, c = canvas.current;
    if (!v || !c) return;
    let seeking = false;
    let wanted: number | null = null;
    const draw = () => {
      const f = useAppStore.getState().liveFrame;
      const ctx = c.getContext('2d');
      if (!ctx || !v.videoWidth) return;
      if (c.width !== v.videoWidth || c.height !== v.videoHeight) { c.width = v.videoWidth; c.height = v.videoHeight; }
      drawSkeleton(ctx, f?.persons ?? []);
    };
    const seek = () => {
      const f = useAppStore.getState().liveFrame;
      if (!f || !v.videoWidth) return;
      if (seeking) { wanted = f.tMs; return; }
      seeking = true;
      v.currentTime = f.tMs / 1000;
    };
    const onSeeked = () => { seeking = false; draw(); if (wanted !== null) { wanted = null; seek(); } };
    v.addEventListener('seeked', onSeeked);
    v.addEventListener('loadedmetadata', seek);
    const unsub = useAppStore.subscribe((s, p) => { if (s.liveFrame !== p.liveFrame) seek(); });
    return () => { unsub(); v.removeEventListener('seeked', onSeeked); v.removeEventListener('loadedmetadata', seek); };
  }, [url]);
  if (!url) return null;
  return (
    <div className="progress-thumb stage">
      <video ref={video} src={url} muted playsInline preload="auto" aria-label="The frame being analysed" data-testid="progress-thumb" />
      <canvas ref={canvas} className="overlay" aria-hidden="true" />
    </div>
  );
}

export function ProgressPanel() {
  const status = useAppStore((s) => s.status);
  const p = useAppStore((s) => s.progress);
  const view = useAppStore((s) => s.progressView);
  const fileName = useAppStore((s) => s.fileName);
  if (status !== 'running') return null;
  const pct = view ? Math.round(view.fraction * 100) : 0;
  return (
    <section className="progress" data-testid="progress" aria-label="Analysis progress">
      <Thumbnail />
      <div className="progress-body">
        <div><strong>{fileName}</strong></div>
        <div>{PHASE_TEXT[p?.phase ?? 'starting']}</div>
        <progress max={100} value={pct} aria-label="Analysis progress" />
        <div className="progress-info">
          <span data-testid="progress-text">
            {`${pct} %`}
            {p?.phase === 'detecting' && p.framesTotal ? ` · frame ${p.framesDone} of ${p.framesTotal}` : ''}
            {` · ETA ${formatEta(view?.etaS ?? null)}`}
          </span>
          <button type="button" onClick={cancelAnalysis} data-testid="cancel">Cancel</button>
        </div>
      </div>
    </section>
  );
}
