/**
 * A live query over the progress store, re-run whenever the records it read change, in
 * this tab or another (Dexie's `liveQuery`). The query starts only once the store has
 * opened: a query that first waited for the database to open would leave Dexie's
 * tracking behind and never run again.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import { progressStore, keptWhere } from '../storage/store.ts';
import type { ProgressStore } from '../storage/progress-store.ts';

export function useLiveRecord<T>(query: (store: ProgressStore) => Promise<T>): T | undefined {
  const [opened, setOpened] = useState(false);
  useEffect(() => {
    let live = true;
    void keptWhere().then(() => live && setOpened(true));
    return () => {
      live = false;
    };
  }, []);
  // `query` is read once the store is open; a page's query does not change while it is shown.
  return useLiveQuery(() => (opened ? query(progressStore()) : undefined), [opened]);
}
