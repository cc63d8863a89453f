/** What the gradebook database holds, checked when read: a record that no longer parses is left out, not shown half-read. */
import { z } from 'zod';
import { assignmentSchema } from '../../domain/assignment/assignment.ts';
import { resultFileSchema } from '../../domain/assignment/result-file.ts';
import { COURSE_PARTS, type Weights } from '../../domain/gradebook/course-grade.ts';
import type { ImportedFile } from '../../domain/gradebook/read-files.ts';
import type { GradedAssignment } from './gradebook-store.ts';

export const importedFileRecord = z.object({ key: z.string().min(1), name: z.string(), result: resultFileSchema, importedAt: z.number() });
export const gradedAssignmentRecord = z.object({ assignment: assignmentSchema, checksum: z.string() });
export const weightsRecord = z.object(
  Object.fromEntries(COURSE_PARTS.map((p) => [p, z.number().min(0).max(100)])) as Record<(typeof COURSE_PARTS)[number], z.ZodNumber>,
);

export function readFiles(stored: readonly unknown[]): ImportedFile[] {
  return stored.flatMap((s) => {
    const parsed = importedFileRecord.safeParse(s);
    return parsed.success ? [parsed.data] : [];
  });
}

export function readAssignment(stored: unknown): GradedAssignment | undefined {
  const parsed = gradedAssignmentRecord.safeParse(stored);
  return parsed.success ? parsed.data : undefined;
}

export function readWeights(stored: unknown): Weights | undefined {
  const parsed = weightsRecord.safeParse(stored);
  return parsed.success ? parsed.data : undefined;
}
