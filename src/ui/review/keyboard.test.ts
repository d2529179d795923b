import { describe, expect, it } from 'vitest';
import { applyAction, keyToAction, targetOwnsKey } from './keyboard';

const s = { frame: 10, frameCount: 100, fps: 30, playing: true };

describe('timeline keyboard', () => {
  it('maps keys to actions', () => {
    expect(keyToAction(' ')).toEqual({ type: 'toggle' });
    expect(keyToAction('ArrowLeft')).toEqual({ type: 'step', frames: -1 });
    expect(keyToAction('ArrowRight', true)).toEqual({ type: 'step', frames: 10 });
    expect(keyToAction('J')).toEqual({ type: 'jump', seconds: -1 });
    expect(keyToAction('k')).toEqual({ type: 'pause' });
    expect(keyToAction('l')).toEqual({ type: 'play' });
    expect(keyToAction('x')).toBeNull();
  });
  it('turns actions into clamped commands', () => {
    expect(applyAction({ type: 'toggle' }, s)).toEqual({ playing: false });
    expect(applyAction({ type: 'step', frames: 1 }, s)).toEqual({ seek: 11, playing: false });
    expect(applyAction({ type: 'step', frames: -50 }, s)).toEqual({ seek: 0, playing: false });
    expect(applyAction({ type: 'jump', seconds: -1 }, { ...s, frame: 95 })).toEqual({ seek: 65, playing: false });
    expect(applyAction({ type: 'end' }, s)).toEqual({ seek: 99 });
    expect(applyAction({ type: 'play' }, { ...s, playing: false })).toEqual({ playing: true });
  });
  it('leaves keys to the control that owns them', () => {
    expect(targetOwnsKey({ tagName: 'INPUT', type: 'text' }, 'j')).toBe(true);
    expect(targetOwnsKey({ tagName: 'INPUT', type: 'range' }, 'ArrowLeft')).toBe(true);
    expect(targetOwnsKey({ tagName: 'INPUT', type: 'range' }, ' ')).toBe(false);
    expect(targetOwnsKey({ tagName: 'BUTTON' }, ' ')).toBe(true);
    expect(targetOwnsKey({ tagName: 'BUTTON' }, 'ArrowRight')).toBe(false);
    expect(targetOwnsKey({ tagName: 'DIV', isContentEditable: true }, 'k')).toBe(true);
    expect(targetOwnsKey({ tagName: 'BODY' }, ' ')).toBe(false);
    expect(targetOwnsKey(null, ' ')).toBe(false);
  });
});
