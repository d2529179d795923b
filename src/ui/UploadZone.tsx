/** Drop zone + file input (the CLI drives this same input with setInputFiles). */
import { useState } from 'react';
import { startAnalysis } from '../store/actions';

export function UploadZone({ compact = false }: { compact?: boolean }) {
  const [over, setOver] = useState(false);
  const take = (files: FileList | null) => {
    const f = files?.[0];
    if (f) void startAnalysis(f);
  };
  return (
    <label className={`upload${over ? ' over' : ''}${compact ? ' compact' : ''}`}
      onDragOver={(e) => { e.preventDefault(); setOver(true); }}
      onDragLeave={() => setOver(false)}
      onDrop={(e) => { e.preventDefault(); setOver(false); take(e.dataTransfer.files); }}>
      <span>{compact ? 'Analyse another video: drop it here or ' : ''}{compact ? <u>choose a file</u> : <>Drop a squat or deadlift video here, or <u>choose a file</u> (MP4, MOV, WebM, MKV or an animated GIF). It never leaves this device.</>}</span>
      <input type="file" accept="video/*,.mp4,.mov,.m4v,.webm,.mkv,image/gif,image/apng,image/webp,.gif,.png,.webp" data-testid="upload"
        onChange={(e) => { take(e.target.files); e.target.value = ''; }} />
    </label>
  );
}
