/**
 * The backup file a learner exports from `/progress` and imports on another device:
 * every table, each record checked by its own schema. Records of older formats are
 * accepted (and upgraded on import); records and files of newer ones are refused.
 */
import { z } from 'zod';
import { assignmentRecord } from './assignment.ts';
import { attemptRecord } from './attempt.ts';
import { chapterReadRecord } from './chapter-read.ts';
import { examRecord } from './exam.ts';
import { time } from './fields.ts';
import { profileRecord } from './profile.ts';
import { quizAnswerRecord } from './quiz-answer.ts';
import { quizRunRecord } from './quiz-run.ts';
import { reviewCardRecord } from './review-card.ts';

export const BACKUP_FORMAT = 'service-dojo-backup';
/** 2 (2026-12): adds `quizRuns`. 3 (2026-12): adds `assignments` and `profile`. Bumped when the file's shape changes; files from a newer version are refused. */
export const BACKUP_VERSION = 3;

/** Enough of a file to tell whether it is a backup, and of which version. */
export const backupHeader = z.object({ format: z.literal(BACKUP_FORMAT), version: z.number().int().min(1) });

export const backupSchema = z.strictObject({
  format: z.literal(BACKUP_FORMAT),
  version: z.number().int().min(1).max(BACKUP_VERSION),
  exportedAt: time,
  tables: z.strictObject({
    attempts: z.array(attemptRecord),
    chapterReads: z.array(chapterReadRecord),
    quizAnswers: z.array(quizAnswerRecord),
    /** Since version 2. */
    quizRuns: z.array(quizRunRecord).default([]),
    exams: z.array(examRecord),
    reviewCards: z.array(reviewCardRecord),
    /** Since version 3. */
    assignments: z.array(assignmentRecord).default([]),
    /** Since version 3: none or one record. */
    profile: z.array(profileRecord).max(1).default([]),
  }),
});

export type Backup = z.output<typeof backupSchema>;
