/** The one progress store a page uses: IndexedDB where the browser opens it, memory otherwise. */
import { dojoDb } from './db.ts';
import { dexieStore } from './dexie-store.ts';
import { fallbackStore, type Keeping } from './fallback-store.ts';
import { reportsToLrs } from './lrs-flag.ts';
import { memoryStore } from './memory-store.ts';
import { askPersistence } from './persistence.ts';
import type { ProgressStore } from './progress-store.ts';
import { reportingStore, type Reporter } from './reporting.ts';

export type { Keeping };

let shared: { store: ProgressStore; kept: Promise<Keeping> } | undefined;
const reporters: Reporter[] = [];
const reporting = (store: ProgressStore) => reportingStore(store, () => reporters);

function opened() {
  if (!shared) {
    const { store, kept } =
      typeof indexedDB === 'undefined'
        ? { store: memoryStore(), kept: Promise.resolve<Keeping>('memory') }
        : fallbackStore(
            async () => {
              const db = dojoDb();
              await db.open();
              return dexieStore(db);
            },
            memoryStore,
            () => void askPersistence(),
          );
    shared = { store: reporting(store), kept };
  }
  return shared;
}

export function progressStore(): ProgressStore {
  return opened().store;
}

/** Where this page keeps progress: on the device, or in memory only (lost when the page closes). */
export function keptWhere(): Promise<Keeping> {
  return opened().kept;
}

/** Tells `reporter` about every record this page keeps from now on (an LMS, an LRS); the returned function stops that. */
export function reportTo(reporter: Reporter): () => void {
  reporters.push(reporter);
  return () => {
    const at = reporters.indexOf(reporter);
    if (at >= 0) reporters.splice(at, 1);
  };
}

/** For a page where calls are tried out and nothing is kept (an author's draft): memory from now on. */
export function keepProgressInMemory(): void {
  shared = { store: reporting(memoryStore()), kept: Promise.resolve('memory') };
}

/**
 * Reporting to an LRS, on pages of a browser that does (`lrs-flag.ts`): the sender loads
 * only then, as soon as this module does (so a learner who goes offline later still has it),
 * and records kept while it loads wait for it in order. Should it fail to load, it is tried
 * again at the next record and when the browser is back online.
 */
function lrsReporter(): Reporter {
  let loaded: Promise<Reporter> | undefined;
  const load = () =>
    (loaded ??= import('../lms/xapi/reporter.ts').then(
      (m) => m.startLrsReporting(),
      (error: unknown) => {
        loaded = undefined;
        throw error;
      },
    ));
  void load().catch(() => addEventListener('online', () => void load().catch(() => undefined), { once: true }));
  return { kept: (record) => load().then((reporter) => reporter.kept(record)) };
}

if (reportsToLrs()) reportTo(lrsReporter());
