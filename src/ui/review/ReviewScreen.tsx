/** The review screen after an analysis: video + 2D overlay and the 3D view on one timeline, with tabbed panels. */
import { useState } from 'react';
import { useAppStore } from '../../store';
import { ChartsTab } from './ChartsTab';
import { CoachTab } from './CoachTab';
import { CompareTab } from './CompareTab';
import { ExportTab } from './ExportTab';
import { ReviewTimeline } from './ReviewTimeline';
import { VideoStage } from './VideoStage';
import { Viewer3D } from './Viewer3D';
import './review.css';

const TABS = [['coach', 'Coaching', CoachTab], ['charts', 'Charts', ChartsTab], ['compare', 'Compare', CompareTab], ['export', 'Export', ExportTab]] as const;
type Tab = (typeof TABS)[number][0];

function Summary() {
  const result = useAppStore((s) => s.result);
  const note = useAppStore((s) => s.sessionNote);
  if (!result) return null;
  const { video, frames, timingsMs, backend } = result;
  const withPerson = frames.filter((f) => f.persons.length > 0).length;
  return (
    <div className="review-summary">
      <span data-testid="summary">
        {video.file} · {video.frameCount} frames · {video.fps.toFixed(2)} fps · person in {withPerson} · 2D {(timingsMs.detect2d / Math.max(1, frames.length)).toFixed(1)} ms/frame on {backend}
      </span>
      {result.warnings?.map((w) => <div key={w} className="banner info" role="status" data-testid="warning">{w}</div>)}
      {note && <div className="banner info" role="status" data-testid="session-note">{note}</div>}
    </div>
  );
}

export function ReviewScreen() {
  const [tab, setTab] = useState<Tab>('coach');
  const hasResult = useAppStore((s) => s.result !== null && s.status === 'done');
  const has3d = useAppStore((s) => s.motion !== null);
  const hasVideo = useAppStore((s) => s.videoUrl !== null);
  if (!hasResult) return null;
  const Panel = TABS.find((t) => t[0] === tab)![2];
  return (
    <section className="review" aria-label="Review">
      <div className="review-main">
        <div className={`review-views${has3d && hasVideo ? ' two' : ''}`}>
          <VideoStage />
          {has3d && <Viewer3D />}
        </div>
        <ReviewTimeline />
        <Summary />
      </div>
      <div className="review-side">
        <div role="tablist" aria-label="Review panels" className="review-tabs">
          {TABS.map(([id, label]) => (
            <button key={id} type="button" role="tab" id={`tab-${id}`} aria-selected={tab === id} aria-controls="review-panel"
              data-testid={`tab-${id}`} onClick={() => setTab(id)}>{label}</button>
          ))}
        </div>
        <div role="tabpanel" id="review-panel" aria-labelledby={`tab-${tab}`} className="review-panel">
          <Panel />
        </div>
      </div>
    </section>
  );
}
