/** The app shell: header, error banner, screens (Analyse / Sessions / Live), progress. */
import { lazy, Suspense, useEffect } from 'react';
import { useAppStore } from '../store';
import { showScreen, startAnalysis } from '../store/actions';
import { refreshSessions } from '../store/session-actions';
import { ErrorBanner } from './ErrorBanner';
import { Header } from './Header';
import { ProgressPanel } from './ProgressPanel';
import { ReviewScreen } from './review/ReviewScreen';
import { SessionsScreen } from './sessions/SessionsScreen';
import { UploadZone } from './UploadZone';
import { Welcome } from './Welcome';
import './app.css';

/** The live coach loads on first use (camera, causal lifter); the upload path does not need it. */
const LiveScreen = lazy(() => import('./live/LiveScreen').then((m) => ({ default: m.LiveScreen })));

const SCREENS = [['analyse', 'Analyse'], ['sessions', 'Sessions'], ['live', 'Live']] as const;

function Nav() {
  const screen = useAppStore((s) => s.screen);
  const interrupted = useAppStore((s) => s.sessions.filter((x) => x.status === 'interrupted' && !(s.status === 'running' && x.id === s.sessionId)).length);
  return (
    <nav className="nav" aria-label="Screens">
      {SCREENS.map(([id, label]) => (
        <button key={id} type="button" aria-current={screen === id ? 'page' : undefined} data-testid={`nav-${id}`} onClick={() => showScreen(id)}>
          {label}{id === 'sessions' && interrupted > 0 ? ` (${interrupted} interrupted)` : ''}
        </button>
      ))}
    </nav>
  );
}

export function App() {
  const screen = useAppStore((s) => s.screen);
  const hasResult = useAppStore((s) => s.session !== null);
  const running = useAppStore((s) => s.status === 'running');
  useEffect(() => { void refreshSessions(); }, []);
  return (
    <main className="app wide">
      <Header />
      <Nav />
      <ErrorBanner />
      {screen === 'analyse' && (
        <>
          {!hasResult && !running && <Welcome />}
          <ProgressPanel />
          <ReviewScreen />
          {(hasResult || running) && <UploadZone compact />}
        </>
      )}
      {screen === 'sessions' && <SessionsScreen />}
      {screen === 'live' && (
        <Suspense fallback={<p role="status">Loading the live coach…</p>}>
          <LiveScreen onAnalyseRecording={(f) => void startAnalysis(f)} />
        </Suspense>
      )}
    </main>
  );
}
