/**
 * The backup file a learner exports from `/progress` and imports on another device.
 * Validated whole before anything is written: a bad file changes nothing.
 */
import { z } from 'zod';

export const BACKUP_FORMAT = 'service-dojo-backup';
/** Bumped when the file's shape changes; files from a newer version are refused. */
export const BACKUP_VERSION = 1;

const step = z.union([
  z.strictObject({ node: z.string(), choice: z.number().int().min(0) }),
  z.strictObject({ node: z.string(), timeout: z.literal(true) }),
  z.strictObject({ undo: z.literal(true) }),
]);

const answer = z.union([
  z.strictObject({ type: z.enum(['single', 'dialogue']), choice: z.number().int().min(0) }),
  z.strictObject({ type: z.literal('multiple'), choices: z.array(z.number().int().min(0)) }),
  z.strictObject({ type: z.literal('truefalse'), value: z.boolean() }),
  z.strictObject({ type: z.literal('ordering'), order: z.array(z.number().int().min(0)) }),
]);

const time = z.number().int().min(0);
const date = z.union([z.string(), z.number()]).transform((v) => new Date(v)).refine((d) => !Number.isNaN(d.getTime()), 'not a date');

const attempt = z.looseObject({
  id: z.string().min(1),
  format: z.number().int(),
  scenarioId: z.string().min(1),
  contentHash: z.string().min(1),
  locale: z.string(),
  status: z.enum(['active', 'finished', 'superseded']),
  startedAt: time,
  updatedAt: time,
  steps: z.array(step),
});

const exam = z.looseObject({
  id: z.string().min(1),
  seed: z.string(),
  questionIds: z.array(z.string()),
  startedAt: time,
  minutes: z.number().positive(),
  extraMinutes: z.number().min(0),
  answers: z.record(z.string(), answer),
  flagged: z.array(z.string()),
  status: z.enum(['active', 'finished']),
});

const reviewCard = z.looseObject({
  questionId: z.string().min(1),
  chapter: z.string(),
  addedAt: time,
  due: time,
  // Dates inside the FSRS card come back from JSON as strings.
  card: z.looseObject({ due: date, last_review: date.optional() }),
});

export const backupSchema = z.strictObject({
  format: z.literal(BACKUP_FORMAT, { error: 'this is not a Service Dojo backup file' }),
  version: z.number().int().min(1).max(BACKUP_VERSION, { error: 'this backup was made by a newer version of Service Dojo; update the site first' }),
  exportedAt: time,
  tables: z.strictObject({
    attempts: z.array(attempt),
    chapterReads: z.array(z.strictObject({ slug: z.string().min(1), readAt: time })),
    quizAnswers: z.array(z.looseObject({ questionId: z.string(), chapter: z.string(), mode: z.enum(['practice', 'exam', 'review']), answer: answer.nullable(), score: z.number(), correct: z.boolean(), answeredAt: time })),
    exams: z.array(exam),
    reviewCards: z.array(reviewCard),
  }),
});
export type Backup = z.infer<typeof backupSchema>;
