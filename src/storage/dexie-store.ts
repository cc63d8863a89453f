/** The progress store in IndexedDB, through Dexie. */
import { endOfDay } from '../domain/review/due.ts';
import { addAttempt, appendStep, begun, findActiveAttempt, listActiveAttempts, listFinishedAttempts, supersedeAttempt } from './attempts.ts';
import {
  activeExam,
  cardAfter,
  examAt,
  examClosed,
  examWithAnswer,
  examWithExtraTime,
  examWithFlag,
  examWithTicks,
  examWithWriting,
  handedIn,
  historyOf,
  byDue,
  handedInAssignment,
  loadScheduler,
  newExam,
  newQuizRun,
  profileAfter,
  receivedAssignment,
  runWithAnswer,
  type Scheduler,
} from './changes.ts';
import type { DojoDb } from './db.ts';
import { asStoreError, isConnectionLost } from './problems.ts';
import type { ProgressStore, RecordTables } from './progress-store.ts';
import type { ExamAttempt } from './records/exam.ts';
import type { NewQuizAnswer } from './records/quiz-answer.ts';
import { PROFILE_KEY } from './records/formats.ts';
import { upgradeAttempt, upgradeExam, upgradeProfile } from './records/upgrade.ts';

export function dexieStore(db: DojoDb): ProgressStore {
  /**
   * Runs a call; when the connection was lost under it (a phone that backgrounded the tab),
   * reopens the database and runs it once more. Each call is one transaction, so the first
   * try was kept whole or not at all, and every write is safe to repeat (attempts are made
   * before writing; a step already kept is not added twice). Errors other than the store's
   * own become `quota` or `failed`, keeping the browser's error as the cause.
   */
  async function guarded<T>(call: () => Promise<T>): Promise<T> {
    try {
      return await call();
    } catch (error) {
      if (!isConnectionLost(error)) throw asStoreError(error);
    }
    try {
      db.close({ disableAutoOpen: false });
      await db.open();
      return await call();
    } catch (error) {
      throw asStoreError(error);
    }
  }

  async function changeExam(id: string, change: (exam: ExamAttempt) => ExamAttempt): Promise<ExamAttempt> {
    return guarded(() =>
      db.transaction('rw', db.exams, async () => {
        const stored = await db.exams.get(id);
        const updated = change(activeExam(stored && upgradeExam(stored), id));
        await db.exams.put(updated);
        return updated;
      }),
    );
  }

  /** Inside a transaction over quizAnswers and reviewCards. */
  async function putAnswer(answer: NewQuizAnswer, scheduler: Scheduler): Promise<void> {
    await db.quizAnswers.add(answer);
    const card = cardAfter(await db.reviewCards.get(answer.questionId), answer, scheduler);
    if (card) await db.reviewCards.put(card);
  }

  const dueBy = (now: Date) => db.reviewCards.where('due').belowOrEqual(endOfDay(now));

  return {
    startAttempt(init, now = Date.now()) {
      const attempt = begun(init, undefined, undefined, now);
      return guarded(() => addAttempt(db, attempt));
    },
    beginAttempt(init, step, finish, now = Date.now()) {
      const attempt = begun(init, step, finish, now);
      return guarded(() => addAttempt(db, attempt));
    },
    appendStep: (id, at, step, finish, now = Date.now()) => guarded(() => appendStep(db, id, at, step, finish, now)),
    findActiveAttempt: (scenarioId) => guarded(() => findActiveAttempt(db, scenarioId)),
    supersedeAttempt: (id) => guarded(() => supersedeAttempt(db, id)),
    listFinishedAttempts: () => guarded(() => listFinishedAttempts(db)),
    listActiveAttempts: () => guarded(() => listActiveAttempts(db)),

    markChapterRead: (slug, now = Date.now()) =>
      guarded(() =>
        db.transaction('rw', db.chapterReads, async () => {
          if (!(await db.chapterReads.get(slug))) await db.chapterReads.add({ slug, readAt: now });
        }),
      ),
    listChapterReads: () => guarded(() => db.chapterReads.toArray()),

    async recordAnswer(answer) {
      // The scheduler loads before the transaction opens: IndexedDB closes a transaction that waits on anything else.
      const scheduler = await loadScheduler();
      await guarded(() =>
        db.transaction('rw', [db.quizAnswers, db.reviewCards, db.quizRuns], async () => {
          await putAnswer(answer, scheduler);
          if (answer.mode === 'practice') await db.quizRuns.put(runWithAnswer(await db.quizRuns.get(answer.chapter), answer));
        }),
      );
    },
    questionHistory: (questionIds) => guarded(async () => historyOf(await db.quizAnswers.where('questionId').anyOf(questionIds).toArray())),
    findQuizRun: (chapter) => guarded(() => db.quizRuns.get(chapter)),
    moveQuizRun: (chapter, position, now = Date.now()) =>
      guarded(() =>
        db.transaction('rw', db.quizRuns, async () => {
          const run = { ...((await db.quizRuns.get(chapter)) ?? newQuizRun(chapter, now)), position };
          await db.quizRuns.put(run);
          return run;
        }),
      ),
    async restartQuizRun(chapter, now = Date.now()) {
      const run = newQuizRun(chapter, now);
      await guarded(() => db.quizRuns.put(run));
      return run;
    },

    async startExam(init, now = Date.now()) {
      const exam = newExam(init, now);
      await guarded(() => db.exams.add(exam));
      return exam;
    },
    findActiveExam: () =>
      guarded(async () => {
        const newest = (await db.exams.where('status').equals('active').sortBy('startedAt')).at(-1);
        return newest && upgradeExam(newest);
      }),
    saveExamAnswer: (id, questionId, answer) => changeExam(id, (exam) => examWithAnswer(exam, questionId, answer)),
    saveExamWriting: (id, questionId, texts) => changeExam(id, (exam) => examWithWriting(exam, questionId, texts)),
    closeExam: (id, by, now = Date.now()) => changeExam(id, (exam) => examClosed(exam, by, now)),
    saveExamTicks: (id, questionId, ticked) => changeExam(id, (exam) => examWithTicks(exam, questionId, ticked)),
    flagQuestion: (id, questionId, flagged) => changeExam(id, (exam) => examWithFlag(exam, questionId, flagged)),
    moveExam: (id, position) => changeExam(id, (exam) => examAt(exam, position)),
    addExtraTime: (id, now = Date.now()) => changeExam(id, (exam) => examWithExtraTime(exam, now)),
    async handInExam(id, handIn, now = Date.now()) {
      const scheduler = await loadScheduler();
      return guarded(() =>
        db.transaction('rw', [db.exams, db.quizAnswers, db.reviewCards], async () => {
          const stored = await db.exams.get(id);
          const done = handedIn(activeExam(stored && upgradeExam(stored), id), handIn, now);
          await db.exams.put(done.exam);
          for (const answer of done.answers) await putAnswer(answer, scheduler);
          return done.exam;
        }),
      );
    },
    listFinishedExams: () => guarded(async () => (await db.exams.where('status').equals('finished').sortBy('finishedAt')).map(upgradeExam)),

    listDue: (now = new Date()) => guarded(() => dueBy(now).sortBy('due')),
    countDue: (now = new Date()) => guarded(() => dueBy(now).count()),
    countReviewCards: () => guarded(() => db.reviewCards.count()),

    saveAssignment: (received, now = Date.now()) =>
      guarded(() =>
        db.transaction('rw', db.assignments, async () => {
          const kept = receivedAssignment(await db.assignments.get(received.assignment.id), received, now);
          await db.assignments.put(kept);
          return kept;
        }),
      ),
    findAssignment: (id) => guarded(() => db.assignments.get(id)),
    listAssignments: () => guarded(async () => (await db.assignments.toArray()).sort(byDue)),
    markHandedIn: (id, now = Date.now()) =>
      guarded(() =>
        db.transaction('rw', db.assignments, async () => {
          const kept = handedInAssignment(await db.assignments.get(id), id, now);
          await db.assignments.put(kept);
          return kept;
        }),
      ),

    readProfile: () => guarded(async () => upgradeProfile(await db.profile.get(PROFILE_KEY))),
    saveProfile: (change, now = Date.now()) =>
      guarded(() =>
        db.transaction('rw', db.profile, async () => {
          const saved = profileAfter(await db.profile.get(PROFILE_KEY), change, now);
          await db.profile.put(saved);
          return upgradeProfile(saved);
        }),
      ),

    exportRecords: () =>
      guarded(async (): Promise<RecordTables> => {
        const [attempts, chapterReads, quizAnswers, quizRuns, exams, reviewCards, assignments, profile] = await Promise.all([
          db.attempts.toArray(),
          db.chapterReads.toArray(),
          db.quizAnswers.toArray(),
          db.quizRuns.toArray(),
          db.exams.toArray(),
          db.reviewCards.toArray(),
          db.assignments.toArray(),
          db.profile.toArray(),
        ]);
        return {
          attempts: attempts.map(upgradeAttempt),
          chapterReads,
          quizAnswers,
          quizRuns,
          exams: exams.map(upgradeExam),
          reviewCards,
          assignments,
          profile,
        };
      }),
    importRecords: (tables) =>
      guarded(() =>
        db.transaction('rw', [db.attempts, db.chapterReads, db.quizAnswers, db.quizRuns, db.exams, db.reviewCards, db.assignments, db.profile], async () => {
          await db.attempts.bulkPut(tables.attempts);
          await db.chapterReads.bulkPut(tables.chapterReads);
          await db.quizAnswers.bulkPut(tables.quizAnswers);
          await db.quizRuns.bulkPut(tables.quizRuns);
          await db.exams.bulkPut(tables.exams);
          await db.reviewCards.bulkPut(tables.reviewCards);
          await db.assignments.bulkPut(tables.assignments);
          await db.profile.bulkPut(tables.profile);
        }),
      ),
  };
}
