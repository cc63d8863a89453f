/**
 * The instructor's gradebook, kept apart from their own progress: a database of its
 * own (`service-dojo-gradebook`), so importing a class's files never touches the
 * instructor's record and clearing one leaves the other. Islands call
 * `gradebookStore()` (`store.ts`); a memory implementation serves the tests.
 */
import type { Assignment } from '../../domain/assignment/assignment.ts';
import type { Weights } from '../../domain/gradebook/course-grade.ts';
import type { ImportedFile } from '../../domain/gradebook/read-files.ts';

/** The assignment being graded, as its share link gave it. */
export interface GradedAssignment {
  assignment: Assignment;
  checksum: string;
}

export interface GradebookStore {
  getAssignment(): Promise<GradedAssignment | undefined>;
  setAssignment(graded: GradedAssignment): Promise<void>;
  listFiles(): Promise<ImportedFile[]>;
  /** Adds a batch of files in one transaction: all of them or none. */
  addFiles(files: readonly ImportedFile[]): Promise<void>;
  removeFile(key: string): Promise<void>;
  clearFiles(): Promise<void>;
  getWeights(): Promise<Weights | undefined>;
  setWeights(weights: Weights): Promise<void>;
}
