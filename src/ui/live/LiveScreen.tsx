/**
 * Live webcam coach screen: the presentational `LivePanel` wired to the live controller, with the
 * camera preview, its 2D skeleton overlay and an optional small 3D view (drawn per frame outside React).
 */
import { useEffect, useRef, useState } from 'react';
import { LivePanel } from './LivePanel';
import { cameraErrorKind } from './cameraMessages';
import { installLiveHook, refreshDevices, setLive, startLive, stopLive, takeRecording, toggleRecording } from '../../store/live-actions';
import { useAppStore } from '../../store';
import type { LiveFrame } from '../../live/loop';
import { LivePreview, type PreviewHandle } from './LivePreview';
import './live.css';

export interface LiveScreenProps {
  /** Receives the recorded set (WebM from MediaRecorder) to analyse like an upload. */
  onAnalyseRecording(file: File): void;
}

const PHASE = { lowering: 'down', rising: 'up', still: null } as const;

export function LiveScreen({ onAnalyseRecording }: LiveScreenProps) {
  const s = useAppStore((st) => st.live);
  const preview = useRef<PreviewHandle>(null);
  const [show3d, setShow3d] = useState(false);

  useEffect(() => {
    installLiveHook();
    void refreshDevices();
    const md = navigator.mediaDevices;
    const onChange = () => void refreshDevices();
    md?.addEventListener?.('devicechange', onChange);
    return () => {
      md?.removeEventListener?.('devicechange', onChange);
      void stopLive();
    };
  }, []);

  const start = () => {
    const video = preview.current?.video();
    // The app's backend setting applies here too (read once per start, not subscribed).
    if (video) void startLive(video, (f: LiveFrame) => preview.current?.draw(f), { backend: useAppStore.getState().backendOverride });
  };
  const analyse = async () => {
    const file = await takeRecording();
    if (file) onAnalyseRecording(file);
  };
  const cameraError = s.error?.source === 'camera' ? cameraErrorKind({ name: s.error.name }) : s.error ? 'unknown' : null;
  const live = s.status === 'live';

  return (
    <div className="coach live-screen">
      <LivePanel
        devices={s.devices} deviceId={s.deviceId} onDeviceChange={(deviceId) => setLive({ deviceId })}
        status={s.status} error={cameraError} onStart={start} onStop={() => void stopLive()}
        repCount={s.repCount} phase={PHASE[s.phase]} cue={s.cue ? { kind: s.cue, sure: s.cueSure } : null}
        speakCues={s.speakCues} onSpeakCuesChange={(speakCues) => setLive({ speakCues })}
        recording={s.recording} recordedS={s.recordedS} onRecordToggle={() => void toggleRecording()}
        canAnalyse={s.recordingFile !== null} onAnalyse={() => void analyse()}
      >
        <div className="coach-row">
          <label htmlFor="live-exercise">Exercise</label>
          <select id="live-exercise" value={s.exercise} disabled={live || s.status === 'starting'}
            onChange={(e) => setLive({ exercise: e.currentTarget.value === 'deadlift' ? 'deadlift' : 'squat' })}>
            <option value="squat">Squat</option>
            <option value="deadlift">Deadlift (reps only)</option>
          </select>
          <span className="check">
            <input id="live-3d" type="checkbox" checked={show3d} onChange={(e) => setShow3d(e.currentTarget.checked)} />
            <label htmlFor="live-3d">Show 3D</label>
          </span>
        </div>
        {s.error && s.error.source !== 'camera' && <p className="coach-muted" role="status">Details: {s.error.message}</p>}
        {s.warning && <p className="coach-muted" role="status" data-testid="live-warning">{s.warning}</p>}
        <LivePreview ref={preview} show3d={show3d} cue={live && s.cue !== null && s.cueSure} hidden={!live && s.status !== 'starting'} />
        {live && (
          <p className="coach-muted live-stats" data-testid="live-fps">
            {s.fps.toFixed(0)} frames/s · {s.backend ?? '?'}{s.detectorInWorker ? ' (worker)' : ''}{s.lifterReady ? ' · 3D on' : ' · 3D off'}
          </p>
        )}
      </LivePanel>
    </div>
  );
}
