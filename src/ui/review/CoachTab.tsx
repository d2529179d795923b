/** Coaching tab: reps, hints ("show me"), view warnings, "analyse as" and trim (re-run on the existing 3D). */
import { useAppStore } from '../../store';
import { setExerciseChoice, setTrim } from '../../store/review-actions';
import { CoachPanel } from './CoachPanel';
import { useClip, useFrame } from '../shared/hooks';
import { showMoment } from '../shared/reveal';

export function CoachTab() {
  const analysis = useAppStore((s) => s.analysis);
  const exercise = useAppStore((s) => s.exercise);
  const trim = useAppStore((s) => s.trim);
  const reviewError = useAppStore((s) => s.reviewError);
  const suggestion = useAppStore((s) => s.exerciseSuggestion);
  const has3d = useAppStore((s) => s.motion !== null);
  const frame = useFrame();
  const clip = useClip();
  return (
    <>
      {reviewError && <p className="banner info" role="status">{reviewError}</p>}
      {!has3d && <p className="coach-muted">This analysis has 2D keypoints only. Turn on “3D + analysis” in the header and analyse the video again for reps, hints and the 3D view.</p>}
      <CoachPanel analysis={analysis} {...clip} frame={frame} exerciseChoice={exercise} onExerciseChoiceChange={setExerciseChoice}
        trim={trim} onTrimChange={setTrim} onSeek={showMoment} suggestion={suggestion} />
    </>
  );
}
