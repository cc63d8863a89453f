/** The one progress store a page uses: IndexedDB where the browser opens it, memory otherwise. */
import { dojoDb } from './db.ts';
import { dexieStore } from './dexie-store.ts';
import { fallbackStore, type Keeping } from './fallback-store.ts';
import { memoryStore } from './memory-store.ts';
import { askPersistence } from './persistence.ts';
import type { ProgressStore } from './progress-store.ts';

export type { Keeping };

let shared: { store: ProgressStore; kept: Promise<Keeping> } | undefined;

function opened() {
  shared ??=
    typeof indexedDB === 'undefined'
      ? { store: memoryStore(), kept: Promise.resolve('memory') }
      : fallbackStore(
          async () => {
            const db = dojoDb();
            await db.open();
            return dexieStore(db);
          },
          memoryStore,
          () => void askPersistence(),
        );
  return shared;
}

export function progressStore(): ProgressStore {
  return opened().store;
}

/** Where this page keeps progress: on the device, or in memory only (lost when the page closes). */
export function keptWhere(): Promise<Keeping> {
  return opened().kept;
}

/** For a page where calls are tried out and nothing is kept (an author's draft): memory from now on. */
export function keepProgressInMemory(): void {
  shared = { store: memoryStore(), kept: Promise.resolve('memory') };
}
