/** Downloads: per-frame person boxes as CSV (3DAT style) and the full result JSON. */
import { boxesToCsv } from '../core/box-csv';
import { useAppStore } from '../store';

function download(name: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

const stem = (file: string) => file.replace(/\.[^.]+$/, '');

export function Exports() {
  const result = useAppStore((s) => s.result);
  if (!result) return null;
  const { video, frames, timingsMs, backend } = result;
  const withPerson = frames.filter((f) => f.persons.length > 0).length;
  return (
    <section className="exports">
      <span data-testid="summary">
        {video.frameCount} frames · {video.fps.toFixed(2)} fps · person in {withPerson} · 2D {(timingsMs.detect2d / Math.max(1, frames.length)).toFixed(1)} ms/frame on {backend}
      </span>
      <button type="button" data-testid="export-csv" onClick={() => download(`${stem(video.file)}-boxes.csv`, boxesToCsv(frames), 'text/csv')}>Boxes CSV</button>
      {result.warnings?.map((w) => <div key={w} className="banner info" role="status" data-testid="warning">{w}</div>)}
      <button type="button" data-testid="export-json" onClick={() => download(`${stem(video.file)}-result.json`, JSON.stringify(result), 'application/json')}>Result JSON</button>
    </section>
  );
}
