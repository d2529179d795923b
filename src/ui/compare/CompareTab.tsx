/** Compare tab: a reference video or saved session → score, group differences, worst moments; ghost in 3D. */
import { useAppStore } from '../../store';
import { clearReference, loadReferenceSession, loadReferenceVideo } from '../../store/compare-actions';
import { formatEta } from '../../pipeline/progress';
import { ComparisonPanel } from './ComparisonPanel';
import { SecondCameraPanel } from './SecondCameraPanel';
import { useClip, useFrame } from '../shared/hooks';
import { showMoment } from '../shared/reveal';

export function CompareTab() {
  const s = {
    sessions: useAppStore((st) => st.sessions), sessionId: useAppStore((st) => st.sessionId), compareProgress: useAppStore((st) => st.compareProgress),
    compareStatus: useAppStore((st) => st.compareStatus), reference: useAppStore((st) => st.reference), compareError: useAppStore((st) => st.compareError),
    comparison: useAppStore((st) => st.comparison),
  };
  const frame = useFrame();
  const clip = useClip();
  const sessions = s.sessions.filter((x) => x.status === 'complete' && x.id !== s.sessionId).map((x) => ({ id: x.id, name: x.name }));
  const p = s.compareProgress;
  return (
    <>
      {s.compareStatus === 'loading' && p && (
        <p className="coach-muted" role="status" data-testid="compare-progress">
          {`Analysing the reference: ${p.framesDone}${p.framesTotal ? ` / ${p.framesTotal}` : ''} frames · ETA ${formatEta(p.etaS)}`}
          {' '}<button type="button" onClick={clearReference}>Cancel</button>
        </p>
      )}
      <ComparisonPanel reference={s.reference} sessions={sessions} status={s.compareStatus} error={s.compareError ?? undefined}
        report={s.comparison} {...clip} frame={frame} onLoadVideo={(f) => void loadReferenceVideo(f)}
        onPickSession={(id) => void loadReferenceSession(id)} onClear={clearReference} onSeek={showMoment} />
      <SecondCameraPanel />
    </>
  );
}
