import { useSyncExternalStore } from 'react';

const noSubscription = () => () => {};

/**
 * False in the static HTML and while React hydrates, true after. React discards what is
 * typed or ticked in a control before its island hydrates, so forms keep their controls
 * disabled until then.
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
}
