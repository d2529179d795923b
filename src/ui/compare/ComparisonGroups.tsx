/** Per-group differences: a mean bar and a sparkline over time (shared scale) with the playhead. */
import { groupLabel, sparklineSegments, type ComparisonGroupView } from './comparisonModel';

export interface ComparisonGroupsProps {
  groups: readonly ComparisonGroupView[];
  /** Top of the shared scale, cm. */
  maxCm: number;
  frame: number;
  frameCount: number;
}

const W = 200;
const H = 32;

export function ComparisonGroups({ groups, maxCm, frame, frameCount }: ComparisonGroupsProps) {
  const x = frameCount > 1 ? (Math.min(frame, frameCount - 1) / (frameCount - 1)) * W : 0;
  return (
    <table className="coach-table">
      <caption className="coach-visually-hidden">Difference to the reference by body part</caption>
      <thead>
        <tr><th scope="col">Body part</th><th scope="col">Mean</th><th scope="col">Over time</th></tr>
      </thead>
      <tbody>
        {groups.map((g) => (
          <tr key={String(g.group)}>
            <th scope="row" style={{ textAlign: 'left' }}>{groupLabel(String(g.group))}</th>
            <td style={{ minWidth: '6rem' }}>
              <div className="coach-bar" style={{ width: `${Math.min(100, (g.meanCm / maxCm) * 100).toFixed(1)}%` }} aria-hidden="true" />
              {`${g.meanCm.toFixed(1)} cm`}
            </td>
            <td style={{ width: '50%' }}>
              <svg className="coach-spark" viewBox={`0 0 ${W} ${H}`} preserveAspectRatio="none" role="img"
                aria-label={`${groupLabel(String(g.group))} difference over time, up to ${maxCm.toFixed(0)} cm`}>
                {sparklineSegments(g.diffCm, W, H, maxCm).map((pts, i) => (
                  <polyline key={i} points={pts} fill="none" stroke="#5cc8ff" strokeWidth={1.5} vectorEffect="non-scaling-stroke" />
                ))}
                <line x1={x} x2={x} y1={0} y2={H} stroke="#ffe066" strokeWidth={1.5} vectorEffect="non-scaling-stroke" />
              </svg>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
