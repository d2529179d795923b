/**
 * Compare tab, second camera: add another phone's video of the same set; it is analysed, aligned in
 * time (store/camera2-actions.ts) and then plays beside this one on the one timeline; with 3D in both,
 * the review can use both cameras' 3D.
 */
import { useId } from 'react';
import { useAppStore } from '../../store';
import { clearSecondCamera, loadSecondCamera, setFusedView } from '../../store/camera2-actions';
import { fusionWords, METHOD_WORDS, offsetWords } from '../../store/camera2-model';
import { MIN_USEFUL_VIEW_ANGLE_DEG } from '../../pipeline/fuse-cameras';
import { formatEta } from '../../pipeline/progress';

const signed = (s: number): string => `${s >= 0 ? '+' : '−'}${Math.abs(s).toFixed(2)} s`;

export function SecondCameraPanel() {
  const c = useAppStore((s) => s.camera2);
  const id = useId();
  const loading = c?.status === 'loading';
  const p = c?.progress;
  const sync = c?.status === 'ready' ? c.sync : null;
  return (
    <section className="coach coach-card" aria-label="Second camera" aria-busy={loading}>
      <h2>Second camera</h2>
      <p className="coach-muted">Filmed the same set from a second phone? Add that video: it is lined up in time and plays beside this one.</p>
      <div className="coach-row">
        <label htmlFor={`${id}-file`}>Second camera video</label>
        <input id={`${id}-file`} type="file" accept="video/*" disabled={loading} data-testid="camera2-file"
          onChange={(e) => { const f = e.currentTarget.files?.[0]; if (f) void loadSecondCamera(f); e.currentTarget.value = ''; }} />
      </div>
      {loading && (
        <p role="status" data-testid="camera2-progress">
          {p ? `Analysing “${c.name}”: ${p.framesDone}${p.framesTotal ? ` / ${p.framesTotal}` : ''} frames · ETA ${formatEta(p.etaS)}` : `Lining up “${c.name}” in time…`}
        </p>
      )}
      {c?.status === 'error' && <p role="alert" className="coach-error" data-testid="camera2-error">{c.error}</p>}
      {sync && sync.offsetS !== null && (
        <>
          <p data-testid="camera2-offset" data-offset-s={sync.offsetS}>
            <strong>{`${offsetWords(sync.offsetS)} (offset ${signed(sync.offsetS)}).`}</strong>
            {` Found from the ${METHOD_WORDS[sync.method]}, confidence ${sync.confidence.toFixed(2)}.`}
          </p>
          <details>
            <summary>Every method</summary>
            <ul className="coach-list">
              {c!.estimates.map((e) => (
                <li key={e.method}>{`${METHOD_WORDS[e.method]}: ${e.offsetS === null ? 'no answer' : signed(e.offsetS)} — ${e.detail}`}</li>
              ))}
            </ul>
          </details>
        </>
      )}
      {c?.status === 'ready' && c.fusion && (
        <div data-testid="camera2-fusion" data-view-angle-deg={c.fusion.viewAngleDeg.toFixed(1)} data-residual-m={c.fusion.residualM.toFixed(3)}>
          <p>{fusionWords(c.fusion, MIN_USEFUL_VIEW_ANGLE_DEG)}</p>
          <label className="check">
            <input type="checkbox" checked={c.fused} onChange={(e) => setFusedView(e.currentTarget.checked)} data-testid="camera2-fused" />
            <span>Use both cameras for the 3D view and the form checks</span>
          </label>
        </div>
      )}
      {c?.status === 'ready' && c.fusionNote && <p className="coach-muted" data-testid="camera2-fusion-note">{c.fusionNote}</p>}
      {c && <button type="button" onClick={clearSecondCamera} data-testid="camera2-remove">{loading ? 'Cancel' : 'Remove the second camera'}</button>}
    </section>
  );
}
