import { createElement } from 'react';
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { CAMERA_ERROR_KINDS, cameraErrorKind, cameraErrorMessage } from './cameraMessages';
import { LivePanel, type LivePanelProps } from './LivePanel';
import { shouldSpeak } from './speech';

const noop = () => {};
const render = (over: Partial<LivePanelProps> = {}) => renderToString(createElement(LivePanel, {
  devices: [{ deviceId: 'a', label: 'FaceTime HD' }, { deviceId: 'b', label: '' }], deviceId: 'a', onDeviceChange: noop,
  status: 'live', error: null, onStart: noop, onStop: noop, repCount: 7, cue: null, speakCues: false,
  onSpeakCuesChange: noop, recording: false, recordedS: 0, onRecordToggle: noop, canAnalyse: false, onAnalyse: noop, ...over,
}));

describe('camera errors', () => {
  it('classifies getUserMedia rejections by DOMException name', () => {
    expect(cameraErrorKind({ name: 'NotAllowedError' })).toBe('denied');
    expect(cameraErrorKind({ name: 'NotFoundError' })).toBe('absent');
    expect(cameraErrorKind({ name: 'NotReadableError' })).toBe('in-use');
    expect(cameraErrorKind({ name: 'OverconstrainedError' })).toBe('overconstrained');
    expect(cameraErrorKind({ name: 'SecurityError' })).toBe('insecure');
    expect(cameraErrorKind(new TypeError('x'))).toBe('unsupported');
    expect(cameraErrorKind('boom')).toBe('unknown');
  });
  it('renders a distinct human message with an action for every kind', () => {
    const titles = new Set<string>();
    for (const kind of CAMERA_ERROR_KINDS) {
      const m = cameraErrorMessage(kind);
      titles.add(m.title);
      const html = render({ status: 'error', error: kind });
      expect(html).toContain(`<div role="alert" class="coach-error"><strong>${m.title}</strong>`);
      expect(m.action.length).toBeGreaterThan(30);
    }
    expect(titles.size).toBe(CAMERA_ERROR_KINDS.length);
    expect(render({ status: 'error', error: 'denied' })).toContain('Allow the camera for this site');
    expect(render({ status: 'error', error: 'absent' })).toContain('No camera found');
  });
});

describe('LivePanel markup', () => {
  it('shows a big rep counter, labelled camera select with fallback names, and the cue banner', () => {
    const html = render({ cue: { kind: 'knee_valgus', sure: true } });
    expect(html).toMatch(/class="coach-reps-big" data-testid="live-rep-count" aria-live="polite" aria-label="7 reps">7</);
    expect(html).toMatch(/<label[^>]*>Camera<\/label>/);
    expect(html).toContain('<option value="b">Camera 2</option>');
    expect(html).toContain('<p class="coach-cue">Knees caving in</p>');
    expect(html).toMatch(/<label[^>]*>Say cues out loud<\/label>/);
    expect(html).toContain('Stop camera');
    expect(render({ phase: 'down' })).toContain('reps · ↓ lowering');
  });
  it('shows a finding the camera angle cannot back up as a quiet "possibly" line, not the red banner', () => {
    const html = render({ cue: { kind: 'forward_lean', sure: false } });
    expect(html).not.toContain('class="coach-cue"');
    expect(html).toContain('Possibly: leaning too far forward — this camera angle shows it only roughly.');
  });
  it('enables analysis only for a finished recording', () => {
    expect(render()).toMatch(/<button type="button" class="coach-primary" disabled="">Analyse recording/);
    expect(render({ canAnalyse: true, recordedS: 12.3 })).toMatch(/0:12\.3<\/span><button type="button" class="coach-primary">Analyse recording/);
    expect(render({ recording: true, recordedS: 3 })).toContain('Stop recording');
    expect(render({ status: 'idle' })).toContain('Start camera');
  });
});

describe('spoken cue rate limit', () => {
  it('speaks new cues at once and repeats only after the gap', () => {
    expect(shouldSpeak(null, 'Knees out', 0)).toBe(true);
    expect(shouldSpeak({ text: 'Knees out', atMs: 0 }, 'Knees out', 1000)).toBe(false);
    expect(shouldSpeak({ text: 'Knees out', atMs: 0 }, 'Knees out', 4000)).toBe(true);
    expect(shouldSpeak({ text: 'Knees out', atMs: 0 }, 'Chest up', 10)).toBe(true);
    expect(shouldSpeak(null, null, 0)).toBe(false);
  });
});
