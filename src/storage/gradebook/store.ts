/** The one gradebook store a page uses: IndexedDB where the browser has it, memory otherwise. */
import { dexieGradebookStore } from './dexie-store.ts';
import type { GradebookStore } from './gradebook-store.ts';
import { memoryGradebookStore } from './memory-store.ts';

let shared: GradebookStore | undefined;

export function gradebookStore(): GradebookStore {
  shared ??= typeof indexedDB === 'undefined' ? memoryGradebookStore() : dexieGradebookStore();
  return shared;
}
