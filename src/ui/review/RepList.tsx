/** Table of reps: duration, range of motion, phase times, speeds, flags; each row can jump to its rep. */
import { formatCm, formatSeconds } from '../shared/format';

/** A number with `digits` decimals, or "–" when missing (the unit is in the column header). */
const num = (v: number | undefined, digits: number) => (v === undefined || !Number.isFinite(v) ? '–' : v.toFixed(digits));
import { repFlags } from './coachModel';
import type { MistakeView, RepView } from '../shared/types';

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
            <th scope="col"><abbr title="Lowering (eccentric) / rising (concentric) time, seconds">Down / up s</abbr></th>
            {knee && <th scope="col"><abbr title="Smallest knee angle (depth)">Knee min</abbr></th>}
            <th scope="col"><abbr title="Mean / peak speed while rising, metres per second">Speed m/s mean / peak</abbr></th><th scope="col">Flags</th>
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
                <td>{`${num(r.eccentricS, 1)} / ${num(r.concentricS, 1)}`}</td>
                {knee && <td>{r.minKneeDeg === undefined ? '–' : `${Math.round(r.minKneeDeg)}°`}</td>}
                <td>{`${num(r.meanSpeedMps, 2)} / ${num(r.peakSpeedMps, 2)}`}</td>
                <td className={`coach-flags ${flags.length ? 'coach-flag' : 'coach-ok'}`}>{flags.length ? flags.join(', ') : 'Clean'}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
