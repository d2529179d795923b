/** Dismissible banners: the human message of the last failure, a cancelled run, a plain notice; the app stays usable. */
import { dismissError, dismissNotice } from '../store/actions';
import { useAppStore } from '../store';

export function ErrorBanner() {
  const error = useAppStore((s) => s.error);
  const status = useAppStore((s) => s.status);
  const notice = useAppStore((s) => s.notice);
  const kept = useAppStore((s) => s.session !== null);
  return (
    <>
      {notice && (
        <div className="banner info" role="status" data-testid="notice">
          <span>{notice}</span>
          <button type="button" onClick={dismissNotice} aria-label="Close the notice">×</button>
        </div>
      )}
      {status === 'cancelled' && (
        <div className="banner info" role="status" data-testid="cancelled">
          {kept ? 'Analysis cancelled. Your previous review is still here.' : 'Analysis cancelled.'}
        </div>
      )}
      {error && (
        <div className="banner error" role="alert" data-testid="error-banner">
          <span>{error}{kept && status === 'error' ? ' Your previous review is still here.' : ''}</span>
          <button type="button" onClick={dismissError} aria-label="Dismiss">×</button>
        </div>
      )}
    </>
  );
}
