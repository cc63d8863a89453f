/**
 * Reads that pages need before anything else, straight from IndexedDB without Dexie
 * (30 KB of script): whether a role-play may have an unfinished attempt, the chapters
 * read and the learner's time setting (the home page's are in `quick-read-home.ts`).
 * They only read; a database that does not exist yet is not created (its creation is
 * aborted), so Dexie later opens it as it always has. They rely on the table and index
 * names of `db.ts`, which only ever grow.
 */
import { TIMINGS, type Timing } from '../domain/scenario/timing.ts';
import { PROFILE_KEY } from './records/formats.ts';
import { DB_NAME } from './db-name.ts';

/** The open database, or null when there is none yet. */
function openExisting(name: string): Promise<IDBDatabase | null> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(name);
    request.onupgradeneeded = () => request.transaction?.abort();
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => (request.error?.name === 'AbortError' ? resolve(null) : reject(request.error ?? new Error('indexedDB.open failed')));
  });
}

/** A request's result as a promise. */
export function result<T>(request: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('IndexedDB request failed'));
  });
}

/** Runs `read` in one read-only transaction over `tables`; `empty` when the database or a table does not exist yet. */
export async function reading<T>(name: string, tables: string[], empty: T, read: (tx: IDBTransaction) => Promise<T>): Promise<T> {
  const db = await openExisting(name);
  if (!db) return empty;
  try {
    if (!tables.every((table) => db.objectStoreNames.contains(table))) return empty;
    return await read(db.transaction(tables, 'readonly'));
  } finally {
    db.close();
  }
}

/**
 * False when the scenario certainly has no unfinished attempt; true when it may have one
 * (or the browser could not say), and the full store must look.
 */
export async function mayHaveActiveAttempt(scenarioId: string, name = DB_NAME): Promise<boolean> {
  if (typeof indexedDB === 'undefined') return false;
  try {
    return await reading(name, ['attempts'], false, async (tx) => {
      const active = tx
        .objectStore('attempts')
        .index('[scenarioId+status]')
        .count(IDBKeyRange.only([scenarioId, 'active']));
      return (await result(active)) > 0;
    });
  } catch {
    return true;
  }
}

/** The slugs of the chapters read. */
export function readChapterSlugs(name = DB_NAME): Promise<string[]> {
  if (typeof indexedDB === 'undefined') return Promise.resolve([]);
  // A browser that will not open its storage has no chapters read to show.
  return reading(name, ['chapterReads'], [], (tx) => result(tx.objectStore('chapterReads').getAllKeys()).then((keys) => keys.map(String))).catch(() => []);
}

/** The learner's extra-time setting from their profile (`records/profile.ts`); standard when none is stored or it is not one we know. */
export async function readProfileTiming(name = DB_NAME): Promise<Timing> {
  if (typeof indexedDB === 'undefined') return 'standard';
  try {
    const profile = await reading(
      name,
      ['profile'],
      undefined,
      (tx) => result(tx.objectStore('profile').get(PROFILE_KEY)) as Promise<{ timing?: unknown } | undefined>,
    );
    return TIMINGS.find((t) => t === profile?.timing) ?? 'standard';
  } catch {
    return 'standard';
  }
}
