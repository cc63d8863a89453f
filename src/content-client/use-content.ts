/** Loads content for an island after it mounts; the server-rendered HTML shows the loading state. */
import { useEffect, useState } from 'react';

export type Loaded<T> =
  | { state: 'loading' }
  | { state: 'ready'; value: T }
  | { state: 'failed'; error: unknown; retry: () => void };

/** Runs `load` when `key` changes (and on retry); `key` names what is loaded. */
export function useContent<T>(load: () => Promise<T>, key: string): Loaded<T> {
  const [tries, setTries] = useState(0);
  const [loaded, setLoaded] = useState<Loaded<T>>({ state: 'loading' });
  useEffect(() => {
    let current = true;
    setLoaded({ state: 'loading' });
    load().then(
      (value) => current && setLoaded({ state: 'ready', value }),
      (error: unknown) => current && setLoaded({ state: 'failed', error, retry: () => setTries((n) => n + 1) }),
    );
    return () => {
      current = false;
    };
    // `load` is a new function on each render; `key` says when it loads something else.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, tries]);
  return loaded;
}
