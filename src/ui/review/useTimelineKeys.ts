/** Window-level timeline shortcuts; ignores keys while the user types or a native control owns them. */
import { useEffect, useRef } from 'react';
import { applyAction, keyToAction, targetOwnsKey, type TimelineCommand, type TimelineState } from './keyboard';

export function useTimelineKeys(enabled: boolean, state: TimelineState, run: (cmd: TimelineCommand) => void): void {
  const latest = useRef({ state, run });
  useEffect(() => {
    latest.current = { state, run };
  });
  useEffect(() => {
    if (!enabled) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.altKey || e.ctrlKey || e.metaKey) return;
      if (targetOwnsKey(e.target as HTMLInputElement | null, e.key)) return;
      const action = keyToAction(e.key, e.shiftKey);
      if (!action) return;
      e.preventDefault();
      latest.current.run(applyAction(action, latest.current.state));
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [enabled]);
}
