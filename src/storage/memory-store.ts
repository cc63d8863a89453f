/**
 * The progress store in memory: for tests, and for browsers where IndexedDB cannot
 * be opened (then progress lasts until the page closes). A change works on a copy
 * of every table and replaces them only when it succeeds, so a change spanning
 * tables is all or nothing, as in IndexedDB.
 */
import { endOfDay } from '../domain/review/due.ts';
import {
  activeExam,
  afterStep,
  byFinishedDesc,
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
  newAttempt,
  newExam,
  newQuizRun,
  profileAfter,
  receivedAssignment,
  runWithAnswer,
  type Scheduler,
} from './changes.ts';
import type { ProgressStore, RecordTables } from './progress-store.ts';
import type { AssignmentRecord } from './records/assignment.ts';
import type { Attempt } from './records/attempt.ts';
import type { ChapterRead } from './records/chapter-read.ts';
import type { ExamAttempt } from './records/exam.ts';
import { PROFILE_KEY } from './records/formats.ts';
import type { ProfileRecord } from './records/profile.ts';
import type { NewQuizAnswer, QuizAnswer } from './records/quiz-answer.ts';
import { upgradeProfile } from './records/upgrade.ts';
import type { QuizRun } from './records/quiz-run.ts';
import type { ReviewCard } from './records/review-card.ts';

interface Tables {
  attempts: Map<string, Attempt>;
  chapterReads: Map<string, ChapterRead>;
  quizAnswers: Map<number, QuizAnswer>;
  quizRuns: Map<string, QuizRun>;
  exams: Map<string, ExamAttempt>;
  reviewCards: Map<string, ReviewCard>;
  assignments: Map<string, AssignmentRecord>;
  profile: Map<string, ProfileRecord>;
}

export function memoryStore(): ProgressStore {
  let tables: Tables = {
    attempts: new Map(),
    chapterReads: new Map(),
    quizAnswers: new Map(),
    quizRuns: new Map(),
    exams: new Map(),
    reviewCards: new Map(),
    assignments: new Map(),
    profile: new Map(),
  };
  let nextAnswerId = 1;

  /** Reads hand out copies, so a caller cannot change what is stored. */
  const read = <T>(value: T): T => structuredClone(value);
  function write<T>(change: (t: Tables) => T): T {
    const copy = structuredClone(tables);
    const idBefore = nextAnswerId;
    try {
      const result = change(copy);
      tables = copy;
      return read(result);
    } catch (error) {
      nextAnswerId = idBefore;
      throw error;
    }
  }

  function putAnswer(t: Tables, answer: NewQuizAnswer, scheduler: Scheduler): void {
    const id = nextAnswerId++;
    t.quizAnswers.set(id, { ...answer, id });
    const card = cardAfter(t.reviewCards.get(answer.questionId), answer, scheduler);
    if (card) t.reviewCards.set(card.questionId, card);
  }

  async function changeExam(id: string, change: (exam: ExamAttempt) => ExamAttempt): Promise<ExamAttempt> {
    return write((t) => {
      const updated = change(activeExam(t.exams.get(id), id));
      t.exams.set(id, updated);
      return updated;
    });
  }

  const list = <T>(map: Map<unknown, T>, keep: (v: T) => boolean = () => true) => read([...map.values()].filter(keep));
  const dueBy = (now: Date) => [...tables.reviewCards.values()].filter((c) => c.due <= endOfDay(now));

  return {
    async startAttempt(init, now = Date.now()) {
      return write((t) => {
        const attempt = newAttempt(init, now);
        t.attempts.set(attempt.id, attempt);
        return attempt;
      });
    },
    async beginAttempt(init, step, finish, now = Date.now()) {
      return write((t) => {
        const started = newAttempt(init, now);
        const attempt = afterStep(started, started.id, 0, step, finish, now);
        t.attempts.set(attempt.id, attempt);
        return attempt;
      });
    },
    async appendStep(id, at, step, finish, now = Date.now()) {
      return write((t) => {
        const updated = afterStep(t.attempts.get(id), id, at, step, finish, now);
        t.attempts.set(id, updated);
        return updated;
      });
    },
    async findActiveAttempt(scenarioId) {
      return list(tables.attempts, (a) => a.scenarioId === scenarioId && a.status === 'active')
        .sort((a, b) => a.updatedAt - b.updatedAt)
        .at(-1);
    },
    async supersedeAttempt(id) {
      write((t) => {
        const attempt = t.attempts.get(id);
        if (attempt) t.attempts.set(id, { ...attempt, status: 'superseded' });
      });
    },
    listFinishedAttempts: async () => list(tables.attempts, (a) => a.status === 'finished').sort(byFinishedDesc),
    listActiveAttempts: async () => list(tables.attempts, (a) => a.status === 'active'),

    async markChapterRead(slug, now = Date.now()) {
      write((t) => {
        if (!t.chapterReads.has(slug)) t.chapterReads.set(slug, { slug, readAt: now });
      });
    },
    listChapterReads: async () => list(tables.chapterReads),

    async recordAnswer(answer) {
      const scheduler = await loadScheduler();
      write((t) => {
        putAnswer(t, answer, scheduler);
        if (answer.mode === 'practice') t.quizRuns.set(answer.chapter, runWithAnswer(t.quizRuns.get(answer.chapter), answer));
      });
    },
    async questionHistory(questionIds) {
      const ids = new Set(questionIds);
      return historyOf(list(tables.quizAnswers, (a) => ids.has(a.questionId)));
    },
    findQuizRun: async (chapter) => read(tables.quizRuns.get(chapter)),
    async moveQuizRun(chapter, position, now = Date.now()) {
      return write((t) => {
        const run = { ...(t.quizRuns.get(chapter) ?? newQuizRun(chapter, now)), position };
        t.quizRuns.set(chapter, run);
        return run;
      });
    },
    async restartQuizRun(chapter, now = Date.now()) {
      return write((t) => {
        const run = newQuizRun(chapter, now);
        t.quizRuns.set(chapter, run);
        return run;
      });
    },

    async startExam(init, now = Date.now()) {
      return write((t) => {
        const exam = newExam(init, now);
        t.exams.set(exam.id, exam);
        return exam;
      });
    },
    findActiveExam: async () =>
      list(tables.exams, (e) => e.status === 'active')
        .sort((a, b) => a.startedAt - b.startedAt)
        .at(-1),
    saveExamAnswer: (id, questionId, answer) => changeExam(id, (exam) => examWithAnswer(exam, questionId, answer)),
    saveExamWriting: (id, questionId, texts) => changeExam(id, (exam) => examWithWriting(exam, questionId, texts)),
    closeExam: (id, by, now = Date.now()) => changeExam(id, (exam) => examClosed(exam, by, now)),
    saveExamTicks: (id, questionId, ticked) => changeExam(id, (exam) => examWithTicks(exam, questionId, ticked)),
    flagQuestion: (id, questionId, flagged) => changeExam(id, (exam) => examWithFlag(exam, questionId, flagged)),
    moveExam: (id, position) => changeExam(id, (exam) => examAt(exam, position)),
    addExtraTime: (id, now = Date.now()) => changeExam(id, (exam) => examWithExtraTime(exam, now)),
    async handInExam(id, handIn, now = Date.now()) {
      const scheduler = await loadScheduler();
      return write((t) => {
        const done = handedIn(activeExam(t.exams.get(id), id), handIn, now);
        t.exams.set(id, done.exam);
        for (const answer of done.answers) putAnswer(t, answer, scheduler);
        return done.exam;
      });
    },
    listFinishedExams: async () => list(tables.exams, (e) => e.status === 'finished').sort((a, b) => (a.finishedAt ?? 0) - (b.finishedAt ?? 0)),

    listDue: async (now = new Date()) => read(dueBy(now).sort((a, b) => a.due - b.due)),
    countDue: async (now = new Date()) => dueBy(now).length,
    countReviewCards: async () => tables.reviewCards.size,

    async saveAssignment(received, now = Date.now()) {
      return write((t) => {
        const kept = receivedAssignment(t.assignments.get(received.assignment.id), received, now);
        t.assignments.set(kept.id, kept);
        return kept;
      });
    },
    findAssignment: async (id) => read(tables.assignments.get(id)),
    listAssignments: async () => list(tables.assignments).sort(byDue),
    async markHandedIn(id, now = Date.now()) {
      return write((t) => {
        const kept = handedInAssignment(t.assignments.get(id), id, now);
        t.assignments.set(id, kept);
        return kept;
      });
    },

    readProfile: async () => upgradeProfile(read(tables.profile.get(PROFILE_KEY))),
    async saveProfile(change, now = Date.now()) {
      return write((t) => {
        const saved = profileAfter(t.profile.get(PROFILE_KEY), change, now);
        t.profile.set(PROFILE_KEY, saved);
        return upgradeProfile(saved);
      });
    },

    async exportRecords(): Promise<RecordTables> {
      return read({
        attempts: [...tables.attempts.values()],
        chapterReads: [...tables.chapterReads.values()],
        quizAnswers: [...tables.quizAnswers.values()],
        quizRuns: [...tables.quizRuns.values()],
        exams: [...tables.exams.values()],
        reviewCards: [...tables.reviewCards.values()],
        assignments: [...tables.assignments.values()],
        profile: [...tables.profile.values()],
      });
    },
    async importRecords(records) {
      write((t) => {
        for (const r of records.attempts) t.attempts.set(r.id, r);
        for (const r of records.chapterReads) t.chapterReads.set(r.slug, r);
        for (const r of records.quizAnswers) {
          const id = r.id ?? nextAnswerId;
          t.quizAnswers.set(id, { ...r, id });
          nextAnswerId = Math.max(nextAnswerId, id + 1);
        }
        for (const r of records.quizRuns) t.quizRuns.set(r.chapter, r);
        for (const r of records.exams) t.exams.set(r.id, r);
        for (const r of records.reviewCards) t.reviewCards.set(r.questionId, r);
        for (const r of records.assignments) t.assignments.set(r.id, r);
        for (const r of records.profile) t.profile.set(r.key, r);
      });
    },
  };
}
