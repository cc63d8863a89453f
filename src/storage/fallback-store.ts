/**
 * The store a page uses: the database on the device once it has opened, or memory when
 * the browser will not open it (some private modes, a disabled or broken store). Calls
 * made while it opens wait for it, so no page waits forever on a database that fails,
 * and the page can say once that progress will not be kept (`kept`).
 */
import type { ProgressStore } from './progress-store.ts';

/** Where progress is kept on this page. */
export type Keeping = 'device' | 'memory';

/** Saves that make the learner's record worth keeping for good (see `persistence.ts`). */
const SAVES_THAT_MATTER = new Set<keyof ProgressStore>([
  'beginAttempt',
  'startAttempt',
  'appendStep',
  'recordAnswer',
  'startExam',
  'handInExam',
  'markChapterRead',
  'importRecords',
]);

export interface FallbackStore {
  store: ProgressStore;
  /** Settles once the database has opened (`device`) or failed to (`memory`). */
  kept: Promise<Keeping>;
}

export function fallbackStore(openDevice: () => Promise<ProgressStore>, inMemory: () => ProgressStore, afterSave: () => void): FallbackStore {
  let current: ProgressStore | undefined;
  const kept = openDevice().then(
    (store): Keeping => {
      current = store;
      return 'device';
    },
    (error: unknown): Keeping => {
      console.warn('IndexedDB could not be opened; progress is kept in memory only', error);
      current = inMemory();
      return 'memory';
    },
  );
  const store = new Proxy({} as ProgressStore, {
    get(_, name: keyof ProgressStore | 'then' | symbol) {
      // Not a promise: `await` and `Promise.resolve` look for `then`.
      if (name === 'then' || typeof name === 'symbol') return undefined;
      return (...args: unknown[]) => {
        const call = (s: ProgressStore) => (s[name] as (...a: unknown[]) => Promise<unknown>)(...args);
        const result = current ? call(current) : kept.then(() => call(current!));
        if (SAVES_THAT_MATTER.has(name)) {
          void result.then(
            async () => (await kept) === 'device' && afterSave(),
            () => undefined,
          );
        }
        return result;
      };
    },
  });
  return { store, kept };
}
