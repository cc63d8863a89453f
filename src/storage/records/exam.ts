/** A mock exam: drawn, answered and flagged question by question, then handed in. */
import { z } from 'zod';
import type { ExamResult } from '../../domain/quiz/exam.ts';
import { answer, format, time } from './fields.ts';
import { EXAM_FORMAT } from './formats.ts';

const result: z.ZodType<ExamResult> = z.object({
  points: z.number().min(0),
  score: z.number().min(0).max(100),
  passed: z.boolean(),
  missed: z.array(z.string()),
});

export const examRecord = z.object({
  id: z.string().min(1),
  /** The shape this record was written in (`formats.ts`). */
  format: format(EXAM_FORMAT),
  /** The draw's seed, shown as the paper number: the same seed gives the same questions. */
  seed: z.string(),
  questionIds: z.array(z.string()),
  locale: z.string(),
  startedAt: time,
  /** The paper's own time, before any extra time. Since format 2. */
  paperMinutes: z.number().positive().optional(),
  /** Time allowed: the paper's time plus all extra time. */
  minutes: z.number().positive(),
  /** All extra time, asked for at the start or during the exam (recorded, as exam rules require). */
  extraMinutes: z.number().min(0),
  /** Each addition of time during the exam. Since format 2. */
  timeAdded: z.array(z.object({ at: time, minutes: z.number().positive() })).optional(),
  /** Index of the question on screen, so a reload returns to it. Since format 2. */
  position: z.number().int().min(0).optional(),
  answers: z.record(z.string(), answer),
  flagged: z.array(z.string()),
  status: z.enum(['active', 'finished']),
  finishedAt: time.optional(),
  submittedBy: z.enum(['learner', 'timeout']).optional(),
  result: result.optional(),
});

/** An exam as stored, in any format up to the newest. */
export type StoredExam = z.output<typeof examRecord>;
/** An exam as the application sees it: upgraded to the newest format. */
export type ExamAttempt = StoredExam & Required<Pick<StoredExam, 'paperMinutes' | 'timeAdded' | 'position'>>;
