/**
 * The three.js view on the review screen. Mounted imperatively through a ref; per-frame updates
 * come from `useAppStore.subscribe` (no React render per frame), disposed on unmount. It opens from
 * the filming camera's direction (the analysis' camera yaw) so it matches the video, then orbits.
 */
import { radians } from '../../core/angle';
import { useEffect, useRef, useState } from 'react';
import { useAppStore, type AppState } from '../../store';
import { defaultAngleLabels, highlightsAt, SkeletonViewer, type CameraPreset, type OtherPose } from '../../viewer';
import { registerViewer, setShownFrame } from './viewer-registry';

const PRESETS: readonly (readonly [CameraPreset, string])[] = [['camera', 'Video view'], ['front', 'Front'], ['side', 'Side'], ['top', 'Top'], ['follow', 'Follow']];
const root = new Float32Array(3);
const ghostRoot = new Float32Array(3);

/**
 * Direction towards the filming camera on the display floor (rad, atan2(x, z)). The display poses are
 * the analysis ground frame (z = the body's median forward), where the camera sits at −yaw
 * (`analysis.view.yawDeg`: + = person turned to their left); without an analysis they are the
 * lifter's camera frame, where the camera is at +z (0).
 */
export const cameraAzimuthRad = (s: Pick<AppState, 'analysis'>): number => (s.analysis ? radians(-s.analysis.view.yawDeg) : 0);

/** People mode: the others seen in frame `f` (their pose there is not NaN). */
const othersAt = (s: AppState, f: number): OtherPose[] => s.others.flatMap((o) =>
  (f < o.frames && Number.isFinite(o.pose[f * 51]) && Number.isFinite(o.root[f * 3]) ? [{ pose: o.pose, root: o.root.subarray(f * 3, f * 3 + 3), offset: f * 51 }] : []));

/** Pushes the store's current frame into the viewer. */
function applyFrame(v: SkeletonViewer, s: AppState): void {
  const { motion, analysis, ghost, frameTimes } = s;
  if (!motion) { v.setPose(null); v.setOtherPoses([]); setShownFrame(-1); return; }
  const f = Math.min(motion.frames - 1, Math.max(0, s.currentFrame));
  root.set(motion.root.subarray(f * 3, f * 3 + 3));
  const tS = frameTimes[f] ?? 0;
  if (analysis) v.setHighlights(highlightsAt(analysis.mistakes, tS));
  v.setOtherPoses(othersAt(s, f)); // before the athlete: the first pose frames everyone
  v.setPose(motion.pose, root, f * 51);
  v.setLabels(defaultAngleLabels(motion.pose, f * 51, analysis?.spineAngleDeg[f]));
  const rf = ghost?.matched[f] ?? -1;
  if (ghost && rf >= 0) {
    ghostRoot.set(ghost.root.subarray(f * 3, f * 3 + 3));
    v.setGhostPose(ghost.pose, ghostRoot, rf * 51);
  } else v.setGhostPose(null);
  setShownFrame(f);
}

export function Viewer3D() {
  const box = useRef<HTMLDivElement>(null);
  const viewer = useRef<SkeletonViewer | null>(null);
  const [preset, setPreset] = useState<CameraPreset>('camera');
  const [rotate, setRotate] = useState(false);
  const hasGhost = useAppStore((s) => s.ghost !== null);
  const hasOthers = useAppStore((s) => s.others.length > 0);
  useEffect(() => {
    if (!box.current) return;
    let v: SkeletonViewer;
    try { v = new SkeletonViewer(box.current); } catch (e) { useAppStore.setState({ error: (e as Error).message, errorKind: 'webgl' }); return; }
    viewer.current = v;
    registerViewer(v);
    v.setGround({ up: [0, 1, 0], heightM: 0 });
    v.setCameraAzimuth(cameraAzimuthRad(useAppStore.getState()));
    v.setCameraPreset('camera');
    applyFrame(v, useAppStore.getState());
    const unsub = useAppStore.subscribe((s, prev) => {
      if (s.currentFrame !== prev.currentFrame || s.motion !== prev.motion || s.analysis !== prev.analysis || s.ghost !== prev.ghost || s.others !== prev.others) {
        if (s.motion !== prev.motion) v.setPose(null);
        if (s.analysis !== prev.analysis) v.setCameraAzimuth(cameraAzimuthRad(s));
        applyFrame(v, s);
        if (s.motion !== prev.motion) v.setCameraPreset(v.cameraPreset);
      }
    });
    return () => { unsub(); registerViewer(null); viewer.current = null; v.dispose(); };
  }, []);
  const choose = (p: CameraPreset) => { setPreset(p); viewer.current?.setCameraPreset(p); };
  const toggleRotate = () => { setRotate(!rotate); viewer.current?.setTouchRotate(!rotate); };
  return (
    <figure className="coach viewer3d" aria-label="3D reconstruction">
      <div ref={box} className="viewer3d-canvas" data-testid="viewer3d" />
      <div className="coach-row presets" role="group" aria-label="Camera">
        {PRESETS.map(([p, label]) => (
          <button key={p} type="button" aria-pressed={preset === p} onClick={() => choose(p)} data-testid={`preset-${p}`}>{label}</button>
        ))}
        <button type="button" className="touch-only" aria-pressed={rotate} onClick={toggleRotate} data-testid="touch-rotate">Rotate with one finger</button>
      </div>
      <figcaption className="coach-muted">
        <span className="mouse-only">Drag to orbit, scroll to zoom. </span>
        <span className="touch-only">{rotate ? 'One finger turns the model; tap “Rotate” again to scroll. ' : 'Swipe to scroll; two fingers turn and zoom the model. '}</span>
        {hasGhost && 'Orange: the reference. '}
        {hasOthers && 'Grey: the other people, where they stand.'}
      </figcaption>
    </figure>
  );
}
