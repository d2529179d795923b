import { ErrorBanner } from './ErrorBanner';
import { Exports } from './Exports';
import { Header } from './Header';
import { Player } from './Player';
import { ProgressPanel } from './ProgressPanel';
import { UploadZone } from './UploadZone';
import './app.css';

export function App() {
  return (
    <main className="app">
      <Header />
      <ErrorBanner />
      <UploadZone />
      <ProgressPanel />
      <Player />
      <Exports />
    </main>
  );
}
