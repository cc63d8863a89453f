/** The gradebook in IndexedDB, through Dexie: its own database, never the learner's. */
import { Dexie, type EntityTable } from 'dexie';
import type { ImportedFile } from '../../domain/gradebook/read-files.ts';
import type { GradebookStore } from './gradebook-store.ts';
import { importedFileRecord, readAssignment, readFiles, readWeights } from './records.ts';

export const GRADEBOOK_DB = 'service-dojo-gradebook';

type GradebookDb = Dexie & {
  files: EntityTable<ImportedFile, 'key'>;
  settings: EntityTable<{ name: string; value: unknown }, 'name'>;
};

export function openGradebookDb(name = GRADEBOOK_DB): GradebookDb {
  const db = new Dexie(name) as GradebookDb;
  // Version 1 (2026-12): imported result files, and settings (the assignment, the weights).
  db.version(1).stores({ files: 'key', settings: 'name' });
  return db;
}

export function dexieGradebookStore(db: GradebookDb = openGradebookDb()): GradebookStore {
  const setting = async (name: string) => (await db.settings.get(name))?.value;
  return {
    getAssignment: async () => readAssignment(await setting('assignment')),
    setAssignment: async (graded) => {
      await db.settings.put({ name: 'assignment', value: graded });
    },
    listFiles: async () => readFiles(await db.files.toArray()),
    addFiles: async (files) => {
      // Checked before the transaction opens: one bad record and nothing is written.
      const checked = files.map((f) => importedFileRecord.parse(f));
      await db.transaction('rw', db.files, () => db.files.bulkPut(checked));
    },
    removeFile: (key) => db.files.delete(key),
    clearFiles: () => db.files.clear(),
    getWeights: async () => readWeights(await setting('weights')),
    setWeights: async (weights) => {
      await db.settings.put({ name: 'weights', value: weights });
    },
  };
}
