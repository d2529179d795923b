/** The first screen: what the app does, how to film, and the two ways in (a video file or the camera). */
import { showScreen } from '../store/actions';
import { UploadZone } from './UploadZone';

export function Welcome() {
  return (
    <section className="welcome" aria-labelledby="welcome-title">
      <h2 id="welcome-title">Your squat and deadlift coach, on this device</h2>
      <p>Film a set, and Coach3D counts your reps, times each phase, rebuilds your movement in 3D and points at
        form issues such as a forward lean or knees caving in. The video is analysed here and never uploaded.</p>
      <div className="welcome-film">
        <h3>How to film</h3>
        <ul>
          <li><strong>From the side</strong> (phone at hip height, 2–4 m away) for depth, back angle and bar path.</li>
          <li><strong>From the front</strong> for knees caving in.</li>
          <li>Whole body in the picture, feet included; one lifter; the phone still (lean it on something).</li>
        </ul>
      </div>
      <UploadZone />
      <div className="welcome-camera">
        <span>No video yet?</span>
        <button type="button" data-testid="use-camera" onClick={() => showScreen('live')}>Use the camera (live coaching)</button>
      </div>
    </section>
  );
}
