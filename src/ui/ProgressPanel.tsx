/** Progress bar with frame count, speed, ETA and a cancel button. */
import { formatEta, type Phase } from '../pipeline/progress';
import { cancelAnalysis } from '../store/actions';
import { useAppStore } from '../store';

const PHASE_TEXT: Record<Phase, string> = {
  starting: 'Reading the video…', 'loading-model': 'Loading the pose model…', detecting: 'Finding the body in every frame…',
  lifting: 'Lifting to 3D…', analysing: 'Analysing reps…', done: 'Done',
};

export function ProgressPanel() {
  const status = useAppStore((s) => s.status);
  const p = useAppStore((s) => s.progress);
  if (status !== 'running') return null;
  const pct = p?.fraction != null ? Math.round(p.fraction * 100) : null;
  return (
    <section className="progress" data-testid="progress">
      <div>{PHASE_TEXT[p?.phase ?? 'starting']}</div>
      <progress max={100} value={pct ?? undefined} aria-label="Analysis progress" />
      <div className="progress-info">
        {p ? `${p.framesDone}${p.framesTotal ? ` / ${p.framesTotal}` : ''} frames · ${p.fps.toFixed(1)} fps · ETA ${formatEta(p.etaS)}` : ''}
        <button type="button" onClick={cancelAnalysis} data-testid="cancel">Cancel</button>
      </div>
    </section>
  );
}
