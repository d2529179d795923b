/**
 * Accuracy tab: load ground truth for the reviewed clip (docs/accuracy.md; read on the device, never
 * uploaded), see PCKh@0.5 / PCK@0.2 / px error (2D) and MPJPE / 3DPCK@150 mm (3D), and a joint × frame
 * error heatmap whose cells seek the video.
 */
import { useState } from 'react';
import { COCO_JOINTS, H36M_JOINTS } from '../../core/skeleton';
import { useAppStore } from '../../store';
import { loadTruthFile } from '../../store/accuracy-actions';
import { ErrorHeatmap } from './ErrorHeatmap';
import { niceScaleMax } from './heatmapModel';

const pct = (v: number) => (Number.isFinite(v) ? `${(100 * v).toFixed(1)} %` : '—');
const num = (v: number, unit: string) => (Number.isFinite(v) ? `${v.toFixed(1)} ${unit}` : '—');

function Stat({ id, label, value, title }: { id: string; label: string; value: string; title: string }) {
  return <div className="accuracy-stat" title={title}><dt>{label}</dt><dd data-testid={`acc-${id}`}>{value}</dd></div>;
}

export function AccuracyTab() {
  const acc = useAppStore((s) => s.accuracy);
  const error = useAppStore((s) => s.accuracyError);
  const [dim, setDim] = useState<'2d' | '3d'>('2d');
  const r = acc?.report;
  const has2 = !!r?.errors2dPx.some((v) => !Number.isNaN(v));
  const show = r && (dim === '3d' && r.errors3dMm ? '3d' : has2 ? '2d' : r.errors3dMm ? '3d' : '2d');
  return (
    <div className="accuracy" data-testid="accuracy">
      <p className="coach-muted">
        Score the keypoints of this clip against ground truth: a JSON or CSV file with 2D keypoints (px) and/or
        3D joints (m) per frame (format: docs/accuracy.md). The file is read on this device and never uploaded.
      </p>
      <label className="accuracy-load">
        <span>{acc ? 'Load another truth file' : 'Load a truth file'}</span>
        <input type="file" accept=".json,.csv,application/json,text/csv" data-testid="truth-input"
          onChange={(e) => { const f = e.target.files?.[0]; e.target.value = ''; if (f) void loadTruthFile(f); }} />
      </label>
      {error && <div className="banner error" role="alert" data-testid="accuracy-error">{error}</div>}
      {acc && r && (
        <>
          <p data-testid="acc-source" className={`accuracy-source${acc.truth.source.kind === 'model' ? ' model' : ''}`}>
            {acc.file}: {acc.truth.source.kind === 'model'
              ? `a ${acc.truth.source.model} result used as the reference — these numbers are agreement between two models, not accuracy.`
              : 'labelled truth.'}
            {' '}{r.truthFrames} frames with truth, {r.framesCompared} compared, <span data-testid="acc-missing">{r.missingFrames}</span> with no person found{r.outsideClip ? ` (${r.outsideClip} outside the clip)` : ''}.
          </p>
          <dl className="accuracy-stats">
            <Stat id="pckh05" label="PCKh@0.5" value={pct(r.pckh05)} title="2D joints within half a head size of the truth (mean over joints)" />
            <Stat id="pck02" label="PCK@0.2" value={pct(r.pck02)} title="2D joints within 0.2 × torso diameter" />
            <Stat id="meanpx" label="Mean 2D error" value={num(r.meanErrPx, 'px')} title="Mean distance of the found joints, video pixels" />
            {r.errors3dMm && <Stat id="mpjpe" label="MPJPE" value={num(r.mpjpeMm, 'mm')} title="Mean 3D joint error after aligning the pelvis" />}
            {r.errors3dMm && <Stat id="pck3d" label="3DPCK@150 mm" value={pct(r.pck3d150)} title="3D joints within 150 mm after aligning the pelvis" />}
            {r.errors3dMm && <Stat id="pampjpe" label="PA-MPJPE" value={num(r.pampjpeMm, 'mm')} title="Mean 3D joint error after also aligning each frame's rotation and size: the pose's shape" />}
          </dl>
          {has2 && r.errors3dMm && (
            <div role="radiogroup" aria-label="Heatmap errors" className="accuracy-dim">
              {(['2d', '3d'] as const).map((d) => (
                <button key={d} type="button" role="radio" aria-checked={show === d} onClick={() => setDim(d)} data-testid={`acc-dim-${d}`}>
                  {d === '2d' ? '2D (px)' : '3D (mm)'}
                </button>
              ))}
            </div>
          )}
          {show === '3d' && r.errors3dMm
            ? <ErrorHeatmap errors={r.errors3dMm} rows={H36M_JOINTS} unit="mm" scaleMax={300} />
            : <ErrorHeatmap errors={r.errors2dPx} rows={COCO_JOINTS} unit="px" scaleMax={niceScaleMax(r.errors2dPx, 10)} />}
        </>
      )}
    </div>
  );
}
