/** Whether the learner asked their system for reduced motion, following changes to the setting. */
import { useSyncExternalStore } from 'react';

const QUERY = '(prefers-reduced-motion: reduce)';

function subscribe(onChange: () => void): () => void {
  const list = matchMedia(QUERY);
  list.addEventListener('change', onChange);
  return () => list.removeEventListener('change', onChange);
}
const current = () => matchMedia(QUERY).matches;
// Rendered on the server only as the first screen, which moves nothing.
const onServer = () => true;

export function useReducedMotion(): boolean {
  return useSyncExternalStore(subscribe, current, onServer);
}
