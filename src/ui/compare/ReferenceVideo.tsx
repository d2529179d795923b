/**
 * The reference video beside the athlete's, time-warped rep by rep: for every frame the athlete's
 * video shows, it shows the reference frame the comparison matched to it (same phase of the same
 * rep), with the reference's 2D skeleton. It follows the one timeline; it never plays on its own.
 */
import { useEffect, useRef } from 'react';
import { useAppStore } from '../../store';
import { drawSkeleton } from '../shared/draw-skeleton';
import { personsAt } from '../../pipeline/session';

export function ReferenceVideo() {
  const url = useAppStore((s) => s.referenceUrl);
  const name = useAppStore((s) => s.reference?.name ?? '');
  const ready = useAppStore((s) => s.ghost !== null && s.referenceSession !== null);
  const video = useRef<HTMLVideoElement>(null);
  const canvas = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    const v = video.current, c = canvas.current;
    if (!v || !c || !ready) return;
    let seeking = false;
    let pending = false;
    /** The matched reference frame for the athlete's current frame, −1 outside reps. */
    const matched = () => {
      const s = useAppStore.getState();
      return s.ghost?.matched[Math.max(0, s.currentFrame)] ?? -1;
    };
    const draw = () => {
      const ref = useAppStore.getState().referenceSession;
      const ctx = c.getContext('2d');
      if (!ref || !ctx) return;
      if (c.width !== ref.video.width || c.height !== ref.video.height) { c.width = ref.video.width; c.height = ref.video.height; }
      const rf = matched();
      drawSkeleton(ctx, personsAt(ref.track, rf));
      v.dataset.frame = String(rf);
    };
    const seek = () => {
      const ref = useAppStore.getState().referenceSession;
      const rf = matched();
      if (!ref || rf < 0) { draw(); return; }
      if (seeking) { pending = true; return; }
      const t = ref.track.tMs[rf] / 1000;
      if (Math.abs(v.currentTime - t) < 1e-3) { draw(); return; }
      seeking = true;
      v.currentTime = t;
    };
    const onSeeked = () => { seeking = false; draw(); if (pending) { pending = false; seek(); } };
    v.addEventListener('seeked', onSeeked);
    v.addEventListener('loadeddata', seek);
    seek();
    const unsub = useAppStore.subscribe((s, p) => { if (s.currentFrame !== p.currentFrame || s.ghost !== p.ghost) seek(); });
    return () => { unsub(); v.removeEventListener('seeked', onSeeked); v.removeEventListener('loadeddata', seek); };
  }, [url, ready]);
  if (!url || !ready) return null;
  return (
    <figure className="reference-video">
      <div className="stage">
        <video ref={video} src={url} muted playsInline preload="auto" data-testid="reference-video" aria-label={`Reference video: ${name}`} />
        <canvas ref={canvas} className="overlay" aria-hidden="true" />
      </div>
      <figcaption className="coach-muted">{`Reference: ${name} — matched rep by rep, the same phase shown together.`}</figcaption>
    </figure>
  );
}
