/** Drop zone + file input (the CLI drives this same input with setInputFiles). Several files: the first is analysed and a notice names the rest. */
import { useState } from 'react';
import { startAnalysisOfFiles } from '../store/actions';

export function UploadZone({ compact = false }: { compact?: boolean }) {
  const [over, setOver] = useState(false);
  const take = (files: FileList | null) => { if (files?.length) startAnalysisOfFiles([...files]); };
  return (
    <label className={`upload${over ? ' over' : ''}${compact ? ' compact' : ''}`}
      onDragOver={(e) => { e.preventDefault(); setOver(true); }}
      onDragLeave={() => setOver(false)}
      onDrop={(e) => { e.preventDefault(); setOver(false); take(e.dataTransfer.files); }}>
      <span>{compact ? <>Analyse another video: drop it here or <u>choose a file</u></> : <><strong>Choose a video</strong> or drop it here (MP4, MOV, WebM, MKV or an animated GIF). It never leaves this device.</>}</span>
      <input type="file" multiple accept="video/*,.mp4,.mov,.m4v,.webm,.mkv,image/gif,image/apng,image/webp,.gif,.png,.webp" data-testid="upload"
        onChange={(e) => { take(e.target.files); e.target.value = ''; }} />
    </label>
  );
}
