/** Export choices as a disclosure menu; the caller builds and downloads the files. */
import { useId } from 'react';
import type { ExportKind } from '../shared/types';
import '../shared/coach.css';

export const EXPORTS: readonly { kind: ExportKind; label: string; detail: string }[] = [
  { kind: 'json', label: 'Analysis (JSON)', detail: 'Everything, in the CLI’s coach-analysis/1 format' },
  { kind: 'csv-keypoints', label: 'Keypoints (CSV)', detail: 'Per-frame 2D and 3D joint positions' },
  { kind: 'csv-reps', label: 'Reps (CSV)', detail: 'One row per rep: times, range, speeds, flags' },
  { kind: 'csv-mistakes', label: 'Form hints (CSV)', detail: 'One row per hint: kind, rep, times, severity, confidence, evidence' },
  { kind: 'bvh', label: '3D motion (BVH)', detail: 'Skeleton animation for Blender and other 3D tools' },
  { kind: 'png', label: 'Picture (PNG)', detail: 'The current 3D view' },
  { kind: 'csv-boxes', label: 'Person boxes (CSV)', detail: 'Per-frame detection boxes in video pixels' },
];

export interface ExportMenuProps {
  onExport: (kind: ExportKind) => void;
  /** Kinds that cannot be made now (e.g. BVH before 3D exists); absent = available. */
  unavailable?: Partial<Record<ExportKind, string>>;
  /** The export being prepared, if any. */
  busy?: ExportKind | null;
}

export function ExportMenu({ onExport, unavailable = {}, busy = null }: ExportMenuProps) {
  const id = useId();
  return (
    <details className="coach coach-card">
      <summary>Export</summary>
      <ul className="coach-list" aria-label="Export formats">
        {EXPORTS.map((e) => {
          const why = unavailable[e.kind];
          return (
            <li key={e.kind}>
              <button type="button" onClick={() => onExport(e.kind)} disabled={!!why || busy !== null}
                aria-describedby={`${id}-${e.kind}`} data-export={e.kind} data-testid={`export-${e.kind}`}>
                {busy === e.kind ? `Preparing ${e.label}…` : e.label}
              </button>
              <span id={`${id}-${e.kind}`} className="coach-muted">{` ${why ?? e.detail}`}</span>
            </li>
          );
        })}
      </ul>
    </details>
  );
}
