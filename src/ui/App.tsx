/** The app shell: header, error banner, screens (Analyse / Sessions / Live), progress. */
import { lazy, Suspense, useEffect, type ComponentType } from 'react';
import { useAppStore } from '../store';
import { showScreen, startAnalysis } from '../store/actions';
import { refreshSessions } from '../store/sessions';
import { ErrorBanner } from './ErrorBanner';
import { Header } from './Header';
import { ProgressPanel } from './ProgressPanel';
import { ReviewScreen } from './review/ReviewScreen';
import { SessionsScreen } from './review/SessionsScreen';
import { UploadZone } from './UploadZone';
import './app.css';

type LiveModule = { LiveScreen: ComponentType<{ onAnalyseRecording(file: File): void }> };
/** The live screen is optional at build time (another module); the glob is empty when it is absent. */
const liveLoaders = import.meta.glob<LiveModule>('./live/LiveScreen.tsx');
const liveLoader = Object.values(liveLoaders)[0];
const LiveScreen = liveLoader ? lazy(() => liveLoader().then((m) => ({ default: m.LiveScreen }))) : null;

const SCREENS = [['analyse', 'Analyse'], ['sessions', 'Sessions'], ...(LiveScreen ? [['live', 'Live']] as const : [])] as const;

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
  const hasResult = useAppStore((s) => s.result !== null);
  useEffect(() => { void refreshSessions(); }, []);
  return (
    <main className="app wide">
      <Header />
      <Nav />
      <ErrorBanner />
      {screen === 'analyse' && (
        <>
          <UploadZone compact={hasResult} />
          <ProgressPanel />
          <ReviewScreen />
        </>
      )}
      {screen === 'sessions' && <SessionsScreen />}
      {screen === 'live' && LiveScreen && (
        <Suspense fallback={<p role="status">Loading the live coach…</p>}>
          <LiveScreen onAnalyseRecording={(f) => void startAnalysis(f)} />
        </Suspense>
      )}
    </main>
  );
}
