/**
 * The review screen after an analysis. Video first: the video with its 2D overlay is the main element
 * with the timeline under it; the 3D view sits beside it on a desktop and behind a toggle on a phone;
 * the tabbed panels (coaching, charts, compare, export, accuracy against ground truth) follow.
 */
import { framesWithPerson } from '../../pipeline/session';
import { useState } from 'react';
import { useAppStore } from '../../store';
import { AccuracyTab } from './AccuracyTab';
import { ChartsTab } from './ChartsTab';
import { CoachTab } from './CoachTab';
import { CompareTab } from '../compare/CompareTab';
import { ExportTab } from './ExportTab';
import { ReviewTimeline } from './ReviewTimeline';
import { PeopleChooser } from './PeopleChooser';
import { PHONE_QUERY, useMedia } from '../shared/useMedia';
import { ReferenceVideo } from '../compare/ReferenceVideo';
import { SecondCameraVideo } from './SecondCameraVideo';
import { VideoStage } from './VideoStage';
import { Viewer3D } from './Viewer3D';
import './review.css';
import './accuracy.css';

const TABS = [['coach', 'Coaching', CoachTab], ['charts', 'Charts', ChartsTab], ['compare', 'Compare', CompareTab], ['export', 'Export', ExportTab], ['accuracy', 'Accuracy', AccuracyTab]] as const;
type Tab = (typeof TABS)[number][0];

function Summary() {
  const session = useAppStore((s) => s.session);
  const note = useAppStore((s) => s.sessionNote);
  if (!session) return null;
  const { video, track, timingsMs, backend } = session;
  const withPerson = framesWithPerson(track);
  return (
    <div className="review-summary">
      <span data-testid="summary" className="coach-muted">
        {video.file} · {video.frameCount} frames · {video.fps.toFixed(2)} fps · person in {withPerson} · 2D {(timingsMs.detect2d / Math.max(1, track.frames)).toFixed(1)} ms/frame on {backend}
      </span>
      {session.warnings.map((w) => <div key={w} className="banner info" role="status" data-testid="warning">{w}</div>)}
      {note && <div className="banner info" role="status" data-testid="session-note">{note}</div>}
    </div>
  );
}

export function ReviewScreen() {
  const [tab, setTab] = useState<Tab>('coach');
  const [show3dPhone, setShow3dPhone] = useState(false);
  const phone = useMedia(PHONE_QUERY);
  const hasResult = useAppStore((s) => s.session !== null && s.status !== 'running');
  const has3d = useAppStore((s) => s.motion !== null);
  const hasVideo = useAppStore((s) => s.videoUrl !== null);
  // A video beside the athlete's: the reference (matched rep by rep) or a second camera of the set (offset in time).
  const hasBeside = useAppStore((s) => (s.referenceUrl !== null && s.ghost !== null) || s.camera2?.status === 'ready');
  if (!hasResult) return null;
  const Panel = TABS.find((t) => t[0] === tab)![2];
  // Without a video (a session saved without it) the 3D view is the main element everywhere.
  const threeInMain = has3d && (!hasVideo || (phone && show3dPhone));
  const threeInSide = has3d && hasVideo && !phone;
  return (
    <section className="review" aria-label="Review">
      <div className="review-main">
        <div className={`review-stage${hasBeside && hasVideo ? ' two' : ''}`} data-review-stage="">
          <VideoStage />
          <ReferenceVideo />
          <SecondCameraVideo />
        </div>
        <PeopleChooser />
        <ReviewTimeline />
        {phone && has3d && hasVideo && (
          <button type="button" className="review-toggle3d" aria-pressed={show3dPhone} aria-controls="review-3d"
            data-testid="toggle-3d" onClick={() => setShow3dPhone(!show3dPhone)}>
            {show3dPhone ? 'Hide the 3D view' : 'Show the 3D view'}
          </button>
        )}
        {threeInMain && <div id="review-3d"><Viewer3D /></div>}
      </div>
      <div className="review-side">
        {threeInSide && <div id="review-3d"><Viewer3D /></div>}
        <div role="tablist" aria-label="Review panels" className="review-tabs">
          {TABS.map(([id, label]) => (
            <button key={id} type="button" role="tab" id={`tab-${id}`} aria-selected={tab === id} aria-controls="review-panel"
              data-testid={`tab-${id}`} onClick={() => setTab(id)}>{label}</button>
          ))}
        </div>
        <div role="tabpanel" id="review-panel" aria-labelledby={`tab-${tab}`} className="review-panel">
          <Panel />
        </div>
        <Summary />
      </div>
    </section>
  );
}
