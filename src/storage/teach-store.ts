/**
 * The instructor's assignments, in a database of their own (`service-dojo-teach`),
 * apart from the progress the same person may have made as a learner: clearing or
 * importing one never touches the other. Islands call `teachStore()`; tests use
 * `memoryTeachStore()`, which behaves the same.
 */
import { Dexie, type EntityTable } from 'dexie';
import type { Assignment } from '../domain/assignment/assignment.ts';
import { StoreError } from './problems.ts';

export interface TeachStore {
  /** Saves a new assignment, or a new version of one (same id). */
  save(assignment: Assignment): Promise<void>;
  /** Newest first. */
  list(): Promise<Assignment[]>;
  remove(id: string): Promise<void>;
}

type TeachDb = Dexie & { assignments: EntityTable<Assignment, 'id'> };

export const TEACH_DB_NAME = 'service-dojo-teach';

export function openTeachDb(name = TEACH_DB_NAME): TeachDb {
  const db = new Dexie(name) as TeachDb;
  // Version 1 (2026-12): the assignments an instructor made, by id.
  db.version(1).stores({ assignments: 'id, createdAt' });
  return db;
}

const newestFirst = (a: Assignment, b: Assignment) => b.createdAt - a.createdAt;

export function dexieTeachStore(db: TeachDb): TeachStore {
  const guarded = async <T>(write: () => Promise<T>) => {
    try {
      return await write();
    } catch (error) {
      throw new StoreError('failed', 'teach', { cause: error });
    }
  };
  return {
    save: (assignment) => guarded(async () => void (await db.assignments.put(assignment))),
    list: async () => (await db.assignments.toArray()).sort(newestFirst),
    remove: (id) => guarded(() => db.assignments.delete(id)),
  };
}

export function memoryTeachStore(): TeachStore {
  const kept = new Map<string, Assignment>();
  return {
    save: async (assignment) => void kept.set(assignment.id, structuredClone(assignment)),
    list: async () => structuredClone([...kept.values()]).sort(newestFirst),
    remove: async (id) => void kept.delete(id),
  };
}

let shared: TeachStore | undefined;
export function teachStore(): TeachStore {
  shared ??= typeof indexedDB === 'undefined' ? memoryTeachStore() : dexieTeachStore(openTeachDb());
  return shared;
}
