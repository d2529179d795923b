/** Export tab: every format, built on demand; failures go to the banner. */
import { useState } from 'react';
import { errorMessage } from '../../core/errors';
import { useAppStore } from '../../store';
import { ExportMenu } from './ExportMenu';
import type { ExportKind } from '../shared/types';
import { runExport, unavailableExports } from './exports';

export function ExportTab() {
  const [busy, setBusy] = useState<ExportKind | null>(null);
  // Re-render when what the exports depend on changes.
  useAppStore((s) => s.session);
  useAppStore((s) => s.motion);
  const run = async (kind: ExportKind) => {
    setBusy(kind);
    try { await runExport(kind); } catch (e) {
      useAppStore.setState({ error: `Export failed: ${errorMessage(e)}`, errorKind: 'export' });
    } finally { setBusy(null); }
  };
  return <ExportMenu onExport={(k) => void run(k)} unavailable={unavailableExports()} busy={busy} />;
}
