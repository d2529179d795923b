/** A dismissible banner with the human message of the last failure; the app stays usable. */
import { dismissError } from '../store/actions';
import { useAppStore } from '../store';

export function ErrorBanner() {
  const error = useAppStore((s) => s.error);
  const status = useAppStore((s) => s.status);
  if (status === 'cancelled') return <div className="banner info" role="status" data-testid="cancelled">Analysis cancelled.</div>;
  if (!error) return null;
  return (
    <div className="banner error" role="alert" data-testid="error-banner">
      <span>{error}</span>
      <button type="button" onClick={dismissError} aria-label="Dismiss">×</button>
    </div>
  );
}
