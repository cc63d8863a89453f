/** Loads content for an island after it mounts; the server-rendered HTML shows the loading state. */
import { useEffect, useEffectEvent, useState } from 'react';

export type Loaded<T> = { state: 'loading' } | { state: 'ready'; value: T } | { state: 'failed'; error: unknown; retry: () => void };

/** Runs `load` when `key` changes (and on retry); `key` names what is loaded. */
export function useContent<T>(load: () => Promise<T>, key: string): Loaded<T> {
  const [tries, setTries] = useState(0);
  const [loaded, setLoaded] = useState<Loaded<T>>({ state: 'loading' });
  // `load` is a new function on each render; `key` says when it loads something else.
  const start = useEffectEvent(() => load());
  useEffect(() => {
    let current = true;
    setLoaded({ state: 'loading' });
    start().then(
      (value) => current && setLoaded({ state: 'ready', value }),
      (error: unknown) => current && setLoaded({ state: 'failed', error, retry: () => setTries((n) => n + 1) }),
    );
    return () => {
      current = false;
    };
  }, [key, tries]);
  return loaded;
}
