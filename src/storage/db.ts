/**
 * The learner's record in IndexedDB. Versions only grow: a new version adds a
 * `this.version(n)` line (with an upgrade function when data must move) and a test
 * that opens the old version, seeds it and checks the data after the upgrade.
 */
import { Dexie, type EntityTable } from 'dexie';
import type { Step } from '../domain/scenario/machine.ts';
import type { ScoreResult } from '../domain/scenario/scoring.ts';
import type { Timing } from '../domain/scenario/timing.ts';
import type { ExamResult } from '../domain/quiz/exam.ts';
import type { Answer } from '../domain/quiz/grade.ts';
import type { Card } from '../domain/review/schedule.ts';

/** Bumped when the shape of a saved attempt changes; old ones are migrated or refused. */
export const ATTEMPT_FORMAT = 1;

export interface Attempt {
  id: string;
  format: number;
  scenarioId: string;
  /** The scenario's content hash when the attempt began. */
  contentHash: string;
  /** The language the learner played in. */
  locale: string;
  /** Practice (feedback at once, take-backs) or test (feedback at the end). Older attempts: practice. */
  mode?: 'practice' | 'test';
  /** Time limits as the learner set them. Older attempts: standard. */
  timing?: Timing;
  /** `superseded`: the scenario changed under an unfinished attempt. */
  status: 'active' | 'finished' | 'superseded';
  startedAt: number;
  updatedAt: number;
  finishedAt?: number;
  steps: Step[];
  ending?: string;
  /** Kept for quick listing; always re-derivable from `steps` by replay. */
  score?: ScoreResult;
}

export interface ChapterRead {
  /** Chapter slug; reading either language counts. */
  slug: string;
  readAt: number;
}

/** One answer to one question, in practice, an exam or a review. */
export interface QuizAnswer {
  id?: number;
  questionId: string;
  chapter: string;
  mode: 'practice' | 'exam' | 'review';
  /** null: left unanswered in an exam. */
  answer: Answer | null;
  score: number;
  correct: boolean;
  answeredAt: number;
}

export interface ExamAttempt {
  id: string;
  format: number;
  /** The draw's seed: the same seed gives the same questions. */
  seed: string;
  questionIds: string[];
  startedAt: number;
  /** Time allowed, including any extra time. */
  minutes: number;
  /** Extra minutes the learner asked for (recorded, as exam rules require). */
  extraMinutes: number;
  answers: Record<string, Answer>;
  flagged: string[];
  status: 'active' | 'finished';
  finishedAt?: number;
  submittedBy?: 'learner' | 'timeout';
  result?: ExamResult;
  locale: string;
}

/** A question in the wrong-answer notebook, with its FSRS card. */
export interface ReviewCard {
  questionId: string;
  chapter: string;
  card: Card;
  addedAt: number;
  /** Due time as a number, for the index. */
  due: number;
}

export type DojoDb = Dexie & {
  attempts: EntityTable<Attempt, 'id'>;
  chapterReads: EntityTable<ChapterRead, 'slug'>;
  quizAnswers: EntityTable<QuizAnswer, 'id'>;
  exams: EntityTable<ExamAttempt, 'id'>;
  reviewCards: EntityTable<ReviewCard, 'questionId'>;
};

export const DB_NAME = 'service-dojo';

export function openDojoDb(name = DB_NAME): DojoDb {
  const db = new Dexie(name) as DojoDb;
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
  return db;
}

let shared: DojoDb | undefined;
/** The one database instance a page uses. */
export function dojoDb(): DojoDb {
  shared ??= openDojoDb();
  return shared;
}
