/**
 * Timeline keyboard shortcuts as pure functions: a key → an action, and an action + state → the
 * command to carry out. Editors' J/K/L convention: J back, K pause, L play forward.
 */

export type TimelineAction =
  | { type: 'toggle' }
  | { type: 'pause' }
  | { type: 'play' }
  | { type: 'step'; frames: number }
  | { type: 'jump'; seconds: number }
  | { type: 'home' }
  | { type: 'end' };

/** What the hint line shows, in order. */
export const SHORTCUT_HINTS: readonly { keys: string; does: string }[] = [
  { keys: 'Space', does: 'play / pause' },
  { keys: '← →', does: '1 frame' },
  { keys: 'Shift+← →', does: '10 frames' },
  { keys: 'J', does: 'back 1 s' },
  { keys: 'K', does: 'pause' },
  { keys: 'L', does: 'play' },
];

/** `key` is KeyboardEvent.key. Returns null for keys the timeline does not handle. */
export function keyToAction(key: string, shift = false): TimelineAction | null {
  switch (key) {
    case ' ':
    case 'Spacebar':
      return { type: 'toggle' };
    case 'ArrowLeft':
      return { type: 'step', frames: shift ? -10 : -1 };
    case 'ArrowRight':
      return { type: 'step', frames: shift ? 10 : 1 };
    case 'j':
    case 'J':
      return { type: 'jump', seconds: -1 };
    case 'k':
    case 'K':
      return { type: 'pause' };
    case 'l':
    case 'L':
      return { type: 'play' };
    case 'Home':
      return { type: 'home' };
    case 'End':
      return { type: 'end' };
    default:
      return null;
  }
}

export interface TimelineState {
  frame: number;
  frameCount: number;
  fps: number;
  playing: boolean;
}

/** What to do: seek to a frame and/or set playing. Stepping and jumping pause playback. */
export interface TimelineCommand {
  seek?: number;
  playing?: boolean;
}

const clampFrame = (f: number, n: number) => Math.min(Math.max(0, n - 1), Math.max(0, Math.round(f)));

export function applyAction(action: TimelineAction, s: TimelineState): TimelineCommand {
  switch (action.type) {
    case 'toggle':
      return { playing: !s.playing };
    case 'pause':
      return { playing: false };
    case 'play':
      return { playing: true };
    case 'step':
      return { seek: clampFrame(s.frame + action.frames, s.frameCount), playing: false };
    case 'jump':
      return { seek: clampFrame(s.frame + action.seconds * s.fps, s.frameCount), playing: false };
    case 'home':
      return { seek: 0 };
    case 'end':
      return { seek: clampFrame(s.frameCount - 1, s.frameCount) };
  }
}

/** The parts of an event target the shortcut filter looks at (an HTMLElement fits). */
export interface KeyTarget {
  tagName?: string;
  type?: string;
  isContentEditable?: boolean;
}

const RANGE_KEYS = new Set(['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', 'Home', 'End', 'PageUp', 'PageDown']);

/**
 * True when the focused element should keep the key for itself: text fields, selects, editable
 * content; a focused button keeps Space/Enter (it activates); a range input keeps arrows/Home/End.
 */
export function targetOwnsKey(target: KeyTarget | null, key: string): boolean {
  if (!target || !target.tagName) return false;
  const tag = target.tagName.toUpperCase();
  if (target.isContentEditable || tag === 'TEXTAREA' || tag === 'SELECT') return true;
  if (tag === 'BUTTON' || tag === 'SUMMARY') return key === ' ' || key === 'Enter';
  if (tag === 'INPUT') return (target.type ?? '').toLowerCase() === 'range' ? RANGE_KEYS.has(key) : true;
  return false;
}
