/** Spoken cues: pure rate limiting, plus a hook that speaks through the Web Speech API when allowed. */
import { useEffect, useRef } from 'react';

export interface SpokenState {
  text: string;
  atMs: number;
}

/** Speak a cue when it differs from the last one, or repeats after `gapMs` (default 4 s). */
export function shouldSpeak(last: SpokenState | null, text: string | null, nowMs: number, gapMs = 4000): boolean {
  if (!text) return false;
  if (!last) return true;
  return last.text !== text || nowMs - last.atMs >= gapMs;
}

/** Says `text` aloud when it changes (rate-limited); silent when disabled or unsupported. */
export function useSpokenCue(text: string | null, enabled: boolean): void {
  const last = useRef<SpokenState | null>(null);
  useEffect(() => {
    const synth = typeof window !== 'undefined' ? window.speechSynthesis : undefined;
    if (!enabled || !synth || typeof SpeechSynthesisUtterance === 'undefined') return;
    const now = performance.now();
    if (!shouldSpeak(last.current, text, now) || !text) return;
    last.current = { text, atMs: now };
    synth.cancel();
    const u = new SpeechSynthesisUtterance(text);
    u.rate = 1.1;
    synth.speak(u);
  }, [text, enabled]);
  useEffect(() => () => {
    if (typeof window !== 'undefined') window.speechSynthesis?.cancel();
  }, []);
}

export const speechSupported = (): boolean => typeof window !== 'undefined' && 'speechSynthesis' in window;
