/**
 * People mode: a box and a name over each tracked person in the video; tapping or clicking a person
 * makes them the athlete (store/people-actions.ts). Drawn in the video's pixel space (SVG viewBox =
 * video size, letterboxed like the `<video>`'s object-fit: contain). Pointer only: the keyboard path
 * is the PeopleChooser under the video, so the drawing is hidden from assistive technology.
 */
import { useAppStore } from '../../store';
import { choosePerson } from '../../store/people-actions';
import { personBoxesAt } from '../../store/people-model';
import { useFrame } from '../shared/hooks';

export function PeopleOverlay() {
  const session = useAppStore((s) => s.session);
  const frame = useFrame();
  const boxes = personBoxesAt(session, frame);
  if (!session || boxes.length === 0) return null;
  const { width, height } = session.video;
  // Label size and stroke in video px, scaled to the picture (≈ 16 px text on a 640 px video).
  const unit = Math.max(width, height) / 640;
  const font = 16 * unit;
  return (
    <svg className="people-overlay" viewBox={`0 0 ${width} ${height}`} preserveAspectRatio="xMidYMid meet" aria-hidden="true" data-testid="people-overlay">
      {boxes.map((b) => {
        const [x, y, w, h] = b.box;
        const label = b.chosen ? `${b.label} · athlete` : b.label;
        const ly = Math.max(0, y - font * 1.5);
        return (
          <g key={b.id} className={b.chosen ? 'person-box chosen' : 'person-box'} data-testid={`person-box-${b.id}`} data-chosen={b.chosen}
            onClick={() => choosePerson(b.id)}>
            <title>{b.chosen ? `${b.label} is the athlete` : `Make ${b.label} the athlete`}</title>
            <rect x={x} y={y} width={w} height={h} strokeWidth={2 * unit} strokeDasharray={b.chosen ? undefined : `${6 * unit} ${4 * unit}`} />
            <rect className="person-tag" x={x} y={ly} width={label.length * font * 0.6 + font} height={font * 1.5} rx={4 * unit} />
            <text x={x + font * 0.5} y={ly + font * 1.1} fontSize={font}>{label}</text>
          </g>
        );
      })}
    </svg>
  );
}
