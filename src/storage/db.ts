/**
 * The learner's record in IndexedDB, used only inside `src/storage` (islands use
 * `progressStore()`). Versions only grow: a new version adds a `this.version(n)`
 * line (with an upgrade function when data must move), its schema and records to
 * `tests/fixtures/migrations/build.ts`, and a dump made by it (`vN.json` there): the
 * migration test opens every dump with the current code and finds every record. Records keep the format
 * they were written in; `records/upgrade.ts` brings older ones up to date when read.
 */
import { Dexie, type DexieOptions, type EntityTable } from 'dexie';
import type { AssignmentRecord } from './records/assignment.ts';
import { DB_NAME } from './db-name.ts';
import type { StoredAttempt } from './records/attempt.ts';
import type { ChapterRead } from './records/chapter-read.ts';
import type { LrsLink, OutboxEntry } from './records/xapi.ts';
import type { StoredExam } from './records/exam.ts';
import type { ProfileRecord } from './records/profile.ts';
import type { QuizAnswer } from './records/quiz-answer.ts';
import type { QuizRun } from './records/quiz-run.ts';
import type { ReviewCard } from './records/review-card.ts';

export type { Attempt } from './records/attempt.ts';
export { DB_NAME };

export type DojoDb = Dexie & {
  attempts: EntityTable<StoredAttempt, 'id'>;
  chapterReads: EntityTable<ChapterRead, 'slug'>;
  quizAnswers: EntityTable<QuizAnswer, 'id'>;
  quizRuns: EntityTable<QuizRun, 'chapter'>;
  exams: EntityTable<StoredExam, 'id'>;
  reviewCards: EntityTable<ReviewCard, 'questionId'>;
  assignments: EntityTable<AssignmentRecord, 'id'>;
  profile: EntityTable<ProfileRecord, 'key'>;
  lrsLinks: EntityTable<LrsLink, 'assignmentId'>;
  xapiOutbox: EntityTable<OutboxEntry, 'id'>;
};

/** `options` lets tests hand Dexie a broken IndexedDB. */
export function openDojoDb(name = DB_NAME, options?: DexieOptions): DojoDb {
  const db = new Dexie(name, options) as DojoDb;
  // Version 1 (2026-11): role-play attempts and chapters read.
  db.version(1).stores({
    attempts: 'id, scenarioId, status, [scenarioId+status], finishedAt',
    chapterReads: 'slug',
  });
  // Version 2 (2026-11): quizzes, mock exams and the review queue. New tables only: no data moves.
  db.version(2).stores({
    quizAnswers: '++id, questionId, chapter, answeredAt',
    exams: 'id, status, startedAt',
    reviewCards: 'questionId, due',
  });
  // Version 3 (2026-12): where the learner is in each chapter's practice. A new table only.
  db.version(3).stores({
    quizRuns: 'chapter',
  });
  // Version 4 (2026-12): assignments opened from instructors' links, and the learner's profile. New tables only.
  db.version(4).stores({
    assignments: 'id',
    profile: 'key',
  });
  // Version 5 (2027-01): the LRS a class reports to, and the statements waiting to reach it. New tables only.
  db.version(5).stores({
    lrsLinks: 'assignmentId',
    xapiOutbox: 'id, nextAt',
  });
  return db;
}

let shared: DojoDb | undefined;
/** The one database connection a page uses. */
export function dojoDb(): DojoDb {
  shared ??= openDojoDb();
  return shared;
}
