/**
 * The second camera's video beside the athlete's, on the one timeline: it shows time tA + offsetS of
 * its own recording for time tA of the first (store/camera2-model.ts). It plays along while the
 * timeline plays (re-seeked when it drifts) and follows every seek while paused.
 */
import { useEffect, useRef, useState } from 'react';
import { useAppStore, type AppState } from '../../store';
import { secondTimeS } from '../../store/camera2-model';

/** Largest drift (s) between the playing second video and where it should be before it is re-seeked (≈ 3 frames at 30 fps). */
const MAX_DRIFT_S = 0.1;

/** Moves the second video to where it belongs for the store's time; returns whether that moment was recorded. */
function follow(v: HTMLVideoElement, s: AppState): boolean {
  const c = s.camera2;
  if (!c?.sync || c.sync.offsetS === null) return false;
  const { tS, inView } = secondTimeS(s.currentTimeMs / 1000, c.sync.offsetS, c.durationS);
  v.playbackRate = s.speed;
  if (s.playing && inView) {
    if (v.paused) void v.play().catch(() => undefined);
    if (Math.abs(v.currentTime - tS) > MAX_DRIFT_S) v.currentTime = tS;
  } else {
    if (!v.paused) v.pause();
    if (Math.abs(v.currentTime - tS) > 1e-3) v.currentTime = tS;
  }
  return inView;
}

export function SecondCameraVideo() {
  const c = useAppStore((s) => (s.camera2?.status === 'ready' ? s.camera2 : null));
  const video = useRef<HTMLVideoElement>(null);
  const [inView, setInView] = useState(true);
  useEffect(() => {
    const v = video.current;
    if (!v || !c) return;
    const update = () => setInView(follow(v, useAppStore.getState()));
    update();
    v.addEventListener('loadeddata', update);
    const unsub = useAppStore.subscribe((s, p) => {
      if (s.currentTimeMs !== p.currentTimeMs || s.playing !== p.playing || s.speed !== p.speed || s.camera2 !== p.camera2) update();
    });
    return () => { unsub(); v.removeEventListener('loadeddata', update); v.pause(); };
  }, [c]);
  if (!c) return null;
  return (
    <figure className="reference-video" data-testid="camera2">
      <div className="stage">
        <video ref={video} src={c.url} muted playsInline preload="auto" data-testid="camera2-video" aria-label={`Second camera: ${c.name}`} />
      </div>
      <figcaption className="coach-muted">{inView ? `Camera 2: ${c.name}` : `Camera 2 (${c.name}) was not recording at this moment.`}</figcaption>
    </figure>
  );
}
