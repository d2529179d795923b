/** "Show me": jump to a moment, pause, and bring the video (and the 3D view beside it) on screen. */
import { seekFrame, setPlaying } from '../../store/playback';

/** Scrolls the review's video stage to the top of the viewport unless it is fully visible already. */
export function revealStage(): void {
  const el = document.querySelector<HTMLElement>('[data-review-stage]');
  if (!el) return;
  const r = el.getBoundingClientRect();
  if (r.top >= 0 && r.bottom <= window.innerHeight) return;
  el.scrollIntoView({ block: 'start', behavior: 'instant' });
}

/** Seeks the one timeline to `frame`, pauses, and scrolls the video into view. */
export function showMoment(frame: number): void {
  setPlaying(false);
  seekFrame(frame);
  revealStage();
}
