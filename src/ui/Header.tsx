/** Title, screens, a running-analysis badge and the settings (behind a button, each with what it does). */
import type { BackendName, ModelName } from '../core/result';
import { useAppStore } from '../store';
import { RunningBadge } from './RunningBadge';

function Settings() {
  const choice = useAppStore((s) => s.backend);
  const override = useAppStore((s) => s.backendOverride);
  const model = useAppStore((s) => s.model);
  const running = useAppStore((s) => s.status === 'running');
  const lift3d = useAppStore((s) => s.lift3d);
  const { setBackendOverride, setModel, setLift3d } = useAppStore.getState();
  return (
    <details className="settings">
      <summary data-testid="settings" aria-label="Settings"><span className="settings-icon" aria-hidden="true">⚙</span><span className="settings-word">Settings</span></summary>
      <div className="settings-panel">
        {running && <p className="settings-note">Settings apply to the next analysis.</p>}
        <label className="settings-item">
          <span className="settings-name">Pose model</span>
          <select value={model} disabled={running} data-testid="model-select" onChange={(e) => setModel(e.target.value as ModelName)}>
            <option value="movenet-lightning">Lightning — fast</option><option value="movenet-thunder">Thunder — more accurate, about 3× slower</option>
          </select>
          <span className="settings-help">Finds your joints in every frame. Try Thunder when the skeleton jumps or loses a limb.</span>
        </label>
        <label className="settings-item">
          <span className="settings-name">Compute on</span>
          <select value={override ?? 'auto'} disabled={running} data-testid="backend-select"
            onChange={(e) => setBackendOverride(e.target.value === 'auto' ? null : (e.target.value as BackendName))}>
            <option value="auto">Automatic (recommended)</option><option value="webgpu">Graphics card (WebGPU)</option>
            <option value="webgl">Graphics card (WebGL)</option><option value="wasm">Processor (WASM)</option>
          </select>
          <span className="settings-help" data-testid="backend" data-backend={choice?.backend ?? ''}>
            {choice ? `Last analysis ran on ${choice.backend}: ${choice.reason}.` : 'Automatic picks the fastest one this device has. Everything runs on this device; the video is never uploaded.'}
          </span>
        </label>
        <label className="settings-item settings-check">
          <input type="checkbox" checked={lift3d} disabled={running} data-testid="lift-toggle" onChange={(e) => setLift3d(e.target.checked)} />
          <span><span className="settings-name">3D and coaching</span>
            <span className="settings-help">Builds the 3D skeleton, counts reps and checks your form. Off: 2D skeleton only (faster).</span></span>
        </label>
      </div>
    </details>
  );
}

export function Header() {
  return (
    <header className="app-header">
      <h1>Coach3D</h1>
      <RunningBadge />
      <Settings />
    </header>
  );
}
