/** "Analysing 42 %" badge in the header, on every screen, while an analysis runs; it leads back to the progress. */
import { useAppStore } from '../store';
import { showScreen } from '../store/actions';

export function RunningBadge() {
  const running = useAppStore((s) => s.status === 'running');
  const view = useAppStore((s) => s.progressView);
  const onAnalyse = useAppStore((s) => s.screen === 'analyse');
  if (!running) return null;
  const pct = Math.round((view?.fraction ?? 0) * 100);
  return (
    <button type="button" className="running-badge" data-testid="running-badge" aria-live="polite"
      onClick={() => showScreen('analyse')} disabled={onAnalyse} title={onAnalyse ? undefined : 'Show the running analysis'}>
      <span className="running-dot" aria-hidden="true" />{`Analysing ${pct} %`}
    </button>
  );
}
