/** Table of reps: duration, range of motion, phase times, speeds, flags; each row can jump to its rep. */
import { formatCm, formatSeconds, formatSpeed } from './format';
import { repFlags } from './coachModel';
import type { MistakeView, RepView } from './types';

export interface RepListProps {
  reps: readonly RepView[];
  mistakes: readonly MistakeView[];
  /** 1-based rep under the playhead, highlighted. */
  currentRep: number | null;
  onSeekS: (seconds: number) => void;
}

export function RepList({ reps, mistakes, currentRep, onSeekS }: RepListProps) {
  const knee = reps.some((r) => r.minKneeDeg !== undefined);
  if (reps.length === 0) return <p className="coach-muted">No reps found in the active part of the clip.</p>;
  return (
    <div className="coach-scroll">
      <table className="coach-table">
        <caption className="coach-visually-hidden">Reps</caption>
        <thead>
          <tr>
            <th scope="col">Rep</th><th scope="col">Time</th><th scope="col">Range</th>
            <th scope="col"><abbr title="Lowering (eccentric) time">Down</abbr></th>
            <th scope="col"><abbr title="Rising (concentric) time">Up</abbr></th>
            {knee && <th scope="col"><abbr title="Smallest knee angle (depth)">Knee min</abbr></th>}
            <th scope="col">Mean speed</th><th scope="col">Peak speed</th><th scope="col">Flags</th>
          </tr>
        </thead>
        <tbody>
          {reps.map((r, i) => {
            const flags = repFlags(r, mistakes);
            return (
              <tr key={i} aria-current={currentRep === i + 1 ? 'true' : undefined}>
                <td>
                  <button type="button" onClick={() => onSeekS(r.startS)} aria-label={`Go to rep ${i + 1}`}>{i + 1}</button>
                </td>
                <td>{formatSeconds(r.durationS)}</td>
                <td>{formatCm(r.romM)}</td>
                <td>{formatSeconds(r.eccentricS)}</td>
                <td>{formatSeconds(r.concentricS)}</td>
                {knee && <td>{r.minKneeDeg === undefined ? '–' : `${Math.round(r.minKneeDeg)}°`}</td>}
                <td>{formatSpeed(r.meanSpeedMps)}</td>
                <td>{formatSpeed(r.peakSpeedMps)}</td>
                <td className={flags.length ? 'coach-flag' : 'coach-ok'}>{flags.length ? flags.join(', ') : 'Clean'}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
