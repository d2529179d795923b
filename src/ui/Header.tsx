/** Title, the backend actually in use, and the backend/model settings. */
import type { BackendName, ModelName } from '../core/result';
import { useAppStore } from '../store';

export function Header() {
  const choice = useAppStore((s) => s.backend);
  const override = useAppStore((s) => s.backendOverride);
  const model = useAppStore((s) => s.model);
  const running = useAppStore((s) => s.status === 'running');
  const lift3d = useAppStore((s) => s.lift3d);
  const { setBackendOverride, setModel, setLift3d } = useAppStore.getState();
  return (
    <header className="app-header">
      <h1>Coach3D</h1>
      <span className="backend" data-testid="backend" data-backend={choice?.backend ?? ''} title={choice?.reason ?? ''}>
        {choice ? `Backend: ${choice.backend} — ${choice.reason}` : 'Backend: chosen when a video is analysed'}
      </span>
      <label>Backend{' '}
        <select value={override ?? 'auto'} disabled={running} data-testid="backend-select"
          onChange={(e) => setBackendOverride(e.target.value === 'auto' ? null : (e.target.value as BackendName))}>
          <option value="auto">auto</option><option value="wasm">wasm</option><option value="webgl">webgl</option><option value="webgpu">webgpu</option>
        </select>
      </label>
      <label>Model{' '}
        <select value={model} disabled={running} data-testid="model-select" onChange={(e) => setModel(e.target.value as ModelName)}>
          <option value="movenet-lightning">Lightning (fast)</option><option value="movenet-thunder">Thunder (accurate)</option>
        </select>
      </label>
      <label title="Lift the 2D keypoints to 3D and analyse the reps">
        <input type="checkbox" checked={lift3d} disabled={running} data-testid="lift-toggle" onChange={(e) => setLift3d(e.target.checked)} /> 3D + analysis
      </label>
    </header>
  );
}
