/**
 * The one timeline clock. With a video attached the `<video>` element is the clock (its frame
 * callback writes `currentFrame`); without one (a session saved without its video) a rAF loop
 * advances the time. Everything else reads `currentFrame` from the store.
 */
import { frameAtTime } from '../core/frame-lookup';
import { useAppStore } from './index';

const player = () => useAppStore.getState().player;
const setRaf = (clockRaf: number) => useAppStore.setState((s) => ({ player: { ...s.player, clockRaf } }));
/** The registered `<video>` element when it plays the session's clip. */
const videoEl = (): HTMLVideoElement | null => (useAppStore.getState().videoUrl ? player().element : null);

/** The player registers its element (null on unmount). */
export function attachVideo(el: HTMLVideoElement | null): void {
  useAppStore.setState((s) => ({ player: { ...s.player, element: el } }));
  if (el) el.playbackRate = useAppStore.getState().speed;
}

/** Called by the player loop (or the clock) with the shown frame's media time. */
export function setPlaybackTime(tMs: number): void {
  const times = useAppStore.getState().session?.track.tMs ?? [];
  useAppStore.setState({ currentTimeMs: tMs, currentFrame: frameAtTime(times, tMs) });
}

/** Shows frame `i` (clamped) in the video and the 3D view. */
export function seekFrame(i: number): void {
  const times = useAppStore.getState().session?.track.tMs ?? [];
  if (!times.length) return;
  const f = Math.min(times.length - 1, Math.max(0, Math.round(i)));
  useAppStore.setState({ currentFrame: f, currentTimeMs: times[f] });
  const video = videoEl();
  if (video) video.currentTime = times[f] / 1000;
}

function clockLoop(): void {
  let last = performance.now();
  const tick = (now: number) => {
    const { playing, speed, currentTimeMs, session } = useAppStore.getState();
    const times = session?.track.tMs ?? [];
    if (!playing || !times.length) { setRaf(0); return; }
    const t = currentTimeMs + (now - last) * speed;
    last = now;
    const end = times[times.length - 1];
    if (t >= end) { setPlaybackTime(end); useAppStore.setState({ playing: false }); setRaf(0); return; }
    setPlaybackTime(t);
    setRaf(requestAnimationFrame(tick));
  };
  setRaf(requestAnimationFrame(tick));
}

export function setPlaying(on: boolean): void {
  useAppStore.setState({ playing: on });
  const video = videoEl();
  if (video) {
    if (on) void video.play().catch(() => useAppStore.setState({ playing: false }));
    else video.pause();
  } else if (on && !player().clockRaf) clockLoop();
}

export function setSpeed(speed: number): void {
  useAppStore.setState({ speed });
  const el = player().element;
  if (el) el.playbackRate = speed;
}
