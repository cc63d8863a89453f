/** The one progress store a page uses: IndexedDB where the browser has it, memory otherwise. */
import { dojoDb } from './db.ts';
import { dexieStore } from './dexie-store.ts';
import { memoryStore } from './memory-store.ts';
import type { ProgressStore } from './progress-store.ts';

let shared: ProgressStore | undefined;

export function progressStore(): ProgressStore {
  shared ??= typeof indexedDB === 'undefined' ? memoryStore() : dexieStore(dojoDb());
  return shared;
}

/** For a page where calls are tried out and nothing is kept (an author's draft): memory from now on. */
export function keepProgressInMemory(): void {
  shared = memoryStore();
}
