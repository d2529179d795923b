/** A copy of some of the store's fields (what an action keeps, to put back if a new run fails). */
import { useAppStore, type AppState } from './index';

export function pickState<K extends keyof AppState>(keys: readonly K[]): Pick<AppState, K> {
  const s = useAppStore.getState();
  return Object.fromEntries(keys.map((k) => [k, s[k]])) as Pick<AppState, K>;
}
