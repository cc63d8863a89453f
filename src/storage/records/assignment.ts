/** An assignment the learner opened from an instructor's share link. */
import { z } from 'zod';
import { assignmentSchema } from '../../domain/assignment/assignment.ts';
import { time } from './fields.ts';

export const assignmentRecord = z.object({
  /** The assignment's own id: opening an edited version of it replaces the one kept. */
  id: z.string().min(1),
  assignment: assignmentSchema,
  /** The share link's checksum: which version of the assignment this is (result files carry it). */
  checksum: z.string().regex(/^[0-9a-f]{8}$/),
  /** The link's fragment, so the assignment can be opened again from the home page. */
  fragment: z.string().min(1),
  /** When the learner first opened it; kept when a newer version is opened. */
  receivedAt: time,
  /** The last time a result file was made for it. */
  handedInAt: time.optional(),
});

export type AssignmentRecord = z.output<typeof assignmentRecord>;
