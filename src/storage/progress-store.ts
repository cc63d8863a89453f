/**
 * Everything the learner has done, behind one interface. Islands and page scripts
 * use `progressStore()` (`store.ts`) and never the database. Two implementations
 * behave the same (one test suite runs against both): IndexedDB through Dexie
 * (`dexie-store.ts`), and memory (`memory-store.ts`) for tests and for browsers
 * where IndexedDB cannot be used. A change that spans tables is one transaction.
 */
import type { DrawnPaper, ExamResult, QuestionMark } from '../domain/quiz/exam.ts';
import type { Answer } from '../domain/quiz/grade.ts';
import type { Step } from '../domain/scenario/machine.ts';
import type { ScoreResult } from '../domain/scenario/scoring.ts';
import type { AssignmentRecord } from './records/assignment.ts';
import type { Attempt } from './records/attempt.ts';
import type { ChapterRead } from './records/chapter-read.ts';
import type { ExamAttempt } from './records/exam.ts';
import type { Profile, ProfileChange, ProfileRecord } from './records/profile.ts';
import type { NewQuizAnswer, QuizAnswer } from './records/quiz-answer.ts';
import type { QuizRun } from './records/quiz-run.ts';
import type { ReviewCard } from './records/review-card.ts';
import type { QuestionHistory } from './changes.ts';

export type NewAttempt = Pick<Attempt, 'scenarioId' | 'contentHash' | 'locale' | 'mode' | 'timing' | 'assignmentId' | 'variant' | 'seed'>;

export interface Finish {
  ending: string;
  score: ScoreResult;
}

export interface NewExam {
  seed: string;
  /** The drawn paper; the exam asks its questions section by section. */
  paper: DrawnPaper;
  /** The paper's own time. */
  paperMinutes: number;
  /** Extra time asked for at the start (within the exam's rules). */
  extraMinutes: number;
  locale: string;
}

/** A paper marked by the domain (`markPaper`), ready to be recorded. */
export interface HandIn {
  result: ExamResult;
  marks: QuestionMark[];
  submittedBy: 'learner' | 'timeout';
}

/** An assignment as read from its share link. */
export type ReceivedAssignment = Pick<AssignmentRecord, 'assignment' | 'checksum' | 'fragment'>;

/** Every table, as a backup file carries it. */
export interface RecordTables {
  attempts: Attempt[];
  chapterReads: ChapterRead[];
  quizAnswers: QuizAnswer[];
  quizRuns: QuizRun[];
  exams: ExamAttempt[];
  reviewCards: ReviewCard[];
  assignments: AssignmentRecord[];
  /** None, or the one profile record. */
  profile: ProfileRecord[];
}

export interface ProgressStore {
  // Role-play attempts: each step is written the moment it is chosen.
  startAttempt(init: NewAttempt, now?: number): Promise<Attempt>;
  /** Starts an attempt with its first step in one write (the player's first choice); with `finish`, that write also closes it. */
  beginAttempt(init: NewAttempt, step: Step, finish?: Finish, now?: number): Promise<Attempt>;
  /**
   * Appends step number `at` (from 0) where the stored transcript ends; with `finish`, the
   * same write closes the attempt. `conflict` when the transcript has moved on elsewhere
   * (another tab); the same step written again is kept once.
   */
  appendStep(id: string, at: number, step: Step, finish?: Finish, now?: number): Promise<Attempt>;
  /** The unfinished attempt at a scenario, if there is one (the newest). */
  findActiveAttempt(scenarioId: string): Promise<Attempt | undefined>;
  /** Marks an unfinished attempt as made on an older version of its scenario. */
  supersedeAttempt(id: string): Promise<void>;
  /** Finished attempts, newest first. */
  listFinishedAttempts(): Promise<Attempt[]>;
  listActiveAttempts(): Promise<Attempt[]>;

  /** Records the first time a chapter was read to the end; later reads keep that date. */
  markChapterRead(slug: string, now?: number): Promise<void>;
  listChapterReads(): Promise<ChapterRead[]>;

  /**
   * Records an answer and keeps the review notebook in step, in one transaction: a
   * wrong answer adds the question (or marks it forgotten again), a review answer
   * reschedules it. A practice answer is also kept in its chapter's run.
   */
  recordAnswer(answer: NewQuizAnswer): Promise<void>;
  /** What the learner has done with each of these questions, in every mode; questions never answered are left out. */
  questionHistory(questionIds: readonly string[]): Promise<Map<string, QuestionHistory>>;
  /** Where the learner is in a chapter's practice, if they have started it. */
  findQuizRun(chapter: string): Promise<QuizRun | undefined>;
  /** Moves a chapter's practice to another question. */
  moveQuizRun(chapter: string, position: number, now?: number): Promise<QuizRun>;
  /** Starts a chapter's practice again from the first question. */
  restartQuizRun(chapter: string, now?: number): Promise<QuizRun>;

  startExam(init: NewExam, now?: number): Promise<ExamAttempt>;
  findActiveExam(): Promise<ExamAttempt | undefined>;
  saveExamAnswer(id: string, questionId: string, answer: Answer): Promise<ExamAttempt>;
  /** A written answer's text, one per answer box. */
  saveExamWriting(id: string, questionId: string, texts: string[]): Promise<ExamAttempt>;
  /** Ends answering (handed in, or time up): answers are then fixed and the written ones self-marked. */
  closeExam(id: string, by: 'learner' | 'timeout', now?: number): Promise<ExamAttempt>;
  /** The marking points a learner ticked for a written answer, per answer box; once the exam is closed. */
  saveExamTicks(id: string, questionId: string, ticked: number[][]): Promise<ExamAttempt>;
  /** Flags a question for a second look, or takes the flag off. */
  flagQuestion(id: string, questionId: string, flagged: boolean): Promise<ExamAttempt>;
  /** The question on screen, so a reload returns to it. */
  moveExam(id: string, position: number): Promise<ExamAttempt>;
  /** Adds the next step of extra time the rules allow, and records it with `now`; `time-cap` once there is none left. Asked again with the same `now`, adds nothing. */
  addExtraTime(id: string, now?: number): Promise<ExamAttempt>;
  /** Finishes the exam and records its marks, answers and review cards, all in one transaction. */
  handInExam(id: string, handIn: HandIn, now?: number): Promise<ExamAttempt>;
  /** Finished exams, oldest first (the order of a trend). */
  listFinishedExams(): Promise<ExamAttempt[]>;

  /** Review cards due by the end of `now`'s day, the longest-waiting first. */
  listDue(now?: Date): Promise<ReviewCard[]>;
  countDue(now?: Date): Promise<number>;
  countReviewCards(): Promise<number>;

  /** Keeps an assignment opened from a link; a newer version of it replaces the one kept (first opened time kept). */
  saveAssignment(received: ReceivedAssignment, now?: number): Promise<AssignmentRecord>;
  findAssignment(id: string): Promise<AssignmentRecord | undefined>;
  /** Every assignment kept, due soonest first. */
  listAssignments(): Promise<AssignmentRecord[]>;
  /** Notes that a result file was made for the assignment. */
  markHandedIn(id: string, now?: number): Promise<AssignmentRecord>;

  /** The learner's profile (an empty one, standard time, before they give anything). */
  readProfile(): Promise<Profile>;
  saveProfile(change: ProfileChange, now?: number): Promise<Profile>;

  exportRecords(): Promise<RecordTables>;
  /** Writes every record in one transaction, replacing records with the same key. */
  importRecords(tables: RecordTables): Promise<void>;
}
