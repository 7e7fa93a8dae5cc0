/** Whether a CSS media query matches, kept up to date as it changes (a tablet's keyboard, a rotated phone, a resized window). */
import { useCallback, useSyncExternalStore } from 'react';

const can = () => typeof matchMedia === 'function';

/** True while `query` matches; false where the page has no media queries (tests without a browser). */
export function useMediaQuery(query: string): boolean {
  // One subscription per query (a new function each render would make React subscribe again each time).
  const subscribe = useCallback(
    (onChange: () => void) => {
      if (!can()) return () => undefined;
      const mq = matchMedia(query);
      mq.addEventListener('change', onChange);
      return () => mq.removeEventListener('change', onChange);
    },
    [query],
  );
  return useSyncExternalStore(
    subscribe,
    () => can() && matchMedia(query).matches,
    () => false,
  );
}
