/** The gradebook in memory: for tests, and for browsers where IndexedDB cannot be opened. */
import type { Weights } from '../../domain/gradebook/course-grade.ts';
import type { ImportedFile } from '../../domain/gradebook/read-files.ts';
import type { GradebookStore, GradedAssignment } from './gradebook-store.ts';
import { importedFileRecord, readFiles } from './records.ts';

export function memoryGradebookStore(): GradebookStore {
  let files = new Map<string, ImportedFile>();
  let assignment: GradedAssignment | undefined;
  let weights: Weights | undefined;
  // Records are copied in and out, as a database would, so callers cannot change what is stored.
  const copy = <T>(value: T): T => structuredClone(value);
  return {
    getAssignment: async () => copy(assignment),
    setAssignment: async (graded) => {
      assignment = copy(graded);
    },
    listFiles: async () => readFiles(copy([...files.values()])),
    addFiles: async (added) => {
      const next = new Map(files);
      for (const file of added) next.set(file.key, importedFileRecord.parse(copy(file)));
      files = next;
    },
    removeFile: async (key) => {
      files.delete(key);
    },
    clearFiles: async () => {
      files = new Map();
    },
    getWeights: async () => copy(weights),
    setWeights: async (w) => {
      weights = copy(w);
    },
  };
}
