/** A CSS media query as React state (re-renders when it flips). */
import { useSyncExternalStore } from 'react';

export function useMedia(query: string): boolean {
  return useSyncExternalStore(
    (cb) => { const m = window.matchMedia(query); m.addEventListener('change', cb); return () => m.removeEventListener('change', cb); },
    () => window.matchMedia(query).matches,
    () => false,
  );
}

/** The phone layout (one column) below 900 px, as in review.css. */
export const PHONE_QUERY = '(max-width: 899px)';
